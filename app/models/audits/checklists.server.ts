// The checklists an auditor may fill, and the content of a stored checklist version.
import { and, eq } from "drizzle-orm";
import { statement, type Db } from "~/db.server";
import type { AuditType, Checklist } from "~/domain/checklists/schema";
import { checklists, checklistVersions } from "../../../db/schema";
import { checklistUsableIn } from "../organisations/organisation.server";

/** The organisation's active checklists (of its standards) whose audit_types include the given type, with their current version. */
export function listFillableChecklists(db: Db, auditType: AuditType, orgId: number) {
  return db
    .select({ id: checklists.id, versionId: checklists.currentVersionId })
    .from(checklists)
    .where(checklistUsableIn(orgId))
    .all()
    .map((r) => ({ id: r.id, versionId: r.versionId, checklist: getChecklistVersion(db, r.versionId) }))
    .filter((r) => r.checklist.audit_types.includes(auditType))
    .sort((a, b) => a.id.localeCompare(b.id));
}

export function getFillableChecklist(db: Db, checklistId: string, auditType: AuditType, orgId: number) {
  return listFillableChecklists(db, auditType, orgId).find((c) => c.id === checklistId);
}

// A version id is the hash of its content, so a parsed version never goes stale: parsing
// the JSON once per process instead of on every request was a third of a submit's time.
const versionCache = new Map<string, Checklist>();

/** The checklist content an audit was filled with (shared, read-only). */
export function getChecklistVersion(db: Db, versionId: string): Checklist {
  const cached = versionCache.get(versionId);
  if (cached) return cached;
  const row = db.select({ content: checklistVersions.content }).from(checklistVersions).where(eq(checklistVersions.id, versionId)).get();
  if (!row) throw new Error(`checklist version ${versionId} is missing`);
  versionCache.set(versionId, row.content as Checklist);
  return row.content as Checklist;
}

/**
 * The checklist as the department's organisation applies it: with the organisation's pass
 * mark when it sets one (organisations.pass_mark), else the checklist's own. The store scores
 * with this, and the audit page shows it.
 */
export function checklistForDepartment(db: Db, versionId: string, departmentId: number): Checklist {
  const checklist = getChecklistVersion(db, versionId);
  const mark = statement(db, PASS_MARK_SQL).pluck().get(departmentId) as number | null | undefined;
  return mark === null || mark === undefined ? checklist : { ...checklist, pass_mark: mark };
}
const PASS_MARK_SQL = "SELECT o.pass_mark FROM departments d JOIN organisations o ON o.id = d.org_id WHERE d.id = ?";

export function currentVersionId(db: Db, checklistId: string) {
  return db
    .select({ versionId: checklists.currentVersionId })
    .from(checklists)
    .where(and(eq(checklists.id, checklistId), eq(checklists.active, true)))
    .get()?.versionId;
}
