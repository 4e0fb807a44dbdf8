// Checklists as stored by app/models/checklists/sync.server.ts: which ones a user may read, their
// current version (what a new audit is filled with) and any older version (what an
// existing audit was filled with).
import { asc, eq } from "drizzle-orm";
import type { Db } from "~/db.server";
import type { Checklist } from "~/domain/checklists/schema";
import type { SessionUser } from "~/lib/auth.server";
import { checklists, checklistVersions, organisationChecklists } from "../../../db/schema";
import { organisationChecklistSwitches, userStandards } from "../organisations/organisation.server";

export type ChecklistSummary = {
  id: string;
  standard: Checklist["standard"];
  active: boolean;
  versionId: string;
  title: Checklist["title"];
  channels: Checklist["channels"];
  auditTypes: Checklist["audit_types"];
  passMark: number;
  sectionCount: number;
  itemCount: number;
};

export type ChecklistWithVersion = {
  id: string;
  active: boolean;
  versionId: string;
  /** When this version was first loaded into the database (ms, UTC). */
  loadedAt: number;
  content: Checklist;
};

/**
 * Only the checklists of the user's organisations' standards (platform roles: all); a mystery
 * shopper reads only what they can fill; the admin also sees inactive checklists.
 */
function visibleTo(user: SessionUser, standards: string[] | null, row: { active: boolean; content: Checklist }): boolean {
  if (standards && !standards.includes(row.content.standard)) return false;
  if (!row.active && user.role !== "admin") return false;
  if (user.role === "mystery_shopper") return row.content.audit_types.includes("mystery_shopper");
  return true;
}

function currentRows(db: Db, id?: string) {
  return db
    .select({
      id: checklists.id,
      active: checklists.active,
      versionId: checklists.currentVersionId,
      loadedAt: checklistVersions.createdAt,
      content: checklistVersions.content,
    })
    .from(checklists)
    .innerJoin(checklistVersions, eq(checklistVersions.id, checklists.currentVersionId))
    .where(id === undefined ? undefined : eq(checklists.id, id))
    .orderBy(asc(checklists.standard), asc(checklists.id))
    .all()
    .map((row) => ({ ...row, content: row.content as Checklist }));
}

/** Every checklist the user may read, current version, ordered by standard and id. */
export function listChecklists(db: Db, user: SessionUser): ChecklistSummary[] {
  const standards = userStandards(db, user);
  return withOrganisationSwitches(db, user, currentRows(db))
    .filter((row) => visibleTo(user, standards, row))
    .map(({ id, active, versionId, content }) => ({
      id,
      standard: content.standard,
      active,
      versionId,
      title: content.title,
      channels: content.channels,
      auditTypes: content.audit_types,
      passMark: content.pass_mark,
      sectionCount: content.sections.length,
      itemCount: content.sections.reduce((n, s) => n + s.items.length, 0),
    }));
}

/** The current version of one checklist, or undefined when it does not exist or the user may not read it. */
export function getChecklist(db: Db, user: SessionUser, id: string): ChecklistWithVersion | undefined {
  const [row] = withOrganisationSwitches(db, user, currentRows(db, id));
  return row && visibleTo(user, userStandards(db, user), row) ? row : undefined;
}

/** Active as the user's organisation has it: its administrator's switch, else the checklist's own flag. */
function withOrganisationSwitches<T extends { id: string; active: boolean }>(db: Db, user: SessionUser, rows: T[]): T[] {
  if (user.orgId === null) return rows;
  const switches = organisationChecklistSwitches(db, user.orgId);
  return rows.map((r) => (switches.has(r.id) ? { ...r, active: switches.get(r.id)! } : r));
}

/**
 * Switches a checklist on or off in one organisation (its administrator; the route checks
 * the role): the files are shared, so another organisation's use of it does not change.
 * Returns the checklist's id and title, or undefined if unknown.
 */
export function setChecklistActive(db: Db, orgId: number, id: string, active: boolean) {
  return db.transaction((tx) => {
    const updated = tx
      .select({ id: checklists.id, versionId: checklists.currentVersionId })
      .from(checklists)
      .where(eq(checklists.id, id))
      .get();
    if (!updated) return undefined;
    tx.insert(organisationChecklists)
      .values({ orgId, checklistId: id, active })
      .onConflictDoUpdate({ target: [organisationChecklists.orgId, organisationChecklists.checklistId], set: { active } })
      .run();
    const version = tx
      .select({ content: checklistVersions.content })
      .from(checklistVersions)
      .where(eq(checklistVersions.id, updated.versionId))
      .get();
    return { id: updated.id, active, title: (version?.content as Checklist | undefined)?.title };
  });
}
