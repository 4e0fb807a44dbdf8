// The audit store's re-scoring of a published audit (what an accepted dispute will do): the
// new answers and score are stored with a history entry, the aggregates move with it and
// stay equal to a recomputation, and invalid answers change nothing at all.
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { InvalidAnswersError } from "../../app/domain/scoring";
import { rebuildAggregates } from "../../app/models/audits/aggregates.server";
import { readAnswers } from "../../app/models/audits/answers.server";
import { getAuditRow } from "../../app/models/audits/audit.server";
import { currentVersionId } from "../../app/models/audits/checklists.server";
import { insertCompletedAudit, withAuditStore } from "../../app/models/audits/store.server";
import { testDb } from "../helpers/db";
import { auditOrganisation, checklistOf, completeAnswers } from "./audits-fixtures";

const db = testDb();
let org: Awaited<ReturnType<typeof auditOrganisation>>;
beforeAll(async () => {
  org = await auditOrganisation(db);
});

const dump = () => ({
  scores: db.all(sql`SELECT * FROM agg_scores ORDER BY 1, 2, 3, 4, 5, 6`),
  items: db.all(sql`SELECT * FROM agg_items ORDER BY 1, 2, 3, 4, 5, 6`),
  departments: db.all(sql`SELECT * FROM agg_department_items ORDER BY 1, 2, 3`),
});

describe("calibration audits", () => {
  it("are stored and scored, published or re-scored, and never reach the aggregates", () => {
    const checklist = checklistOf(db, "vmb-in-person");
    const before = dump();
    const audit = insertCompletedAudit(db, {
      checklistVersionId: currentVersionId(db, "vmb-in-person")!,
      auditType: "mystery_shopper",
      channel: "in_person",
      departmentId: org.own.id,
      employeeId: org.ownStaff[1].id,
      auditorId: null,
      interactionAt: Date.now(),
      answers: completeAnswers(checklist),
      state: "published",
      actorId: null,
      calibration: true,
    });
    expect(audit).toMatchObject({ calibration: true, state: "published", score: 100 });
    withAuditStore(db, (store, t) =>
      store.rescore(getAuditRow(t, audit.id)!, { answers: completeAnswers(checklist), history: { actorId: null, action: "edited" } }),
    );
    expect(dump()).toEqual(before);
    rebuildAggregates(db);
    expect(dump()).toEqual(before);
    db.run(sql`DELETE FROM audits WHERE id = ${audit.id}`);
  });
});

describe("re-scoring a published audit", () => {
  it("stores the new score and history, and keeps the aggregates equal to a recomputation", () => {
    const checklist = checklistOf(db, "vmb-in-person");
    const item = checklist.sections[0].items.find((i) => i.type === "yes_no" && !i.critical)!;
    const audit = insertCompletedAudit(db, {
      checklistVersionId: currentVersionId(db, "vmb-in-person")!,
      auditType: "mystery_shopper",
      channel: "in_person",
      departmentId: org.own.id,
      employeeId: org.ownStaff[0].id,
      auditorId: null,
      interactionAt: Date.now() - 3_600_000,
      answers: completeAnswers(checklist),
      state: "published",
      actorId: null,
    });
    expect(audit.score).toBe(100);
    const failing = completeAnswers(checklist, { [item.key]: { choice: "no", comment: "Nepasisveikino" } });

    withAuditStore(db, (store, t) =>
      store.rescore(getAuditRow(t, audit.id)!, {
        answers: failing,
        history: { actorId: org.users.leadership.id, action: "edited", comment: "Skundas pripažintas" },
      }),
    );

    const after = getAuditRow(db, audit.id)!;
    expect(after.score).toBeLessThan(100);
    expect(after.state).toBe("published");
    expect(readAnswers(db, audit.id).find((a) => a.key === item.key)).toMatchObject({ choice: "no", comment: "Nepasisveikino" });
    const history = db.all<{ action: string; comment: string }>(
      sql`SELECT action, comment FROM audit_history WHERE audit_id = ${audit.id} ORDER BY id`,
    );
    expect(history.at(-1)).toEqual({ action: "edited", comment: "Skundas pripažintas" });
    const itemRow = db.get<{ yes: number; no: number }>(sql`SELECT yes, no FROM agg_items WHERE item_key = ${item.key}`);
    expect(itemRow).toEqual({ yes: 0, no: 1 });

    const maintained = dump();
    rebuildAggregates(db);
    expect(dump()).toEqual(maintained);
  });

  it("changes nothing when the new answers are invalid", () => {
    const id = db.get<{ id: number }>(sql`SELECT id FROM audits WHERE state = 'published' LIMIT 1`)!.id;
    const before = { audit: getAuditRow(db, id), answers: readAnswers(db, id), aggregates: dump() };
    expect(() =>
      withAuditStore(db, (store, t) => store.rescore(getAuditRow(t, id)!, { answers: [], history: { actorId: null, action: "edited" } })),
    ).toThrow(InvalidAnswersError);
    expect({ audit: getAuditRow(db, id), answers: readAnswers(db, id), aggregates: dump() }).toEqual(before);
  });
});
