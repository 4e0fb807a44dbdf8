// A mystery shopper's own audit: start, save as a draft, submit. Only the auditor may touch
// a draft; anyone else gets not_found.
import { and, eq } from "drizzle-orm";
import { bound, prepared, type Db } from "~/db.server";
import { INCOMPLETE_CODES } from "~/domain/audit-form/fields";
import { validateAnswers, type AnswerError, type RawAnswer } from "~/domain/scoring";
import type { SessionUser } from "~/lib/auth.server";
import { changedKeys, readAnswers } from "./answers.server";
import { getChecklistVersion, getFillableChecklist } from "./checklists.server";
import { AuditActionError, auditNotFound } from "./errors.server";
import { recordHistory } from "./history.server";
import { getAuditRow, type AuditRow } from "./audit.server";
import { withAuditStore, type AuditStore } from "./store.server";
import { interactionTimeProblem } from "~/domain/audit-form/interaction-time";
import { audits, departments, employees } from "../../../db/schema";

export type DraftStart = {
  clientKey: string;
  checklistId: string;
  channel: AuditRow["channel"];
  departmentId: number;
  /** null with a description = "unknown", for the reviewer to resolve. */
  employeeId: number | null;
  unknownEmployeeDescription: string | null;
  interactionAt: number;
  location: string;
  /** What the shopper did, in their words (optional when a library scenario was followed). */
  scenario: string | null;
  /** The library scenario followed: its key is stored, its N/A items are answered N/A at once. */
  libraryScenario?: { key: string; checklist: string; channel: AuditRow["channel"]; not_applicable: string[] } | null;
};

export const EDITABLE_STATES = ["draft", "returned"] as const;

/** Starts an audit, or returns the one this form already started (same client key). */
export function createDraft(db: Db, user: SessionUser, input: DraftStart): AuditRow {
  if (user.role !== "mystery_shopper") throw auditNotFound();
  return withAuditStore(db, (store, t) => {
    const existing = t.select().from(audits).where(eq(audits.clientKey, input.clientKey)).get();
    if (existing) {
      if (existing.auditorId !== user.id) throw new AuditActionError("audits.error.clientKey");
      return existing;
    }
    const department = t.select().from(departments).where(eq(departments.id, input.departmentId)).get();
    // A department of an organisation the shopper does not work for does not exist for them.
    if (!department?.active || !user.orgIds.includes(department.orgId)) throw new AuditActionError("audits.error.department");
    const fillable = getFillableChecklist(t, input.checklistId, "mystery_shopper", department.orgId);
    if (!fillable) throw new AuditActionError("audits.error.checklist");
    if (!fillable.checklist.channels.includes(input.channel)) throw new AuditActionError("audits.error.channel");
    if (input.employeeId !== null) {
      const employee = t
        .select()
        .from(employees)
        .where(and(eq(employees.id, input.employeeId), eq(employees.departmentId, input.departmentId)))
        .get();
      if (!employee?.active) throw new AuditActionError("audits.error.employee");
    } else if (!input.unknownEmployeeDescription?.trim()) {
      throw new AuditActionError("audits.error.unknownDescription");
    }
    const timeProblem = interactionTimeProblem(input.interactionAt, Date.now());
    if (timeProblem) throw new AuditActionError(timeProblem === "future" ? "audits.error.future" : "audits.error.tooEarly");
    const scenario = input.libraryScenario ?? null;
    if (scenario && scenario.checklist !== fillable.id) throw new AuditActionError("audits.error.scenario");
    if (scenario && scenario.channel !== input.channel) throw new AuditActionError("audits.error.scenarioChannel");
    const audit = store.insertDraft(
      {
        checklistId: fillable.id,
        checklistVersionId: fillable.versionId,
        auditType: "mystery_shopper",
        channel: input.channel,
        departmentId: input.departmentId,
        employeeId: input.employeeId,
        employeeResolution: input.employeeId ? "roster" : "unknown",
        unknownEmployeeDescription: input.employeeId ? null : input.unknownEmployeeDescription!.trim(),
        auditorId: user.id,
        state: "draft",
        interactionAt: input.interactionAt,
        location: input.location,
        scenario: input.scenario,
        scenarioKey: scenario?.key ?? null,
        clientKey: input.clientKey,
      },
      user.id,
    );
    // Items the scenario cannot exercise start as N/A (the shopper may still change them).
    if (scenario) {
      const items = new Map(fillable.checklist.sections.flatMap((s) => s.items.map((i) => [i.key, i])));
      const na = scenario.not_applicable.filter((key) => items.get(key)?.na_allowed).map((key) => ({ key, choice: "na" as const }));
      if (na.length) store.saveDraft(audit.id, fillable.checklist, na);
    }
    return audit;
  });
}

/** The user's own audit that they may still edit, or not_found. */
function ownEditable(db: Db, user: SessionUser, auditId: number) {
  const audit = getAuditRow(db, auditId);
  if (!audit || audit.auditorId !== user.id || audit.auditType !== "mystery_shopper") throw auditNotFound();
  return audit;
}

export type DraftDetails = { overallComment?: string | null };

/**
 * What the field sync sends with a write: the revision its copy of the form started from
 * (a stale write is refused, see StaleDraft) and, for a submit, its idempotency key.
 */
export type SyncBase = { baseRevision?: number; submitKey?: string };

/** The server's draft when a write was based on an older revision: the client merges with it. */
export type StaleDraft = { status: "stale"; revision: number; answers: RawAnswer[]; overallComment: string | null };

const staleDraft = (t: Db, audit: AuditRow): StaleDraft => ({
  status: "stale",
  revision: audit.revision,
  answers: readAnswers(t, audit.id),
  overallComment: audit.overallComment,
});

export type SavedDraft = { status: "saved"; changed: boolean; errors: AnswerError[]; revision: number };
export type DraftSaveResult = SavedDraft | StaleDraft;

/**
 * Saves the answers as they are (a draft may be unfinished). Answers that are wrong rather
 * than unfinished (e.g. a non-number) are reported; the rest is saved. A write that changes
 * something and is based on an older revision than the stored one is refused (stale).
 */
export function saveDraft(db: Db, user: SessionUser, auditId: number, answers: RawAnswer[], details?: DraftDetails): SavedDraft;
export function saveDraft(
  db: Db,
  user: SessionUser,
  auditId: number,
  answers: RawAnswer[],
  details: DraftDetails,
  sync: SyncBase,
): DraftSaveResult;
export function saveDraft(
  db: Db,
  user: SessionUser,
  auditId: number,
  answers: RawAnswer[],
  details: DraftDetails = {},
  sync: SyncBase = {},
): DraftSaveResult {
  return withAuditStore(db, (store, t) => {
    const audit = ownEditable(t, user, auditId);
    if (!(EDITABLE_STATES as readonly string[]).includes(audit.state)) throw new AuditActionError("audits.error.notEditable");
    const checklist = getChecklistVersion(t, audit.checklistVersionId);
    const errors = validateAnswers(checklist, answers, { requireComplete: false }).filter((e) => !INCOMPLETE_CODES.has(e.code));
    const edit = editOf(t, audit, answers, details);
    if (!edit) return { status: "saved", changed: false, errors, revision: audit.revision };
    if (sync.baseRevision !== undefined && sync.baseRevision !== audit.revision) return staleDraft(t, audit);
    if (edit.items.length) store.saveDraft(auditId, checklist, answers);
    store.edited(auditId, edit.comment);
    recordEditHistory(t, user, audit, edit);
    return { status: "saved", changed: true, errors, revision: audit.revision + 1 };
  });
}

type Edit = { items: string[]; comment?: string | null };

/** What an edit changes: the item keys and the overall comment (when changed); null for nothing. */
function editOf(t: Db, audit: AuditRow, answers: RawAnswer[], details: DraftDetails): Edit | null {
  const items = changedKeys(readAnswers(t, audit.id), answers);
  const comment = details.overallComment === undefined ? audit.overallComment : details.overallComment?.trim() || null;
  const commentChanged = comment !== audit.overallComment;
  if (!items.length && !commentChanged) return null;
  return commentChanged ? { items, comment } : { items };
}

const updateComment = (db: Db) =>
  db
    .update(audits)
    .set({ overallComment: bound("comment"), updatedAt: bound("now") })
    .where(eq(audits.id, bound("id")))
    .prepare();

/** The history entry "edited" of an edit. */
function recordEditHistory(t: Db, user: SessionUser, audit: AuditRow, edit: Edit) {
  recordHistory(t, {
    auditId: audit.id,
    actorId: user.id,
    action: "edited",
    details: { items: edit.items, overallComment: edit.comment !== undefined || undefined },
  });
}

export type SubmitResult =
  { status: "submitted" | "already_submitted"; audit: AuditRow } | { status: "invalid"; errors: AnswerError[] } | StaleDraft;

/** An audit no longer editable: the first result again for the submit that submitted it (same key), else already submitted. */
function closedResult(audit: AuditRow, submitKey: string | undefined): SubmitResult {
  return { status: submitKey && audit.submitKey === submitKey ? "submitted" : "already_submitted", audit };
}

/** Submits the saved answers inside the caller's transaction; incomplete answers are returned, not thrown. */
function trySubmit(t: Db, store: AuditStore, user: SessionUser, auditId: number, submitKey?: string): SubmitResult {
  const audit = ownEditable(t, user, auditId);
  if (!(EDITABLE_STATES as readonly string[]).includes(audit.state)) return closedResult(audit, submitKey);
  const checklist = getChecklistVersion(t, audit.checklistVersionId);
  const answers = readAnswers(t, auditId);
  const errors = validateAnswers(checklist, answers, { requireComplete: true });
  if (errors.length) return { status: "invalid", errors };
  store.finish(audit, answers, "submitted", user.id, null, submitKey ?? null);
  return { status: "submitted", audit: getAuditRow(t, auditId)! };
}

/**
 * Submits the saved answers. Idempotent: an audit that is no longer editable (already
 * submitted, published or rejected) is left as it is. Incomplete answers throw
 * AuditActionError with the engine's errors.
 */
export function submitAudit(db: Db, user: SessionUser, auditId: number): SubmitResult {
  const result = withAuditStore(db, (store, t) => trySubmit(t, store, user, auditId));
  if (result.status === "invalid") throw new AuditActionError("audits.error.incomplete", result.errors);
  return result;
}

/**
 * The form's submit: saves the answers, then submits them, in one transaction. When the
 * answers are incomplete the draft is still saved and the errors are returned. Complete
 * answers are written once, with their scores (saving them first as a draft and then again
 * on submit cost a third of a submission's time). A submit based on an older revision that
 * changes something is refused (stale); one resent with the key of the submit that
 * submitted the audit gets "submitted" again.
 */
export function saveAndSubmit(
  db: Db,
  user: SessionUser,
  auditId: number,
  answers: RawAnswer[],
  details: DraftDetails = {},
  sync: SyncBase = {},
): SubmitResult {
  return withAuditStore(db, (store, t) => {
    const audit = ownEditable(t, user, auditId);
    if (!(EDITABLE_STATES as readonly string[]).includes(audit.state)) return closedResult(audit, sync.submitKey);
    const checklist = getChecklistVersion(t, audit.checklistVersionId);
    if (validateAnswers(checklist, answers, { requireComplete: true }).length) {
      const saved = saveDraft(t, user, auditId, answers, details, sync);
      if (saved.status === "stale") return saved;
      return trySubmit(t, store, user, auditId, sync.submitKey);
    }
    const edit = editOf(t, audit, answers, details);
    if (edit && sync.baseRevision !== undefined && sync.baseRevision !== audit.revision) return staleDraft(t, audit);
    // finish writes the answers with their values (and a new revision), so the edit only records them.
    if (edit) {
      if (edit.comment !== undefined) prepared(t, updateComment).run({ id: audit.id, comment: edit.comment, now: Date.now() });
      recordEditHistory(t, user, audit, edit);
    }
    store.finish(audit, answers, "submitted", user.id, null, sync.submitKey ?? null);
    return { status: "submitted", audit: getAuditRow(t, auditId)! };
  });
}

/**
 * Deletes the author's own draft. A returned audit was submitted once and keeps its record:
 * it cannot be deleted (audits.error.notDeletable).
 */
export function deleteDraft(db: Db, user: SessionUser, auditId: number) {
  withAuditStore(db, (store, t) => {
    const audit = ownEditable(t, user, auditId);
    if (audit.state !== "draft") throw new AuditActionError("audits.error.notDeletable");
    store.deleteDraft(audit);
  });
}

/**
 * The user's own draft or returned audit. "closed" when it is theirs but no longer editable
 * (the page redirects to the record), undefined when not theirs.
 */
export function getEditableAuditRow(db: Db, user: SessionUser, auditId: number): AuditRow | "closed" | undefined {
  const audit = getAuditRow(db, auditId);
  if (!audit || audit.auditorId !== user.id || audit.auditType !== "mystery_shopper") return undefined;
  // A shopper no longer working for the audit's organisation (the grant revoked) may read it, not change it.
  if (!user.orgIds.includes(audit.orgId)) return undefined;
  if (!(EDITABLE_STATES as readonly string[]).includes(audit.state)) return "closed";
  return audit;
}

/** The fill-in form's data: the audit (see getEditableAuditRow) with its checklist, answers and names. */
export function getEditableAudit(db: Db, user: SessionUser, auditId: number) {
  const audit = getEditableAuditRow(db, user, auditId);
  if (audit === undefined || audit === "closed") return audit;
  const department = db.select({ name: departments.name }).from(departments).where(eq(departments.id, audit.departmentId)).get()!;
  const employee = audit.employeeId
    ? db
        .select({ firstName: employees.firstName, lastName: employees.lastName })
        .from(employees)
        .where(eq(employees.id, audit.employeeId))
        .get()
    : undefined;
  return {
    audit,
    checklist: getChecklistVersion(db, audit.checklistVersionId),
    answers: readAnswers(db, auditId),
    departmentName: department.name,
    employeeName: employee ? `${employee.firstName} ${employee.lastName}` : null,
  };
}

/** Active departments and their active staff: a mystery shopper may audit any of them. */
/** The organisation's active departments, where an audit may be started. */
export function auditableDepartments(db: Db, orgId: number) {
  return db
    .select({ id: departments.id, name: departments.name })
    .from(departments)
    .where(and(eq(departments.active, true), eq(departments.orgId, orgId)))
    .orderBy(departments.name)
    .all();
}

export function activeRoster(db: Db, departmentId: number) {
  return db
    .select({ id: employees.id, firstName: employees.firstName, lastName: employees.lastName, position: employees.position })
    .from(employees)
    .where(and(eq(employees.departmentId, departmentId), eq(employees.active, true)))
    .orderBy(employees.lastName, employees.firstName)
    .all();
}
