// Creating an organisation with its first administrator (the platform administrator's job),
// editing its details and settings (its own administrator's), and granting a user of one
// organisation work in another (a mystery-shopping agency's shopper).
import { and, eq, ne, sql } from "drizzle-orm";
import type { Db } from "~/db.server";
import type { MessageKey } from "~/i18n";
import { hashPassword } from "~/lib/password.server";
import { checklists, organisations, userOrganisations, users } from "../../../db/schema";
import { findUserByEmail, normalizeEmail } from "../people/user.server";

export type OrganisationDetails = {
  code: string;
  name: string;
  legalCode: string | null;
  address: string | null;
  contact: string | null;
  standards: string[];
};

/** What the organisation's own administrator may change. */
export type OrganisationSettings = Pick<OrganisationDetails, "name" | "legalCode" | "address" | "contact"> & {
  passMark: number | null;
  rankingMinimum: number;
  scoreTarget: number | null;
  twoFactorRequired: boolean;
  /** Working days after publication in which an employee may dispute an audit. */
  disputeWindowDays: number;
};

export type FirstAdmin = { email: string; name: string; password: string };

/** The standards the checklists on file belong to ("KMSA", "VMB"). */
export function knownStandards(db: Db): string[] {
  return db
    .selectDistinct({ standard: checklists.standard })
    .from(checklists)
    .orderBy(checklists.standard)
    .all()
    .map((r) => r.standard);
}

/** Field errors (message keys) a form cannot find by itself, or null. */
export function organisationRuleErrors(
  db: Db,
  details: Pick<OrganisationDetails, "code" | "standards">,
  id?: number,
  admin?: Pick<FirstAdmin, "email">,
) {
  const errors: Partial<Record<"code" | "standards" | "adminEmail", MessageKey[]>> = {};
  const known = knownStandards(db);
  if (details.standards.some((s) => !known.includes(s))) errors.standards = ["platform.org.standardUnknown"];
  const sameCode = db
    .select({ id: organisations.id })
    .from(organisations)
    .where(and(sql`lower(${organisations.code}) = lower(${details.code.trim()})`, id ? ne(organisations.id, id) : undefined))
    .get();
  if (sameCode) errors.code = ["platform.org.codeTaken"];
  if (admin && findUserByEmail(db, admin.email)) errors.adminEmail = ["admin.user.emailTaken"];
  return Object.keys(errors).length ? errors : null;
}

/** The organisation and its first administrator, in one transaction. */
export async function createOrganisation(db: Db, details: OrganisationDetails, admin: FirstAdmin) {
  const passwordHash = await hashPassword(admin.password);
  return db.transaction((tx) => {
    const org = tx
      .insert(organisations)
      .values({ ...details, code: details.code.trim().toUpperCase() })
      .returning()
      .get();
    const user = tx
      .insert(users)
      .values({ email: normalizeEmail(admin.email), name: admin.name.trim(), role: "admin", orgId: org.id, passwordHash })
      .returning()
      .get();
    return { org, admin: user };
  });
}

export function updateOrganisationDetails(db: Db, id: number, details: OrganisationDetails & { active: boolean }) {
  return db
    .update(organisations)
    .set({ ...details, code: details.code.trim().toUpperCase(), updatedAt: Date.now() })
    .where(eq(organisations.id, id))
    .returning()
    .get();
}

export function updateOrganisationSettings(db: Db, id: number, settings: OrganisationSettings) {
  return db
    .update(organisations)
    .set({ ...settings, updatedAt: Date.now() })
    .where(eq(organisations.id, id))
    .returning()
    .get();
}

/** Lets a user of another organisation work in this one (mystery shoppers and programme viewers only). */
export function grantOrganisation(db: Db, orgId: number, email: string): MessageKey | null {
  const user = findUserByEmail(db, email);
  if (!user) return "platform.grant.unknownUser";
  if (user.role !== "mystery_shopper" && user.role !== "programme_viewer") return "platform.grant.wrongRole";
  if (user.orgId === orgId) return "platform.grant.ownOrganisation";
  db.insert(userOrganisations).values({ userId: user.id, orgId }).onConflictDoNothing().run();
  return null;
}

export function revokeOrganisation(db: Db, orgId: number, userId: number) {
  db.delete(userOrganisations)
    .where(and(eq(userOrganisations.orgId, orgId), eq(userOrganisations.userId, userId)))
    .run();
}

/** Users of other organisations granted to work in this one. */
export function listGrantedUsers(db: Db, orgId: number) {
  return db
    .select({ id: users.id, email: users.email, name: users.name, role: users.role })
    .from(userOrganisations)
    .innerJoin(users, eq(users.id, userOrganisations.userId))
    .where(eq(userOrganisations.orgId, orgId))
    .orderBy(users.name)
    .all();
}
