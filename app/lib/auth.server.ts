// Guards for loaders and actions. They throw: a redirect to sign-in when nobody is signed
// in, a 403 when the role may not do this.
import { redirect } from "@remix-run/node";
import { and, eq } from "drizzle-orm";
import { bound, getDb, prepared, type Db } from "~/db.server";
import {
  departments,
  employees,
  organisations,
  userDepartments,
  userOrganisations,
  users,
  userTwoFactor,
  type Role,
} from "../../db/schema";
import { destroySession, getSessionUserId, sessionCookie } from "./session.server";
import { forbidden } from "./http-errors";
import { writeUnlessImport } from "./write-gate.server";

export type SessionUser = {
  id: number;
  email: string;
  name: string;
  role: Role;
  locale: "lt" | "en";
  /** The user's organisation (null: a platform administrator or a programme viewer). */
  orgId: number | null;
  /** Every organisation the user works in: their own and those granted (a shopper's agency clients, a programme's institutions). */
  orgIds: number[];
  /** Departments a supervisor is linked to (empty for other roles). */
  departmentIds: number[];
  /** Every department of the user's organisation (admin and leadership see them all). */
  orgDepartmentIds: number[];
  /** The employee record linked to this account, if any. */
  employeeId: number | null;
  /** Two-factor sign-in is in force for this account. */
  twoFactorEnabled?: boolean;
  /** The organisation requires two-factor sign-in of this user's role (admin, leadership). */
  twoFactorRequired?: boolean;
};

// Read on every request: statements prepared once per connection.
const selectUser = (db: Db) =>
  db
    .select()
    .from(users)
    .where(eq(users.id, bound("userId")))
    .prepare();
const selectUserDepartments = (db: Db) =>
  db
    .select({ id: userDepartments.departmentId })
    .from(userDepartments)
    .where(eq(userDepartments.userId, bound("userId")))
    .prepare();
// Only active organisations: a deactivated one's people cannot sign in, nobody works in it.
const selectGrantedOrgs = (db: Db) =>
  db
    .select({ id: userOrganisations.orgId })
    .from(userOrganisations)
    .innerJoin(organisations, eq(organisations.id, userOrganisations.orgId))
    .where(and(eq(userOrganisations.userId, bound("userId")), eq(organisations.active, true)))
    .prepare();
const selectOrgActive = (db: Db) =>
  db
    .select({ active: organisations.active, twoFactorRequired: organisations.twoFactorRequired })
    .from(organisations)
    .where(eq(organisations.id, bound("orgId")))
    .prepare();
const selectOrgDepartments = (db: Db) =>
  db
    .select({ id: departments.id })
    .from(departments)
    .where(eq(departments.orgId, bound("orgId")))
    .prepare();
const selectTwoFactor = (db: Db) =>
  db
    .select({ confirmedAt: userTwoFactor.confirmedAt })
    .from(userTwoFactor)
    .where(eq(userTwoFactor.userId, bound("userId")))
    .prepare();
const selectUserEmployee = (db: Db) =>
  db
    .select({ id: employees.id })
    .from(employees)
    .where(eq(employees.userId, bound("userId")))
    .prepare();

export function loadSessionUser(db: Db, userId: number): SessionUser | null {
  const user = prepared(db, selectUser).get({ userId });
  if (!user || !user.active) return null;
  const org = user.orgId === null ? null : prepared(db, selectOrgActive).get({ orgId: user.orgId });
  if (user.orgId !== null && !org?.active) return null;
  const departmentIds = prepared(db, selectUserDepartments)
    .all({ userId })
    .map((r) => r.id);
  const employee = prepared(db, selectUserEmployee).get({ userId });
  const granted = prepared(db, selectGrantedOrgs)
    .all({ userId })
    .map((r) => r.id);
  const orgIds = [...new Set([...(user.orgId ? [user.orgId] : []), ...granted])];
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    locale: user.locale,
    orgId: user.orgId,
    orgIds,
    departmentIds: user.role === "supervisor" ? departmentIds : [],
    orgDepartmentIds:
      user.orgId && (user.role === "admin" || user.role === "leadership")
        ? prepared(db, selectOrgDepartments)
            .all({ orgId: user.orgId })
            .map((r) => r.id)
        : [],
    employeeId: employee?.id ?? null,
    twoFactorEnabled: !!prepared(db, selectTwoFactor).get({ userId })?.confirmedAt,
    twoFactorRequired: !!org?.twoFactorRequired && TWO_FACTOR_ROLES.includes(user.role),
  };
}

/** The signed-in user, or null. A deactivated user's session is ended here. */
export function getOptionalUser(request: Request, db: Db = getDb()): SessionUser | null {
  const userId = getSessionUserId(db, request);
  if (userId === null) return null;
  const user = loadSessionUser(db, userId);
  // Deleting the session can wait for a later request while an import holds the write lock.
  if (!user) writeUnlessImport(() => destroySession(db, request));
  return user;
}

/** Roles an organisation can require two-factor sign-in of. */
export const TWO_FACTOR_ROLES: readonly Role[] = ["admin", "leadership"];
export const TWO_FACTOR_PAGE = "/account/two-factor";

/**
 * The signed-in user. One whose organisation requires two-factor sign-in and who has not
 * enrolled is sent to enrolment from every page (only that page uses requireUserToEnrol).
 */
export function requireUser(request: Request, db: Db = getDb()): SessionUser {
  const user = requireUserToEnrol(request, db);
  if (user.twoFactorRequired && !user.twoFactorEnabled) throw redirect(TWO_FACTOR_PAGE);
  return user;
}

/** The signed-in user, whether or not an enrolment the organisation requires is still missing. */
export function requireUserToEnrol(request: Request, db: Db = getDb()): SessionUser {
  const user = getOptionalUser(request, db);
  if (user) return user;
  const url = new URL(request.url);
  const back = url.pathname + url.search;
  const to = back === "/" ? "/login" : `/login?redirectTo=${encodeURIComponent(back)}`;
  throw redirect(to, { headers: { "Set-Cookie": sessionCookie(request, null) } });
}

export function requireRole(request: Request, roles: readonly Role[], db: Db = getDb()): SessionUser {
  const user = requireUser(request, db);
  if (!roles.includes(user.role)) throw forbidden();
  return user;
}

export { badRequest, forbidden, notFound } from "./http-errors";

/** Roles that see every department of their organisation. */
export function seesAllDepartments(user: SessionUser): boolean {
  return user.role === "admin" || user.role === "leadership";
}

/** Department ids the user may see, or null for all (only the platform administrator). */
export function departmentScope(user: SessionUser): number[] | null {
  if (user.role === "platform_admin") return null;
  if (seesAllDepartments(user)) return user.orgDepartmentIds;
  if (user.role === "supervisor") return user.departmentIds;
  return [];
}

/** Organisation ids whose people, checklists and settings the user works with, or null for all. */
export function orgScope(user: SessionUser): number[] | null {
  return user.role === "platform_admin" ? null : user.orgIds;
}

/** The organisation an administrator, leadership member or supervisor acts in (403 when none). */
export function requireOrgId(user: SessionUser): number {
  if (user.orgId === null) throw forbidden();
  return user.orgId;
}
