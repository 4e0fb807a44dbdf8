// Who is told: the active supervisors of a department, the active leadership of an
// organisation, the account linked to an employee.
import { and, eq } from "drizzle-orm";
import type { Db } from "~/db.server";
import { employees, userDepartments, users } from "../../../db/schema";

export function supervisorsOf(db: Db, departmentId: number): number[] {
  return db
    .select({ id: users.id })
    .from(users)
    .innerJoin(userDepartments, eq(userDepartments.userId, users.id))
    .where(and(eq(userDepartments.departmentId, departmentId), eq(users.role, "supervisor"), eq(users.active, true)))
    .all()
    .map((r) => r.id);
}

export function leadershipOf(db: Db, orgId: number): number[] {
  return db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.orgId, orgId), eq(users.role, "leadership"), eq(users.active, true)))
    .all()
    .map((r) => r.id);
}

export function accountOfEmployee(db: Db, employeeId: number): number[] {
  const row = db
    .select({ id: users.id })
    .from(employees)
    .innerJoin(users, eq(users.id, employees.userId))
    .where(and(eq(employees.id, employeeId), eq(users.active, true)))
    .get();
  return row ? [row.id] : [];
}
