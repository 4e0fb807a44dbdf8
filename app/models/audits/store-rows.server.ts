// The rows of an audit as the store writes them, through plain statements prepared once per
// connection: the generator and the CSV import write thousands of audits a second this way
// (docs/benchmark.md). Only store.server.ts calls these; they run inside its transaction.
import { statement, type Db } from "~/db.server";
import type { Checklist } from "~/domain/checklists/schema";
import type { AuditScore, RawAnswer } from "~/domain/scoring";
import { storedAnswer } from "./answers.server";

const SQL = {
  audit: `INSERT INTO audits (checklist_id, checklist_version_id, audit_type, channel, department_id, employee_id,
    employee_resolution, unknown_employee_description, auditor_id, inspection_id, state, interaction_at, location,
    scenario, overall_comment, external_ref, client_key, score, passed, critical_failure, critical_items,
    created_at, updated_at, submitted_at, published_at, calibration, org_id)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
      (SELECT org_id FROM departments WHERE id = ?))`,
  answer: `INSERT INTO audit_answers (audit_id, item_key, section_key, choice, number, phrases, other_phrase, other_phrase_as, comment, value)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  deleteAnswers: "DELETE FROM audit_answers WHERE audit_id = ?",
  section: "INSERT INTO audit_section_scores (audit_id, section_key, score) VALUES (?, ?, ?)",
  deleteSections: "DELETE FROM audit_section_scores WHERE audit_id = ?",
  score: "UPDATE audits SET score = ?, passed = ?, critical_failure = ?, critical_items = ?, updated_at = ? WHERE id = ?",
  state: `UPDATE audits SET state = ?, submitted_at = ?, published_at = ?, updated_at = ?, revision = revision + 1,
    submit_key = coalesce(?, submit_key) WHERE id = ?`,
  // An edit of a draft: a new revision, and the overall comment when the first parameter is 1.
  edited: `UPDATE audits SET overall_comment = CASE WHEN ? THEN ? ELSE overall_comment END, revision = revision + 1,
    updated_at = ? WHERE id = ?`,
  touched: "UPDATE audits SET revision = revision + 1, updated_at = ? WHERE id = ?",
};

const bool = (b: boolean | null) => (b === null ? null : b ? 1 : 0);

/** The score columns of an audit row, in the order of SQL.audit (and SQL.score). */
const scoreColumns = (s: AuditScore) => [s.score, bool(s.passed), bool(s.criticalFailure), JSON.stringify(s.criticalItems)];

const sectionsByChecklist = new WeakMap<Checklist, Map<string, string>>();

/** Item key → section key (checklist versions are cached and shared, so this is built once per version). */
function sectionOf(checklist: Checklist) {
  let map = sectionsByChecklist.get(checklist);
  if (!map)
    sectionsByChecklist.set(checklist, (map = new Map(checklist.sections.flatMap((s) => s.items.map((i) => [i.key, s.key] as const)))));
  return map;
}

export type AuditRowValues = {
  checklistId: string;
  checklistVersionId: string;
  auditType: string;
  channel: string;
  departmentId: number;
  employeeId: number | null;
  employeeResolution: string;
  unknownEmployeeDescription: string | null;
  auditorId: number | null;
  inspectionId: number | null;
  state: string;
  interactionAt: number;
  location: string | null;
  scenario: string | null;
  overallComment: string | null;
  externalRef: string | null;
  clientKey: string | null;
  createdAt: number;
  submittedAt: number | null;
  publishedAt: number | null;
  calibration: boolean;
};

/** Inserts a finished audit's row with its score; returns its id. */
export function insertAuditRow(db: Db, v: AuditRowValues, score: AuditScore): number {
  const result = statement(db, SQL.audit).run(
    v.checklistId,
    v.checklistVersionId,
    v.auditType,
    v.channel,
    v.departmentId,
    v.employeeId,
    v.employeeResolution,
    v.unknownEmployeeDescription,
    v.auditorId,
    v.inspectionId,
    v.state,
    v.interactionAt,
    v.location,
    v.scenario,
    v.overallComment,
    v.externalRef,
    v.clientKey,
    ...scoreColumns(score),
    v.createdAt,
    v.createdAt,
    v.submittedAt,
    v.publishedAt,
    v.calibration ? 1 : 0,
    // The audit belongs to its department's organisation.
    v.departmentId,
  );
  return Number(result.lastInsertRowid);
}

/**
 * Writes the audit's answers (replacing earlier ones unless `fresh`): each in its stored
 * form, with its resolved value from `score` (null in a draft). Answers to items the
 * checklist does not have are not stored. Returns [item key, value] of every row written.
 */
export function writeAnswerRows(
  db: Db,
  auditId: number,
  checklist: Checklist,
  answers: RawAnswer[],
  score: AuditScore | null,
  fresh: boolean,
) {
  const sections = sectionOf(checklist);
  const values = new Map(score?.items.map((i) => [i.key, i.value]) ?? []);
  if (!fresh) statement(db, SQL.deleteAnswers).run(auditId);
  const insert = statement(db, SQL.answer);
  const written: [string, number | null][] = [];
  for (const a of answers) {
    const section = sections.get(a.key);
    if (section === undefined) continue;
    const value = values.get(a.key) ?? null;
    insert.run(auditId, a.key, section, ...storedAnswer(a), value);
    written.push([a.key, value]);
  }
  return written;
}

/** Writes the section scores (replacing earlier ones unless `fresh`). */
export function writeSectionRows(db: Db, auditId: number, score: AuditScore, fresh: boolean) {
  if (!fresh) statement(db, SQL.deleteSections).run(auditId);
  const insert = statement(db, SQL.section);
  for (const s of score.sections) insert.run(auditId, s.key, s.score);
}

/** Stores a new score on an existing audit row. */
export function updateScoreRow(db: Db, auditId: number, score: AuditScore, now: number) {
  statement(db, SQL.score).run(...scoreColumns(score), now, auditId);
}

/** Moves a finished audit's row to submitted or published (the form's submit, review, inspection). */
export function updateFinishedRow(
  db: Db,
  auditId: number,
  to: "submitted" | "published",
  now: number,
  submittedAt: number,
  submitKey: string | null = null,
) {
  statement(db, SQL.state).run(to, submittedAt, to === "published" ? now : null, now, submitKey, auditId);
}

/** A new revision of a draft (answers saved), with its overall comment when `comment` is given. */
export function updateEditedRow(db: Db, auditId: number, now: number, comment?: string | null) {
  statement(db, SQL.edited).run(comment === undefined ? 0 : 1, comment ?? null, now, auditId);
}

/** A new revision of a draft whose answers changed by other means (the automatic check). */
export function touchRow(db: Db, auditId: number, now: number) {
  statement(db, SQL.touched).run(now, auditId);
}
