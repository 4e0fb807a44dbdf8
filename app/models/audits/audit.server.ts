// The audit record's core write path, shared by the forms, inspections, the CSV import and
// the data generator. No access checks here: callers decide who may do what.
import { eq } from "drizzle-orm";
import { bound, prepared, type Db } from "~/db.server";
import type { RawAnswer } from "~/domain/scoring";
import { applyAuditToAggregates } from "./aggregates.server";
import { writeScore } from "./answers.server";
import { getChecklistVersion } from "./checklists.server";
import { createAuditBulkWriter } from "./bulk.server";
import { recordHistory, type HistoryAction } from "./history.server";
import { audits, type AuditState } from "../../../db/schema";

export type AuditRow = typeof audits.$inferSelect;

export type CompletedAuditInput = {
  checklistVersionId: string;
  auditType: "mystery_shopper" | "supervisor";
  channel: "in_person" | "phone" | "email" | "home_visit";
  departmentId: number;
  employeeId: number | null;
  /** Default: "roster" with an employee, "department_only" without. */
  employeeResolution?: "roster" | "unknown" | "department_only";
  unknownEmployeeDescription?: string | null;
  auditorId: number | null;
  inspectionId?: number | null;
  interactionAt: number;
  location?: string | null;
  scenario?: string | null;
  overallComment?: string | null;
  externalRef?: string | null;
  clientKey?: string | null;
  answers: RawAnswer[];
  state: "submitted" | "published";
  /** Who made the change recorded in the history (the importer, the generator, the auditor). */
  actorId: number | null;
  historyAction?: HistoryAction;
  submittedAt?: number;
  publishedAt?: number;
};

/**
 * Inserts a finished audit: validates and scores the answers (InvalidAnswersError when they
 * are incomplete or wrong), writes answers, section scores and history, and, when published,
 * adds it to the aggregates. One transaction (a savepoint when called inside one). The
 * writing itself is the bulk writer's, so forms, import and generator share one path.
 */
export function insertCompletedAudit(db: Db, input: CompletedAuditInput): AuditRow {
  const writer = createAuditBulkWriter(db);
  return db.transaction(() => {
    const id = writer.add(input);
    writer.flushAggregates();
    return getAuditRow(db, id)!;
  });
}

/** Moves a draft (or returned) audit with complete answers to submitted or published. */
export function finishAudit(
  db: Db,
  audit: AuditRow,
  answers: RawAnswer[],
  to: "submitted" | "published",
  actorId: number,
  comment?: string | null,
) {
  const checklist = getChecklistVersion(db, audit.checklistVersionId);
  const now = Date.now();
  writeScore(db, audit.id, checklist, answers);
  // Publishing a submitted audit keeps its submission time; a draft finished directly (an
  // inspection's) is submitted now.
  const submittedAt = audit.state === "submitted" && audit.submittedAt !== null ? audit.submittedAt : now;
  prepared(db, updateFinished).run({ id: audit.id, state: to, now, submittedAt, publishedAt: to === "published" ? now : null });
  recordHistory(db, { auditId: audit.id, actorId, action: to, fromState: audit.state, toState: to, comment, at: now });
  if (to === "published") applyAuditToAggregates(db, audit.id, 1);
}

export function setState(db: Db, auditId: number, state: AuditState, extra: Partial<AuditRow> = {}) {
  db.update(audits)
    .set({ ...extra, state, updatedAt: Date.now() })
    .where(eq(audits.id, auditId))
    .run();
}

// The submit path runs these on every submission: prepared once per connection.
const updateFinished = (db: Db) =>
  db
    .update(audits)
    .set({ state: bound("state"), submittedAt: bound("submittedAt"), publishedAt: bound("publishedAt"), updatedAt: bound("now") })
    .where(eq(audits.id, bound("id")))
    .prepare();
const selectAudit = (db: Db) => db.select().from(audits).where(eq(audits.id, bound("id"))).prepare();

export function getAuditRow(db: Db, id: number): AuditRow | undefined {
  return prepared(db, selectAudit).get({ id });
}
