// Organisations: reading one, the checklists its standards offer, and who works in it.
// Writing (creating an organisation with its first administrator, editing its details and
// settings) is in manage.server.ts.
import { and, asc, eq, exists, inArray, or, sql, type SQL } from "drizzle-orm";
import type { Db } from "~/db.server";
import type { SessionUser } from "~/lib/auth.server";
import { orgScope } from "~/lib/auth.server";
import { checklists, organisationChecklists, organisations, userOrganisations, users } from "../../../db/schema";

export type Organisation = typeof organisations.$inferSelect;

export function getOrganisation(db: Db, id: number): Organisation | undefined {
  return db.select().from(organisations).where(eq(organisations.id, id)).get();
}

export function findOrganisationByCode(db: Db, code: string): Organisation | undefined {
  return db
    .select()
    .from(organisations)
    .where(sql`lower(${organisations.code}) = lower(${code.trim()})`)
    .get();
}

/** The organisations the user works in (all for the platform administrator), by name. */
export function listUserOrganisations(db: Db, user: SessionUser): Organisation[] {
  const scope = orgScope(user);
  if (scope && !scope.length) return [];
  return db
    .select()
    .from(organisations)
    .where(scope ? inArray(organisations.id, scope) : undefined)
    .orderBy(asc(organisations.name))
    .all();
}

/** The standards an organisation follows ([] for an unknown one). */
export function organisationStandards(db: Db, orgId: number): string[] {
  return getOrganisation(db, orgId)?.standards ?? [];
}

/** The standards of every organisation the user works in, or null for all (platform roles). */
export function userStandards(db: Db, user: SessionUser): string[] | null {
  if (user.role === "platform_admin" || user.role === "programme_viewer") return null;
  return [...new Set(listUserOrganisations(db, user).flatMap((o) => o.standards))];
}

/** SQL: the checklist (a `checklists` row) belongs to a standard the organisation follows. */
export function checklistOfOrganisation(orgId: number): SQL {
  return sql`${checklists.standard} IN (SELECT value FROM json_each((SELECT ${organisations.standards} FROM ${organisations} WHERE ${organisations.id} = ${orgId})))`;
}

/**
 * SQL: the checklist may be filled in the organisation: one of its standards, and active
 * there (its administrator's switch, organisation_checklists, else the checklist's own flag).
 */
export function checklistUsableIn(orgId: number): SQL {
  return and(
    checklistOfOrganisation(orgId),
    sql`coalesce((SELECT oc.active FROM ${organisationChecklists} oc WHERE oc.org_id = ${orgId} AND oc.checklist_id = "checklists"."id"), "checklists"."active") = 1`,
  )!;
}

/** The organisation's own switches: checklist id → active. */
export function organisationChecklistSwitches(db: Db, orgId: number): Map<string, boolean> {
  return new Map(
    db
      .select({ id: organisationChecklists.checklistId, active: organisationChecklists.active })
      .from(organisationChecklists)
      .where(eq(organisationChecklists.orgId, orgId))
      .all()
      .map((r) => [r.id, r.active]),
  );
}

/** Whether the checklist may be used in the organisation. */
export function organisationUsesChecklist(db: Db, orgId: number, checklistId: string): boolean {
  return !!db
    .select({ id: checklists.id })
    .from(checklists)
    .where(and(eq(checklists.id, checklistId), checklistOfOrganisation(orgId)))
    .get();
}

/** SQL: the user (a `users` row) works in the organisation: their own, or granted to them. */
export function userWorksIn(orgId: number): SQL {
  return or(
    eq(users.orgId, orgId),
    exists(
      sql`(SELECT 1 FROM ${userOrganisations} WHERE ${userOrganisations.userId} = ${users.id} AND ${userOrganisations.orgId} = ${orgId})`,
    ),
  )!;
}
