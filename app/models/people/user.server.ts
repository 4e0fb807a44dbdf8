import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import type { ListSort } from "~/domain/lists/paging";
import type { Db } from "~/db.server";
import type { MessageKey } from "~/i18n";
import { hashPassword } from "~/lib/password.server";
import { destroyUserSessions } from "~/lib/session.server";
import { departments, userDepartments, users, type Role } from "../../../db/schema";

export type UserInput = {
  email: string;
  name: string;
  role: Role;
  active: boolean;
  departmentIds: number[];
};

export function normalizeEmail(email: string) {
  return email.trim().toLowerCase();
}

export function findUserByEmail(db: Db, email: string) {
  return db
    .select()
    .from(users)
    .where(eq(users.email, normalizeEmail(email)))
    .get();
}

/** The columns the users page sorts by (?sort=…&dir=…); by name by default. */
export const USER_SORTS = ["name", "email", "status"] as const;
export type UserSort = ListSort<(typeof USER_SORTS)[number]>;
export const DEFAULT_USER_SORT: UserSort = { sort: "name", dir: "asc" };
export type UserFilter = { role?: Role };

const userCondition = (orgId: number, filter: UserFilter) =>
  and(eq(users.orgId, orgId), filter.role ? eq(users.role, filter.role) : undefined);

/** How many of the organisation's users the page lists without paging. */
export function countUsers(db: Db, orgId: number, filter: UserFilter = {}): number {
  return (
    db
      .select({ n: sql<number>`count(*)` })
      .from(users)
      .where(userCondition(orgId, filter))
      .get()?.n ?? 0
  );
}

/** The organisation's own users (a shopper granted from an agency stays the agency's), sorted and paged by SQL. */
export function listUsers(db: Db, orgId: number, options: UserFilter & { sort?: UserSort; limit?: number; offset?: number } = {}) {
  const { sort, dir } = options.sort ?? DEFAULT_USER_SORT;
  const by = dir === "asc" ? asc : desc;
  // Lithuanian alphabetical order (lt_order, app/db.server.ts: SQLite would put "Š" after "Z").
  const first = { name: [], email: [by(users.email)], status: [by(users.active)] }[sort];
  const rows = db
    .select({ id: users.id, email: users.email, name: users.name, role: users.role, active: users.active })
    .from(users)
    .where(userCondition(orgId, options))
    .orderBy(...first, by(sql`lt_order(${users.name})`), asc(users.id))
    .limit(options.limit ?? -1)
    .offset(options.offset ?? 0)
    .all();
  const ids = rows.map((u) => u.id);
  const links = ids.length
    ? db
        .select({ userId: userDepartments.userId, code: departments.code, id: departments.id, name: departments.name })
        .from(userDepartments)
        .innerJoin(departments, eq(departments.id, userDepartments.departmentId))
        .where(and(eq(departments.orgId, orgId), inArray(userDepartments.userId, ids)))
        .all()
    : [];
  return rows.map((u) => ({
    ...u,
    departments: links.filter((l) => l.userId === u.id).map((l) => ({ id: l.id, code: l.code, name: l.name })),
  }));
}

/** One of the organisation's users, or undefined. */
export function getUser(db: Db, orgId: number, id: number) {
  const user = db
    .select({ id: users.id, email: users.email, name: users.name, role: users.role, active: users.active })
    .from(users)
    .where(and(eq(users.id, id), eq(users.orgId, orgId)))
    .get();
  if (!user) return undefined;
  const departmentIds = db
    .select({ id: userDepartments.departmentId })
    .from(userDepartments)
    .where(eq(userDepartments.userId, id))
    .all()
    .map((r) => r.id);
  return { ...user, departmentIds };
}

function setDepartments(db: Db, userId: number, role: Role, departmentIds: number[]) {
  db.delete(userDepartments).where(eq(userDepartments.userId, userId)).run();
  // Only supervisors are scoped by departments; other roles keep none.
  if (role !== "supervisor") return;
  for (const departmentId of new Set(departmentIds)) {
    db.insert(userDepartments).values({ userId, departmentId }).run();
  }
}

/** Creates a user of the organisation (null: a platform-level account) and their department links in one transaction. */
export async function createUser(db: Db, orgId: number | null, input: UserInput & { password: string }) {
  const passwordHash = await hashPassword(input.password);
  return db.transaction((tx) => {
    const user = tx
      .insert(users)
      .values({
        email: normalizeEmail(input.email),
        name: input.name.trim(),
        role: input.role,
        active: input.active,
        orgId,
        passwordHash,
      })
      .returning()
      .get();
    setDepartments(tx, user.id, input.role, input.departmentIds);
    return user;
  });
}

/** Updates one of the organisation's users; deactivating ends all of their sessions at once. */
export function updateUser(db: Db, orgId: number, id: number, input: UserInput) {
  return db.transaction((tx) => {
    const user = tx
      .update(users)
      .set({
        email: normalizeEmail(input.email),
        name: input.name.trim(),
        role: input.role,
        active: input.active,
        updatedAt: Date.now(),
      })
      .where(and(eq(users.id, id), eq(users.orgId, orgId)))
      .returning()
      .get();
    if (!user) return undefined;
    setDepartments(tx, id, input.role, input.departmentIds);
    if (!input.active) destroyUserSessions(tx, id);
    return user;
  });
}

/** Sets a new password for one of the organisation's users and signs them out everywhere. */
export async function resetPassword(db: Db, orgId: number, id: number, password: string) {
  const passwordHash = await hashPassword(password);
  db.transaction((tx) => {
    tx.update(users)
      .set({ passwordHash, updatedAt: Date.now() })
      .where(and(eq(users.id, id), eq(users.orgId, orgId)))
      .run();
    destroyUserSessions(tx, id);
  });
}

export type UserField = "email" | "role" | "active" | "departmentIds";

/**
 * The rules a form cannot check by itself: a unique e-mail (case-insensitive), at least one
 * existing department of the organisation for a supervisor (active, unless already linked), and an admin may not
 * lock themself out by deactivating or demoting their own account.
 * Returns field errors as message keys, or null when the input may be saved.
 */
export function userRuleErrors(
  db: Db,
  orgId: number,
  input: UserInput,
  context: { id?: number; actorId?: number } = {},
): Partial<Record<UserField, MessageKey[]>> | null {
  const errors: Partial<Record<UserField, MessageKey[]>> = {};
  const same = findUserByEmail(db, input.email);
  if (same && same.id !== context.id) errors.email = ["admin.user.emailTaken"];
  if (input.role === "supervisor") {
    const wanted = [...new Set(input.departmentIds)];
    if (wanted.length === 0) errors.departmentIds = ["admin.user.departmentsRequired"];
    else {
      const linked = context.id ? (getUser(db, orgId, context.id)?.departmentIds ?? []) : [];
      const found = db
        .select()
        .from(departments)
        .where(and(inArray(departments.id, wanted), eq(departments.orgId, orgId)))
        .all();
      const usable = found.filter((d) => d.active || linked.includes(d.id));
      if (usable.length !== wanted.length) errors.departmentIds = ["admin.user.departmentUnknown"];
    }
  }
  if (context.id !== undefined && context.id === context.actorId) {
    if (input.role !== "admin") errors.role = ["admin.user.cannotDemoteSelf"];
    if (!input.active) errors.active = ["admin.user.cannotDeactivateSelf"];
  }
  return Object.keys(errors).length ? errors : null;
}

export function setUserLocale(db: Db, id: number, locale: "lt" | "en") {
  db.update(users).set({ locale }).where(eq(users.id, id)).run();
}
