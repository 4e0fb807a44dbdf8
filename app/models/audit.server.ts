// The audit record's core write path, shared by the forms, inspections, the CSV import and
// the data generator. No access checks here: callers decide who may do what.
import { eq } from "drizzle-orm";
import type { Db } from "~/db.server";
import type { RawAnswer } from "~/domain/scoring";
import { applyAuditToAggregates } from "./aggregates.server";
import { writeScore } from "./audit-answers.server";
import { getChecklistVersion } from "./audit-checklists.server";
import { recordHistory, type HistoryAction } from "./audit-history.server";
import { audits, type AuditState } from "../../db/schema";

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
 * adds it to the aggregates. One transaction (a savepoint when called inside one).
 */
export function insertCompletedAudit(db: Db, input: CompletedAuditInput): AuditRow {
  const checklist = getChecklistVersion(db, input.checklistVersionId);
  const now = Date.now();
  return db.transaction((tx) => {
    const t = tx as unknown as Db;
    const submittedAt = input.submittedAt ?? now;
    const created = t
      .insert(audits)
      .values({
        checklistId: checklist.id,
        checklistVersionId: input.checklistVersionId,
        auditType: input.auditType,
        channel: input.channel,
        departmentId: input.departmentId,
        employeeId: input.employeeId,
        employeeResolution: input.employeeResolution ?? (input.employeeId ? "roster" : "department_only"),
        unknownEmployeeDescription: input.unknownEmployeeDescription ?? null,
        auditorId: input.auditorId,
        inspectionId: input.inspectionId ?? null,
        state: input.state,
        interactionAt: input.interactionAt,
        location: input.location ?? null,
        scenario: input.scenario ?? null,
        overallComment: input.overallComment ?? null,
        externalRef: input.externalRef ?? null,
        clientKey: input.clientKey ?? null,
        submittedAt,
        publishedAt: input.state === "published" ? (input.publishedAt ?? now) : null,
      })
      .returning()
      .get();
    writeScore(t, created.id, checklist, input.answers);
    recordHistory(t, {
      auditId: created.id,
      actorId: input.actorId,
      action: input.historyAction ?? "created",
      toState: input.state,
      at: now,
    });
    if (input.state === "published") applyAuditToAggregates(t, created.id, 1);
    return t.select().from(audits).where(eq(audits.id, created.id)).get()!;
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
  db.update(audits)
    .set({ state: to, submittedAt: now, publishedAt: to === "published" ? now : null, updatedAt: now })
    .where(eq(audits.id, audit.id))
    .run();
  recordHistory(db, { auditId: audit.id, actorId, action: to, fromState: audit.state, toState: to, comment, at: now });
  if (to === "published") applyAuditToAggregates(db, audit.id, 1);
}

export function setState(db: Db, auditId: number, state: AuditState, extra: Partial<AuditRow> = {}) {
  db.update(audits)
    .set({ ...extra, state, updatedAt: Date.now() })
    .where(eq(audits.id, auditId))
    .run();
}

export function getAuditRow(db: Db, id: number): AuditRow | undefined {
  return db.select().from(audits).where(eq(audits.id, id)).get();
}
