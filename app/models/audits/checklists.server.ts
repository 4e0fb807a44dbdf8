// The checklists an auditor may fill, and the content of a stored checklist version.
import { and, eq } from "drizzle-orm";
import type { Db } from "~/db.server";
import type { AuditType, Checklist } from "~/domain/checklists/schema";
import { checklists, checklistVersions } from "../../../db/schema";

/** Active checklists whose audit_types include the given type, with their current version. */
export function listFillableChecklists(db: Db, auditType: AuditType) {
  return db
    .select({ id: checklists.id, versionId: checklists.currentVersionId })
    .from(checklists)
    .where(eq(checklists.active, true))
    .all()
    .map((r) => ({ id: r.id, versionId: r.versionId, checklist: getChecklistVersion(db, r.versionId) }))
    .filter((r) => r.checklist.audit_types.includes(auditType))
    .sort((a, b) => a.id.localeCompare(b.id));
}

export function getFillableChecklist(db: Db, checklistId: string, auditType: AuditType) {
  return listFillableChecklists(db, auditType).find((c) => c.id === checklistId);
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

export function currentVersionId(db: Db, checklistId: string) {
  return db
    .select({ versionId: checklists.currentVersionId })
    .from(checklists)
    .where(and(eq(checklists.id, checklistId), eq(checklists.active, true)))
    .get()?.versionId;
}
