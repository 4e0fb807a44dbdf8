import { and, asc, desc, eq, inArray, isNull, or, sql } from "drizzle-orm";
import type { Db } from "~/db.server";
import type { MessageKey } from "~/i18n";
import type { SessionUser } from "~/lib/auth.server";
import { departmentScope } from "~/lib/auth.server";
import { departments, employees, users } from "../../../db/schema";
import type { ListSort } from "~/domain/lists/paging";
import { searchKey } from "~/domain/text/lithuanian-order";

export type EmployeeInput = {
  firstName: string;
  lastName: string;
  position: string;
  departmentId: number;
  email: string | null;
  code: string | null;
  active: boolean;
  userId: number | null;
};

const columns = {
  id: employees.id,
  code: employees.code,
  firstName: employees.firstName,
  lastName: employees.lastName,
  position: employees.position,
  email: employees.email,
  active: employees.active,
  userId: employees.userId,
  departmentId: employees.departmentId,
  departmentName: departments.name,
  departmentCode: departments.code,
};

/** Employees the user may see (supervisors only their departments' staff), all of them, by surname. */
export function listEmployees(db: Db, user: SessionUser, filter: EmployeeFilter = {}) {
  return pageEmployees(db, user, { ...filter, limit: -1, offset: 0 });
}

/** The columns the employees page sorts by (?sort=…&dir=…); by surname by default. */
export const EMPLOYEE_SORTS = ["name", "position", "department", "status"] as const;
export type EmployeeSort = ListSort<(typeof EMPLOYEE_SORTS)[number]>;
export const DEFAULT_EMPLOYEE_SORT: EmployeeSort = { sort: "name", dir: "asc" };
export type EmployeeFilter = { departmentId?: number; q?: string };

/**
 * The employees page's condition, all in SQL: the user's departments, a department, and a name
 * search that ignores case and diacritics (lt_fold, registered in app/db.server.ts).
 */
function pageCondition(user: SessionUser, filter: EmployeeFilter) {
  const scope = departmentScope(user);
  const q = filter.q ? searchKey(filter.q).replace(/[\\%_]/g, (c) => `\\${c}`) : "";
  const pattern = `%${q}%`;
  return and(
    scope ? inArray(employees.departmentId, scope) : undefined,
    filter.departmentId ? eq(employees.departmentId, filter.departmentId) : undefined,
    q
      ? sql`(lt_fold(${employees.firstName} || ' ' || ${employees.lastName}) like ${pattern} escape '\\'
          or lt_fold(${employees.lastName} || ' ' || ${employees.firstName}) like ${pattern} escape '\\')`
      : undefined,
  );
}

/** How many employees the page lists without paging. */
export function countEmployees(db: Db, user: SessionUser, filter: EmployeeFilter = {}): number {
  return (
    db
      .select({ n: sql<number>`count(*)` })
      .from(employees)
      .where(pageCondition(user, filter))
      .get()?.n ?? 0
  );
}

/** One page of the employees the user may see, sorted and paged by SQL. */
export function pageEmployees(db: Db, user: SessionUser, filter: EmployeeFilter & { sort?: EmployeeSort; limit: number; offset: number }) {
  const { sort, dir } = filter.sort ?? DEFAULT_EMPLOYEE_SORT;
  const by = dir === "asc" ? asc : desc;
  const name = [by(sql`lt_order(${employees.lastName})`), by(sql`lt_order(${employees.firstName})`)];
  const first = {
    name: [],
    position: [by(sql`lt_order(${employees.position})`)],
    department: [by(sql`lt_order(${departments.name})`)],
    status: [by(employees.active)],
  }[sort];
  return db
    .select({ ...columns, userEmail: users.email, userName: users.name })
    .from(employees)
    .innerJoin(departments, eq(departments.id, employees.departmentId))
    .leftJoin(users, eq(users.id, employees.userId))
    .where(pageCondition(user, filter))
    .orderBy(...first, ...name, asc(employees.id))
    .limit(filter.limit)
    .offset(filter.offset)
    .all();
}

/** One employee, or undefined when missing or outside the user's departments. */
export function getEmployee(db: Db, user: SessionUser, id: number) {
  const row = db
    .select(columns)
    .from(employees)
    .innerJoin(departments, eq(departments.id, employees.departmentId))
    .where(eq(employees.id, id))
    .get();
  if (!row) return undefined;
  const scope = departmentScope(user);
  if (scope && !scope.includes(row.departmentId)) return undefined;
  return row;
}

/** E-mail addresses are stored in lower case; codes as typed but compared without case. */
function normalise(input: EmployeeInput): EmployeeInput {
  return {
    ...input,
    firstName: input.firstName.trim(),
    lastName: input.lastName.trim(),
    position: input.position.trim(),
    email: input.email?.trim().toLowerCase() || null,
    code: input.code?.trim() || null,
  };
}

export function createEmployee(db: Db, orgId: number, input: EmployeeInput) {
  return db
    .insert(employees)
    .values({ ...normalise(input), orgId })
    .returning()
    .get();
}

/** Undefined when the employee is not the organisation's. */
export function updateEmployee(db: Db, orgId: number, id: number, input: EmployeeInput) {
  return db
    .update(employees)
    .set({ ...normalise(input), updatedAt: Date.now() })
    .where(and(eq(employees.id, id), eq(employees.orgId, orgId)))
    .returning()
    .get();
}

/** E-mail addresses and codes are unique within an organisation. */
export function findEmployeeByEmail(db: Db, orgId: number, email: string) {
  return db
    .select()
    .from(employees)
    .where(and(eq(employees.orgId, orgId), eq(employees.email, email.trim().toLowerCase())))
    .get();
}

export function findEmployeeByCode(db: Db, orgId: number, code: string) {
  return db
    .select()
    .from(employees)
    .where(and(eq(employees.orgId, orgId), sql`lower(${employees.code}) = lower(${code.trim()})`))
    .get();
}

/** The organisation's users that may be linked to an employee: role employee, not linked elsewhere (or linked to this one). */
export function listLinkableUsers(db: Db, orgId: number, employeeId?: number) {
  return db
    .select({ id: users.id, name: users.name, email: users.email })
    .from(users)
    .leftJoin(employees, eq(employees.userId, users.id))
    .where(
      and(
        eq(users.role, "employee"),
        eq(users.orgId, orgId),
        employeeId ? or(isNull(employees.id), eq(employees.id, employeeId)) : isNull(employees.id),
      ),
    )
    .orderBy(asc(users.name))
    .all();
}

export type EmployeeField = "email" | "code" | "departmentId" | "userId";

/**
 * The rules a form cannot check by itself: e-mail and code unique in the organisation, a department of it that exists
 * (and is active, unless the employee already belongs to it), a linkable account.
 * Returns field errors as message keys, or null when the input may be saved.
 */
export function employeeRuleErrors(
  db: Db,
  orgId: number,
  input: EmployeeInput,
  existing?: { id: number; departmentId: number },
): Partial<Record<EmployeeField, MessageKey[]>> | null {
  const errors: Partial<Record<EmployeeField, MessageKey[]>> = {};
  const id = existing?.id;
  if (input.email) {
    const same = findEmployeeByEmail(db, orgId, input.email);
    if (same && same.id !== id) errors.email = ["admin.employee.emailTaken"];
  }
  if (input.code) {
    const same = findEmployeeByCode(db, orgId, input.code);
    if (same && same.id !== id) errors.code = ["admin.employee.codeTaken"];
  }
  const department = db
    .select()
    .from(departments)
    .where(and(eq(departments.id, input.departmentId), eq(departments.orgId, orgId)))
    .get();
  if (!department) errors.departmentId = ["admin.employee.departmentUnknown"];
  else if (!department.active && department.id !== existing?.departmentId) errors.departmentId = ["admin.employee.departmentInactive"];
  if (input.userId !== null && !listLinkableUsers(db, orgId, id).some((u) => u.id === input.userId)) {
    errors.userId = ["admin.employee.accountUnavailable"];
  }
  return Object.keys(errors).length ? errors : null;
}
