// The mystery-shopper audit life cycle through the model functions (no HTTP).
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { AuditActionError } from "../../app/models/audits/errors.server";
import { createDraft, saveAndSubmit, saveDraft, submitAudit } from "../../app/models/audits/draft.server";
import { publishAudit, rejectAudit, resolveEmployee, returnAudit, reviewQueue } from "../../app/models/audits/review.server";
import { insertCompletedAudit } from "../../app/models/audits/store.server";
import { readAnswers } from "../../app/models/audits/answers.server";
import { currentVersionId } from "../../app/models/audits/checklists.server";
import { aggItems, aggScores, auditHistory, audits, auditSectionScores } from "../../db/schema";
import { testDb } from "../helpers/db";
import { auditOrganisation, checklistOf, completeAnswers, newKey } from "./audits-fixtures";

const db = testDb();
let org: Awaited<ReturnType<typeof auditOrganisation>>;
beforeAll(async () => {
  org = await auditOrganisation(db);
});

function start(overrides: Partial<Parameters<typeof createDraft>[2]> = {}) {
  return createDraft(db, org.session("mystery_shopper"), {
    clientKey: newKey(),
    checklistId: "vmb-in-person",
    channel: "in_person",
    departmentId: org.own.id,
    employeeId: org.ownStaff[1].id,
    unknownEmployeeDescription: null,
    interactionAt: Date.now() - 3600_000,
    location: "Gedimino pr. 1, Vilnius",
    scenario: "Nuomos sutarties klausimas",
    ...overrides,
  });
}

const history = (auditId: number) =>
  db
    .select()
    .from(auditHistory)
    .where(eq(auditHistory.auditId, auditId))
    .orderBy(auditHistory.id)
    .all()
    .map((h) => h.action);
const row = (id: number) => db.select().from(audits).where(eq(audits.id, id)).get()!;
const errorOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return e as AuditActionError;
  }
  throw new Error("expected an error");
};

describe("starting an audit", () => {
  it("stores the checklist's current version and the interaction details", () => {
    const audit = start();
    expect(audit).toMatchObject({
      state: "draft",
      auditType: "mystery_shopper",
      checklistVersionId: currentVersionId(db, "vmb-in-person"),
      auditorId: org.users.mystery_shopper.id,
    });
    expect(history(audit.id)).toEqual(["created"]);
  });

  it("creates one audit for a form sent twice (same client key)", () => {
    const clientKey = newKey();
    const a = start({ clientKey });
    const b = start({ clientKey });
    expect(b.id).toBe(a.id);
    expect(db.select().from(audits).where(eq(audits.clientKey, clientKey)).all()).toHaveLength(1);
  });

  it("refuses a supervisor-only checklist, a channel the checklist lacks, a future time, another department's employee", () => {
    expect(errorOf(() => start({ checklistId: "vmb-appearance" })).messageKey).toBe("audits.error.checklist");
    expect(errorOf(() => start({ channel: "phone" })).messageKey).toBe("audits.error.channel");
    expect(errorOf(() => start({ interactionAt: Date.now() + 86_400_000 })).messageKey).toBe("audits.error.future");
    expect(errorOf(() => start({ employeeId: org.otherStaff[0].id })).messageKey).toBe("audits.error.employee");
    expect(errorOf(() => start({ employeeId: null })).messageKey).toBe("audits.error.unknownDescription");
  });

  it("is only for mystery shoppers", () => {
    expect(
      errorOf(() =>
        createDraft(db, org.session("leadership"), {
          clientKey: newKey(),
          checklistId: "vmb-in-person",
          channel: "in_person",
          departmentId: org.own.id,
          employeeId: null,
          unknownEmployeeDescription: "x",
          interactionAt: 0,
          location: "",
          scenario: "",
        }),
      ).messageKey,
    ).toBe("not_found");
  });
});

describe("drafts", () => {
  it("saves unfinished answers, resumes them, and records each change once", () => {
    const audit = start();
    const shopper = org.session("mystery_shopper");
    const first = [
      { key: "vmb.greet.greets_first", choice: "yes" as const },
      { key: "vmb.greet.stops_other_activity", choice: "no" as const },
    ];
    expect(saveDraft(db, shopper, audit.id, first)).toEqual({ status: "saved", changed: true, errors: [], revision: 1 });
    expect(readAnswers(db, audit.id)).toEqual(first);
    expect(saveDraft(db, shopper, audit.id, first).changed).toBe(false);
    expect(history(audit.id)).toEqual(["created", "edited"]);
    expect(row(audit.id).score).toBeNull();
  });

  it("is the auditor's alone", async () => {
    const audit = start();
    expect(errorOf(() => saveDraft(db, org.session("admin"), audit.id, [])).messageKey).toBe("not_found");
  });
});

describe("submitting", () => {
  it("rejects incomplete answers with the engine's errors and keeps the draft", () => {
    const audit = start();
    const checklist = checklistOf(db, "vmb-in-person");
    const answers = completeAnswers(checklist, { "vmb.comm.dignity": { choice: "no" } }).slice(1);
    const result = saveAndSubmit(db, org.session("mystery_shopper"), audit.id, answers);
    expect(result.status).toBe("invalid");
    const codes = result.status === "invalid" ? result.errors.map((e) => [e.key, e.code]) : [];
    expect(codes).toContainEqual(["vmb.greet.stops_other_activity", "missing_answer"]);
    expect(codes).toContainEqual(["vmb.comm.dignity", "comment_required"]);
    expect(row(audit.id).state).toBe("draft");
    expect(readAnswers(db, audit.id)).toHaveLength(answers.length);
  });

  it("scores on submit and is a no-op the second time", () => {
    const audit = start();
    const checklist = checklistOf(db, "vmb-in-person");
    const shopper = org.session("mystery_shopper");
    expect(saveAndSubmit(db, shopper, audit.id, completeAnswers(checklist)).status).toBe("submitted");
    expect(row(audit.id)).toMatchObject({ state: "submitted", score: 100, passed: true, criticalFailure: false });
    expect(db.select().from(auditSectionScores).where(eq(auditSectionScores.auditId, audit.id)).all()).toHaveLength(
      checklist.sections.length,
    );
    expect(submitAudit(db, shopper, audit.id).status).toBe("already_submitted");
    expect(saveAndSubmit(db, shopper, audit.id, []).status).toBe("already_submitted");
    expect(history(audit.id)).toEqual(["created", "edited", "submitted"]);
    expect(readAnswers(db, audit.id)).toHaveLength(checklist.sections.flatMap((s) => s.items).length);
  });

  it("stores the same raw rows as the bulk writer (JSON as text, booleans as 0/1, NULL as NULL)", () => {
    const checklist = checklistOf(db, "vmb-in-person");
    const items = checklist.sections.flatMap((s) => s.items);
    const phrase = items.find((i) => i.type === "phrase")!;
    const yesNo = items.find((i) => i.type === "yes_no" && !i.critical)!;
    const answers = completeAnswers(checklist, {
      [yesNo.key]: { choice: "no", comment: "Nepasisveikino" },
      [phrase.key]: { phrases: [], other_phrase: "Kita", other_phrase_as: "forbidden", comment: "Be posakio" },
    });
    const audit = start();
    saveAndSubmit(db, org.session("mystery_shopper"), audit.id, answers);
    const reference = insertCompletedAudit(db, {
      checklistVersionId: audit.checklistVersionId,
      auditType: "mystery_shopper",
      channel: "in_person",
      departmentId: org.own.id,
      employeeId: null,
      auditorId: null,
      interactionAt: Date.now(),
      answers,
      state: "submitted",
      actorId: null,
    });
    const raw = (sql: string, id: number) => db.$client.prepare(sql).all(id);
    for (const sql of [
      "SELECT item_key, section_key, choice, number, phrases, other_phrase, other_phrase_as, comment, value FROM audit_answers WHERE audit_id = ? ORDER BY item_key",
      "SELECT section_key, score FROM audit_section_scores WHERE audit_id = ? ORDER BY section_key",
      "SELECT score, passed, critical_failure, critical_items, state FROM audits WHERE id = ?",
    ]) {
      expect(raw(sql, audit.id)).toEqual(raw(sql, reference.id));
    }
    expect(raw("SELECT action, details, from_state, comment FROM audit_history WHERE audit_id = ? ORDER BY id", audit.id)).toEqual([
      { action: "created", details: null, from_state: null, comment: null },
      {
        action: "edited",
        details: JSON.stringify({ items: answers.map((a) => a.key), overallComment: undefined }),
        from_state: null,
        comment: null,
      },
      { action: "submitted", details: null, from_state: "draft", comment: null },
    ]);
  });
});

function submitted(overrides: Partial<Parameters<typeof createDraft>[2]> = {}, answerOverrides = {}) {
  const audit = start(overrides);
  saveAndSubmit(db, org.session("mystery_shopper"), audit.id, completeAnswers(checklistOf(db, "vmb-in-person"), answerOverrides));
  return audit;
}

describe("review", () => {
  it("sends back with a mandatory comment; the shopper corrects and resubmits", () => {
    const audit = submitted();
    const lead = org.session("leadership");
    expect(errorOf(() => returnAudit(db, lead, audit.id, "  ")).messageKey).toBe("audits.error.commentRequired");
    returnAudit(db, lead, audit.id, "Patikslinkite laiką");
    expect(row(audit.id)).toMatchObject({ state: "returned", reviewComment: "Patikslinkite laiką" });
    expect(reviewQueue(db, lead).map((a) => a.id)).not.toContain(audit.id);
    const shopper = org.session("mystery_shopper");
    saveDraft(
      db,
      shopper,
      audit.id,
      completeAnswers(checklistOf(db, "vmb-in-person"), { "vmb.greet.eye_contact": { choice: "no", comment: "Žiūrėjo į ekraną" } }),
    );
    expect(submitAudit(db, shopper, audit.id).status).toBe("submitted");
    expect(row(audit.id).score).toBeLessThan(100);
    expect(history(audit.id)).toEqual(["created", "edited", "submitted", "returned", "edited", "submitted"]);
  });

  it("rejects with a reason, after which nothing more happens", () => {
    const audit = submitted();
    rejectAudit(db, org.session("admin"), audit.id, "Netikras apsilankymas");
    expect(row(audit.id)).toMatchObject({ state: "rejected", reviewComment: "Netikras apsilankymas" });
    expect(errorOf(() => publishAudit(db, org.session("admin"), audit.id)).messageKey).toBe("audits.error.notSubmitted");
    expect(submitAudit(db, org.session("mystery_shopper"), audit.id).status).toBe("already_submitted");
  });

  it("is for leadership and admin only", () => {
    const audit = submitted();
    for (const role of ["supervisor", "mystery_shopper", "employee"] as const)
      expect(errorOf(() => publishAudit(db, org.session(role), audit.id)).messageKey).toBe("not_found");
    expect(reviewQueue(db, org.session("supervisor"))).toEqual([]);
  });

  it("publishes: scores again and adds the audit to the aggregates in the same transaction", () => {
    const audit = submitted(
      { departmentId: org.other.id, employeeId: org.otherStaff[0].id },
      { "vmb.greet.eye_contact": { choice: "no", comment: "Žiūrėjo į ekraną" } },
    );
    const before = db.select().from(aggScores).where(eq(aggScores.departmentId, org.other.id)).all();
    expect(before).toEqual([]);
    publishAudit(db, org.session("leadership"), audit.id);
    const published = row(audit.id);
    expect(published.state).toBe("published");
    expect(published.publishedAt).not.toBeNull();
    const [agg] = db.select().from(aggScores).where(eq(aggScores.departmentId, org.other.id)).all();
    expect(agg).toMatchObject({
      audits: 1,
      scored: 1,
      employeeId: org.otherStaff[0].id,
      checklistId: "vmb-in-person",
      auditType: "mystery_shopper",
    });
    expect(agg.sumScore).toBeCloseTo(published.score!);
    const eye = db
      .select()
      .from(aggItems)
      .where(eq(aggItems.itemKey, "vmb.greet.eye_contact"))
      .all()
      .filter((r) => r.departmentId === org.other.id);
    expect(eye).toMatchObject([{ applicable: 1, no: 1, yes: 0 }]);
    expect(history(audit.id).at(-1)).toBe("published");
  });

  it("will not publish an unknown employee until resolved; resolves to the department's roster only", () => {
    const audit = submitted({ employeeId: null, unknownEmployeeDescription: "Šviesūs plaukai, 3 langelis" });
    const lead = org.session("leadership");
    expect(errorOf(() => publishAudit(db, lead, audit.id)).messageKey).toBe("audits.error.unresolvedEmployee");
    expect(row(audit.id).state).toBe("submitted");
    expect(errorOf(() => resolveEmployee(db, lead, audit.id, { employeeId: org.otherStaff[0].id })).messageKey).toBe(
      "audits.error.employee",
    );
    resolveEmployee(db, lead, audit.id, { employeeId: org.ownStaff[2].id });
    expect(row(audit.id)).toMatchObject({ employeeId: org.ownStaff[2].id, employeeResolution: "roster" });
    publishAudit(db, lead, audit.id);
    expect(row(audit.id).state).toBe("published");
  });

  it("can leave an unknown employee as department only while publishing", () => {
    const audit = submitted({ employeeId: null, unknownEmployeeDescription: "Nematytas" });
    publishAudit(db, org.session("admin"), audit.id, { resolution: "department_only" });
    expect(row(audit.id)).toMatchObject({ state: "published", employeeId: null, employeeResolution: "department_only" });
    expect(history(audit.id).slice(-2)).toEqual(["employee_resolved", "published"]);
  });
});

describe("insertCompletedAudit (bulk paths)", () => {
  it("inserts a published audit with answers, section scores, history and aggregates", () => {
    const checklist = checklistOf(db, "vmb-phone");
    const audit = insertCompletedAudit(db, {
      checklistVersionId: currentVersionId(db, "vmb-phone")!,
      auditType: "mystery_shopper",
      channel: "phone",
      departmentId: org.own.id,
      employeeId: null,
      auditorId: null,
      interactionAt: Date.UTC(2026, 0, 15, 10),
      answers: completeAnswers(checklist),
      state: "published",
      actorId: org.users.admin.id,
      historyAction: "imported",
      externalRef: "csv-1",
    });
    expect(audit).toMatchObject({ state: "published", score: 100, employeeResolution: "department_only" });
    expect(history(audit.id)).toEqual(["imported"]);
    expect(db.select().from(aggScores).where(eq(aggScores.month, "2026-01")).all()).toMatchObject([{ audits: 1, channel: "phone" }]);
  });

  it("refuses incomplete answers and writes nothing", () => {
    const count = db.select().from(audits).all().length;
    expect(() =>
      insertCompletedAudit(db, {
        checklistVersionId: currentVersionId(db, "vmb-phone")!,
        auditType: "mystery_shopper",
        channel: "phone",
        departmentId: org.own.id,
        employeeId: null,
        auditorId: null,
        interactionAt: Date.now(),
        answers: [],
        state: "published",
        actorId: null,
      }),
    ).toThrow(/Invalid answers/);
    expect(db.select().from(audits).all()).toHaveLength(count);
  });
});
