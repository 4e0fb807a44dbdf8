// What an audit import looks things up in: checklists, departments, employees, users and
// the audits already imported. Small tables are read once into maps; audits are looked up
// one by one through prepared statements (a file may hold 100 000 of them).
import { eq } from "drizzle-orm";
import type { Db } from "~/db.server";
import type { AuditLookups, ChecklistRef } from "~/domain/csv/audit-row";
import { matchKey } from "~/domain/csv/values";
import type { Checklist } from "~/domain/checklists/schema";
import { checklistItems } from "~/domain/scoring";
import { auditAnswers, audits, checklists, checklistVersions, departments, employees, users } from "../../../db/schema";
import { checklistUsableIn, userWorksIn } from "../organisations/organisation.server";
import { instanceId, syntheticAuditId } from "./export-ref.server";

export type ExistingAudit = typeof audits.$inferSelect;

export type AuditContext = AuditLookups & {
  itemKeys: Set<string>;
  version(versionId: string): Checklist;
  existing(ref: string): ExistingAudit | undefined;
  /** A synthetic reference of this installation whose audit does not exist. */
  isDanglingSyntheticRef(ref: string): boolean;
  answerRows(auditId: number): (typeof auditAnswers.$inferSelect)[];
};

function addTo<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Everything is the organisation's: its standards' checklists, its departments, staff, auditors and audits. */
export function loadAuditContext(db: Db, orgId: number, now = Date.now()): AuditContext {
  const versions = new Map<string, Checklist>();
  const itemKeys = new Set<string>();
  for (const v of db.select({ id: checklistVersions.id, content: checklistVersions.content }).from(checklistVersions).all()) {
    const checklist = v.content as Checklist;
    versions.set(v.id, checklist);
    for (const item of checklistItems(checklist)) itemKeys.add(item.key);
  }
  const current = new Map<string, ChecklistRef>();
  for (const c of db.select().from(checklists).where(checklistUsableIn(orgId)).all())
    current.set(c.id, { versionId: c.currentVersionId, checklist: versions.get(c.currentVersionId)! });

  const departmentIds = new Map(
    db
      .select()
      .from(departments)
      .where(eq(departments.orgId, orgId))
      .all()
      .map((d) => [matchKey(d.code), d.id]),
  );
  const byCode = new Map<string, number>();
  const byNameInDept = new Map<string, number[]>();
  const byName = new Map<string, number[]>();
  for (const e of db.select().from(employees).where(eq(employees.orgId, orgId)).all()) {
    if (e.code) byCode.set(matchKey(e.code), e.id);
    const names = new Set([matchKey(`${e.firstName} ${e.lastName}`), matchKey(`${e.lastName} ${e.firstName}`)]);
    for (const name of names) {
      addTo(byNameInDept, `${e.departmentId}|${name}`, e.id);
      addTo(byName, name, e.id);
    }
  }
  const userIds = new Map(
    db
      .select({ id: users.id, email: users.email })
      .from(users)
      .where(userWorksIn(orgId))
      .all()
      .map((u) => [matchKey(u.email), u.id]),
  );

  const instance = instanceId(db);
  const byRef = db.$client.prepare("select id from audits where org_id = ? and external_ref = ?").pluck();
  const byId = db.$client
    .prepare("select id from audits where org_id = ? and id = ? and external_ref is null and state != 'draft'")
    .pluck();
  const cache = new Map<string, ExistingAudit | undefined>();
  function existing(ref: string): ExistingAudit | undefined {
    if (cache.has(ref)) return cache.get(ref);
    const synthetic = syntheticAuditId(instance, ref);
    const id = (synthetic !== null ? byId.get(orgId, synthetic) : byRef.get(orgId, ref)) as number | undefined;
    const row = id === undefined ? undefined : db.select().from(audits).where(eq(audits.id, id)).get();
    // One entry is enough: rows are read in order and a reference appears once per file.
    cache.clear();
    cache.set(ref, row);
    return row;
  }

  const unique = (ids?: number[]) => (!ids ? undefined : new Set(ids).size === 1 ? ids[0] : ("ambiguous" as const));
  return {
    now,
    itemKeys,
    version(versionId) {
      const checklist = versions.get(versionId);
      if (!checklist) throw new Error(`checklist version ${versionId} is missing`);
      return checklist;
    },
    checklist(id, externalRef) {
      const found = externalRef ? existing(externalRef) : undefined;
      if (found && found.checklistId === id)
        return { versionId: found.checklistVersionId, checklist: versions.get(found.checklistVersionId)! };
      return current.get(id);
    },
    department: (code) => departmentIds.get(matchKey(code)),
    employee(value, departmentId) {
      const key = matchKey(value);
      return byCode.get(key) ?? unique(byNameInDept.get(`${departmentId}|${key}`)) ?? unique(byName.get(key));
    },
    auditor: (email) => userIds.get(matchKey(email)),
    existing,
    isDanglingSyntheticRef: (ref) => syntheticAuditId(instance, ref) !== null && !existing(ref),
    answerRows: (auditId) => db.select().from(auditAnswers).where(eq(auditAnswers.auditId, auditId)).all(),
  };
}
