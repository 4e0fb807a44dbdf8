import { and, asc, eq, inArray, like, or, sql } from "drizzle-orm";
import type { Db } from "~/db.server";
import type { SessionUser } from "~/lib/auth.server";
import { departmentScope } from "~/lib/auth.server";
import { departments, employees } from "../../db/schema";

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

/** Employees the user may see: supervisors only their departments' staff. */
export function listEmployees(
  db: Db,
  user: SessionUser,
  filter: { departmentId?: number; q?: string; activeOnly?: boolean } = {},
) {
  const scope = departmentScope(user);
  if (scope && scope.length === 0) return [];
  const q = filter.q?.trim();
  return db
    .select(columns)
    .from(employees)
    .innerJoin(departments, eq(departments.id, employees.departmentId))
    .where(
      and(
        scope ? inArray(employees.departmentId, scope) : undefined,
        filter.departmentId ? eq(employees.departmentId, filter.departmentId) : undefined,
        filter.activeOnly ? eq(employees.active, true) : undefined,
        q
          ? or(
              like(employees.firstName, `%${q}%`),
              like(employees.lastName, `%${q}%`),
              like(sql`${employees.firstName} || ' ' || ${employees.lastName}`, `%${q}%`),
            )
          : undefined,
      ),
    )
    .orderBy(asc(employees.lastName), asc(employees.firstName))
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

export function createEmployee(db: Db, input: EmployeeInput) {
  return db.insert(employees).values(input).returning().get();
}

export function updateEmployee(db: Db, id: number, input: EmployeeInput) {
  return db
    .update(employees)
    .set({ ...input, updatedAt: Date.now() })
    .where(eq(employees.id, id))
    .returning()
    .get();
}

export function employeeFullName(e: { firstName: string; lastName: string }) {
  return `${e.firstName} ${e.lastName}`;
}
