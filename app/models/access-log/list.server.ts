// Reading the access log: the administrator's page (one organisation's entries, filtered,
// 50 a page) and an employee's own list of who viewed their results.
import { and, desc, eq, gte, inArray, lt, sql, type SQL } from "drizzle-orm";
import type { Db } from "~/db.server";
import { parseObject } from "~/domain/access-log/actions";
import type { AccessLogQuery } from "~/domain/access-log/filters";
import { accessLog, departments, employees, users } from "../../../db/schema";

export const ACCESS_LOG_PAGE_SIZE = 50;

function conditions(orgId: number, q: Omit<AccessLogQuery, "ignored" | "from" | "to">): SQL | undefined {
  return and(
    eq(accessLog.orgId, orgId),
    q.range.from !== undefined ? gte(accessLog.at, q.range.from) : undefined,
    q.range.to !== undefined ? lt(accessLog.at, q.range.to) : undefined,
    q.action ? eq(accessLog.action, q.action) : undefined,
    q.userId !== null ? eq(accessLog.userId, q.userId) : undefined,
    q.employeeId !== null ? eq(accessLog.employeeId, q.employeeId) : undefined,
  );
}

export function countAccessLog(db: Db, orgId: number, q: AccessLogQuery): number {
  return (
    db
      .select({ n: sql<number>`count(*)` })
      .from(accessLog)
      .where(conditions(orgId, q))
      .get()?.n ?? 0
  );
}

/** One page of an organisation's access log, newest first, with names resolved. */
export function accessLogPage(db: Db, orgId: number, q: AccessLogQuery, page: number) {
  const where = conditions(orgId, q);
  const rows = db
    .select({
      id: accessLog.id,
      at: accessLog.at,
      action: accessLog.action,
      object: accessLog.object,
      detail: accessLog.detail,
      userId: accessLog.userId,
      userName: users.name,
      userEmail: users.email,
      userRole: users.role,
      employeeId: accessLog.employeeId,
      employeeFirstName: employees.firstName,
      employeeLastName: employees.lastName,
    })
    .from(accessLog)
    .leftJoin(users, eq(users.id, accessLog.userId))
    // Only this organisation's employees are named (the entry's organisation is the filter above).
    .leftJoin(employees, and(eq(employees.id, accessLog.employeeId), eq(employees.orgId, orgId)))
    .where(where)
    .orderBy(desc(accessLog.at), desc(accessLog.id))
    .limit(ACCESS_LOG_PAGE_SIZE)
    .offset((page - 1) * ACCESS_LOG_PAGE_SIZE)
    .all();
  const departmentIds = rows.map((r) => parseObject(r.object)).flatMap((o) => (o.kind === "department" && o.id ? [o.id] : []));
  const names = new Map(
    departmentIds.length
      ? db
          .select({ id: departments.id, name: departments.name })
          .from(departments)
          .where(and(eq(departments.orgId, orgId), inArray(departments.id, [...new Set(departmentIds)])))
          .all()
          .map((d) => [d.id, d.name])
      : [],
  );
  return rows.map(({ employeeFirstName, employeeLastName, ...r }) => {
    const object = parseObject(r.object);
    return {
      ...r,
      employeeName: employeeFirstName !== null ? `${employeeFirstName} ${employeeLastName}` : null,
      auditId: object.kind === "audit" ? object.id : null,
      departmentName: object.kind === "department" && object.id ? (names.get(object.id) ?? null) : null,
    };
  });
}

/** The people the filter's user select offers: everyone who appears in this organisation's log. */
export function accessLogUsers(db: Db, orgId: number) {
  return db
    .selectDistinct({ id: users.id, name: users.name, email: users.email })
    .from(accessLog)
    .innerJoin(users, eq(users.id, accessLog.userId))
    .where(eq(accessLog.orgId, orgId))
    .orderBy(users.name)
    .all();
}

/** The employee a filter names, if they belong to the organisation. */
export function accessLogEmployee(db: Db, orgId: number, employeeId: number) {
  return db
    .select({ id: employees.id, firstName: employees.firstName, lastName: employees.lastName })
    .from(employees)
    .where(and(eq(employees.id, employeeId), eq(employees.orgId, orgId)))
    .get();
}

export const OWN_VIEWS_LIMIT = 20;

/**
 * Who viewed or exported one employee's personal data, newest first, for the employee
 * themself: their own views left out. A mystery shopper is shown by role only, never by
 * name: employees do not learn who audited them (docs/decisions.md).
 */
export function viewsOfEmployee(db: Db, employeeId: number, selfUserId: number) {
  const where = and(eq(accessLog.employeeId, employeeId), sql`coalesce(${accessLog.userId}, 0) <> ${selfUserId}`);
  const total =
    db
      .select({ n: sql<number>`count(*)` })
      .from(accessLog)
      .where(where)
      .get()?.n ?? 0;
  const rows = db
    .select({ id: accessLog.id, at: accessLog.at, action: accessLog.action, name: users.name, role: users.role })
    .from(accessLog)
    .leftJoin(users, eq(users.id, accessLog.userId))
    .where(where)
    .orderBy(desc(accessLog.at), desc(accessLog.id))
    .limit(OWN_VIEWS_LIMIT)
    .all();
  const entries = rows.map((r) => ({ ...r, name: r.role === "mystery_shopper" ? null : r.name }));
  return { total, entries };
}
