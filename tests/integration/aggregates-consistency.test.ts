// Aggregates maintained audit by audit (applyAuditToAggregates ±1 around every change of a
// published audit, and the audit store's operations: insert (calibration audits too), finish,
// rescore, change, bulk)
// must equal a full recomputation, whatever the order of changes. agg_stage_scores (the
// programme view's stage sums) is kept by the same delta and checked alike.
import { eq, sql } from "drizzle-orm";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../app/db.server";
import { loadChecklistFiles } from "../../app/domain/checklists/load.server";
import type { RawAnswer } from "../../app/domain/scoring";
import { aggregatesRebuildCommand, applyAuditToAggregates, rebuildAggregates } from "../../app/models/audits/aggregates.server";
import { getAuditRow } from "../../app/models/audits/audit.server";
import { bulkInsertAudits, withAuditStore, type NewAudit } from "../../app/models/audits/store.server";
import { syncChecklists } from "../../app/models/checklists/sync.server";
import {
  insertSampleAudit,
  makeSampleAudit,
  sampleContext,
  seededRandom,
  type SampleAudit,
  type SampleContext,
} from "../helpers/dashboard-sample";
import { readAnswers } from "../../app/models/audits/answers.server";
import { createEmployee } from "../../app/models/people/employee.server";
import { auditAnswers, audits } from "../../db/schema";
import { testDb } from "../helpers/db";
import { makeDepartment } from "../helpers/users";

let db: Db;
let ctx: SampleContext;
// 2026-03-01 00:30 in Vilnius is still February in UTC: audits near it test the month rule.
const NOW = Date.UTC(2026, 1, 28, 22, 30);

beforeAll(() => {
  db = testDb();
  syncChecklists(db, loadChecklistFiles());
  for (const code of ["A", "B"]) {
    const d = makeDepartment(db, code);
    for (const n of [1, 2]) {
      createEmployee(db, d.orgId, {
        firstName: `V${n}`,
        lastName: code,
        position: "Specialistas",
        departmentId: d.id,
        email: null,
        code: null,
        active: true,
        userId: null,
      });
    }
  }
  ctx = sampleContext(db);
});

type Snapshot = Record<string, Record<string, number | string>>;

// Each aggregate table by its key columns; the rollups (kept by triggers) are checked too.
const TABLES = {
  agg_scores: ["month", "department_id", "employee_id", "channel", "checklist_id", "audit_type"],
  agg_department_scores: ["month", "department_id", "channel", "checklist_id", "audit_type"],
  agg_channel_scores: ["month", "department_id", "channel"],
  agg_items: ["month", "department_id", "channel", "checklist_id", "audit_type", "item_key"],
  agg_org_items: ["month", "channel", "checklist_id", "audit_type", "item_key"],
  agg_department_items: ["department_id", "month", "item_key"],
  agg_stage_scores: ["month", "org_id", "stage"],
};
type Aggregates = Record<keyof typeof TABLES, Snapshot>;

function snapshot(): Aggregates {
  const rows = (table: string, keyCols: string[]) =>
    Object.fromEntries(
      db.all<Record<string, number | string>>(sql.raw(`SELECT * FROM ${table}`)).map((r) => [keyCols.map((k) => r[k]).join("|"), r]),
    );
  return Object.fromEntries(Object.entries(TABLES).map(([table, keys]) => [table, rows(table, keys)])) as Aggregates;
}

function expectSameAggregates(maintained: Aggregates, rebuilt: Aggregates) {
  expect(maintained.agg_items).toEqual(rebuilt.agg_items);
  expect(maintained.agg_org_items).toEqual(rebuilt.agg_org_items);
  expect(maintained.agg_department_items).toEqual(rebuilt.agg_department_items);
  for (const table of ["agg_scores", "agg_department_scores", "agg_channel_scores", "agg_stage_scores"] as const) {
    expect(Object.keys(maintained[table]).sort(), table).toEqual(Object.keys(rebuilt[table]).sort());
    for (const [key, row] of Object.entries(rebuilt[table])) {
      const m = maintained[table][key];
      const counts = table === "agg_stage_scores" ? ["audits"] : ["audits", "scored", "critical_failures", "passes"];
      for (const col of counts) expect(m[col], `${table} ${key} ${col}`).toBe(row[col]);
      // Sums of squares of scores reach ~10⁶; additions and subtractions leave rounding dust.
      expect(m.sum_score as number).toBeCloseTo(row.sum_score as number, 6);
      expect(m.sum_sq_score as number).toBeCloseTo(row.sum_sq_score as number, 4);
    }
  }
}

type Op =
  | { kind: "publish"; seed: number }
  | { kind: "draft"; seed: number }
  | { kind: "edit"; pick: number; seed: number }
  | { kind: "remove"; pick: number }
  | { kind: "unpublish"; pick: number };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant("publish" as const), seed: fc.integer() }),
  fc.record({ kind: fc.constant("publish" as const), seed: fc.integer() }),
  fc.record({ kind: fc.constant("draft" as const), seed: fc.integer() }),
  fc.record({ kind: fc.constant("edit" as const), pick: fc.nat(), seed: fc.integer() }),
  fc.record({ kind: fc.constant("remove" as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant("unpublish" as const), pick: fc.nat() }),
);

function publishedIds(): number[] {
  return db
    .select({ id: audits.id })
    .from(audits)
    .where(eq(audits.state, "published"))
    .all()
    .map((r) => r.id);
}

/** Each operation is one transaction, as the audit routes do it. */
function run(op: Op) {
  db.transaction(() => {
    if (op.kind === "publish" || op.kind === "draft") {
      const sample = makeSampleAudit(ctx, seededRandom(op.seed), NOW, 3);
      if (op.kind === "draft") sample.audit.state = "draft";
      const id = insertSampleAudit(db, sample);
      applyAuditToAggregates(db, id, 1); // a draft must be ignored
      return;
    }
    const ids = publishedIds();
    if (!ids.length) return;
    const id = ids[op.pick % ids.length];
    applyAuditToAggregates(db, id, -1);
    if (op.kind === "remove") {
      db.delete(audits).where(eq(audits.id, id)).run();
    } else if (op.kind === "unpublish") {
      db.update(audits).set({ state: "returned" }).where(eq(audits.id, id)).run();
      applyAuditToAggregates(db, id, 1); // not published any more: no contribution
    } else {
      // An edit can move the audit to another month, department, employee, channel or checklist.
      const next = makeSampleAudit(ctx, seededRandom(op.seed), NOW, 3);
      db.update(audits)
        .set({ ...next.audit, state: "published" })
        .where(eq(audits.id, id))
        .run();
      db.delete(auditAnswers).where(eq(auditAnswers.auditId, id)).run();
      db.insert(auditAnswers)
        .values(next.answers.map((a) => ({ ...a, auditId: id })))
        .run();
      applyAuditToAggregates(db, id, 1);
    }
  });
}

/** A sample audit as the store's input (its answers back in the engine's form). */
function newAudit(sample: SampleAudit, state: NewAudit["state"]): NewAudit {
  const a = sample.audit;
  const answers = sample.answers.map((x) => {
    const raw: RawAnswer = { key: x.itemKey };
    if (x.choice) raw.choice = x.choice;
    if (x.number !== null && x.number !== undefined) raw.number = x.number;
    if (x.phrases) raw.phrases = x.phrases;
    if (x.comment) raw.comment = x.comment;
    return raw;
  });
  return {
    checklistVersionId: a.checklistVersionId,
    auditType: a.auditType,
    channel: a.channel,
    departmentId: a.departmentId,
    employeeId: a.employeeId ?? null,
    auditorId: null,
    interactionAt: a.interactionAt,
    answers,
    state,
    actorId: null,
  };
}

type StoreOp =
  | { kind: "insert"; seed: number; state: NewAudit["state"]; calibration: boolean }
  | { kind: "bulk"; seed: number }
  | { kind: "publish" | "reject" | "unpublish"; pick: number }
  | { kind: "rescore"; pick: number; seed: number };

const storeOpArb: fc.Arbitrary<StoreOp> = fc.oneof(
  fc.record({
    kind: fc.constant("insert" as const),
    seed: fc.integer(),
    state: fc.constantFrom("submitted" as const, "published" as const),
    calibration: fc.boolean(),
  }),
  fc.record({ kind: fc.constant("bulk" as const), seed: fc.integer() }),
  fc.record({ kind: fc.constantFrom("publish" as const, "reject" as const, "unpublish" as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant("rescore" as const), pick: fc.nat(), seed: fc.integer() }),
);

const idsIn = (state: "submitted" | "published") =>
  db
    .select({ id: audits.id })
    .from(audits)
    .where(eq(audits.state, state))
    .all()
    .map((r) => r.id);

/** One user action through the audit store, in one transaction. */
function runOnStore(op: StoreOp) {
  const sample = (seed: number) => makeSampleAudit(ctx, seededRandom(seed), NOW, 3);
  if (op.kind === "bulk") {
    bulkInsertAudits(
      db,
      [0, 1, 2].map((i) => newAudit(sample(op.seed + i), i === 1 ? "submitted" : "published")),
    );
    return;
  }
  withAuditStore(db, (store, t) => {
    if (op.kind === "insert") return void store.insert({ ...newAudit(sample(op.seed), op.state), calibration: op.calibration });
    const ids = idsIn(op.kind === "publish" || op.kind === "reject" ? "submitted" : "published");
    if (!ids.length) return;
    const audit = getAuditRow(t, ids[op.pick % ids.length])!;
    if (op.kind === "publish") store.finish(audit, readAnswers(t, audit.id), "published", null);
    else if (op.kind === "reject") store.change(audit, { state: "rejected" }, { actorId: null, action: "rejected" });
    else if (op.kind === "unpublish") store.change(audit, { state: "returned" }, { actorId: null, action: "returned" });
    else if (op.kind === "rescore") {
      // Re-scoring a published audit (an accepted dispute, a re-imported row): new answers,
      // possibly another month, department, employee, channel or checklist.
      const next = newAudit(sample(op.seed), "published");
      const { answers, checklistVersionId, auditType, channel, departmentId, employeeId, interactionAt } = next;
      const checklistId = ctx.checklists.find((c) => c.versionId === checklistVersionId)!.id;
      store.rescore(audit, {
        answers,
        fields: { checklistId, checklistVersionId, auditType, channel, departmentId, employeeId, interactionAt },
        history: { actorId: null, action: "imported" },
      });
    }
  });
}

/** The most stage rows any sequence left: the stage sums were exercised, not compared empty. */
let stageRowsSeen = 0;

/** From empty, any sequence of operations leaves the aggregates equal to a recomputation. */
function expectSequencesConsistent<T>(
  arb: fc.Arbitrary<T>,
  apply: (op: T) => void,
  options: { maxLength: number; numRuns: number; seed: number },
) {
  fc.assert(
    fc.property(fc.array(arb, { minLength: 1, maxLength: options.maxLength }), (ops) => {
      db.run(sql`DELETE FROM audits`);
      rebuildAggregates(db);
      for (const op of ops) apply(op);
      const maintained = snapshot();
      stageRowsSeen = Math.max(stageRowsSeen, Object.keys(maintained.agg_stage_scores).length);
      rebuildAggregates(db);
      expectSameAggregates(maintained, snapshot());
    }),
    { numRuns: options.numRuns, seed: options.seed },
  );
}

describe("aggregates", () => {
  it("maintained incrementally equal a full recomputation after random publish/edit/remove sequences", () => {
    expectSequencesConsistent(opArb, run, { maxLength: 30, numRuns: 40, seed: 20260301 });
  });

  it("kept by the audit store equal a full recomputation after random insert/publish/rescore/reject sequences", () => {
    expectSequencesConsistent(storeOpArb, runOnStore, { maxLength: 25, numRuns: 30, seed: 20261202 });
    expect(stageRowsSeen).toBeGreaterThan(3);
  });

  it("rebuild counts only published audits, by Vilnius month, with employee 0 for department-only audits", () => {
    db.run(sql`DELETE FROM audits`);
    const sample = makeSampleAudit(ctx, seededRandom(7), NOW, 1);
    sample.audit.interactionAt = Date.UTC(2026, 1, 28, 22, 30); // 2026-03-01 00:30 in Vilnius
    sample.audit.employeeId = null;
    insertSampleAudit(db, sample);
    insertSampleAudit(db, { ...makeSampleAudit(ctx, seededRandom(8), NOW, 1), audit: { ...sample.audit, state: "submitted" } });
    const lines: string[] = [];
    const result = aggregatesRebuildCommand(db, (l) => lines.push(l));
    expect(result).toMatchObject({ audits: 1, scoreRows: 1 });
    expect(lines[0]).toMatch(/^Aggregates rebuilt from 1 published audits: 1 score rows, \d+ item rows/);
    const row = db.get<{ month: string; employee_id: number; audits: number }>(sql`SELECT month, employee_id, audits FROM agg_scores`);
    expect(row).toEqual({ month: "2026-03", employee_id: 0, audits: 1 });
    const items = db.get<{ n: number; applicable: number }>(sql`SELECT count(*) AS n, sum(applicable + na) AS applicable FROM agg_items`)!;
    expect(items.n).toBe(sample.answers.length);
    expect(items.applicable).toBe(sample.answers.length);
  });
});
