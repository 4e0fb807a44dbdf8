import { and, asc, count, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "~/db.server";
import type { SessionUser } from "~/lib/auth.server";
import { departmentScope } from "~/lib/auth.server";
import { departments, employees } from "../../../db/schema";

export type DepartmentInput = { code: string; name: string; active: boolean };

/** Departments the user may see, with counts of active employees. */
export function listDepartments(db: Db, user: SessionUser, { activeOnly = false } = {}) {
  const scope = departmentScope(user);
  if (scope && scope.length === 0) return [];
  // A joined, grouped count rather than a correlated subquery in a sql`` template: in a
  // one-table select drizzle writes columns without their table, so `department_id = id`
  // inside the subquery compared the employee's own columns and every row showed 1.
  const counts = db
    .select({ departmentId: employees.departmentId, n: count().as("n") })
    .from(employees)
    .where(eq(employees.active, true))
    .groupBy(employees.departmentId)
    .as("employee_counts");
  return db
    .select({
      id: departments.id,
      code: departments.code,
      name: departments.name,
      active: departments.active,
      employeeCount: sql<number>`coalesce(${counts.n}, 0)`,
    })
    .from(departments)
    .leftJoin(counts, eq(counts.departmentId, departments.id))
    .where(and(scope ? inArray(departments.id, scope) : undefined, activeOnly ? eq(departments.active, true) : undefined))
    .orderBy(asc(departments.name))
    .all();
}

export function getDepartment(db: Db, user: SessionUser, id: number) {
  const scope = departmentScope(user);
  if (scope && !scope.includes(id)) return undefined;
  return db.select().from(departments).where(eq(departments.id, id)).get();
}

/** A department of the organisation by its code (codes are unique within an organisation, compared without case). */
export function findDepartmentByCode(db: Db, orgId: number, code: string) {
  return db
    .select()
    .from(departments)
    .where(and(eq(departments.orgId, orgId), sql`lower(${departments.code}) = lower(${code.trim()})`))
    .get();
}

export function createDepartment(db: Db, orgId: number, input: DepartmentInput) {
  return db
    .insert(departments)
    .values({ ...input, orgId })
    .returning()
    .get();
}

/** Undefined when the department is not the organisation's. */
export function updateDepartment(db: Db, orgId: number, id: number, input: DepartmentInput) {
  return db
    .update(departments)
    .set({ ...input, updatedAt: Date.now() })
    .where(and(eq(departments.id, id), eq(departments.orgId, orgId)))
    .returning()
    .get();
}
