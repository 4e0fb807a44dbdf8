// One employee's dashboard. Trend and totals come from agg_scores; the per-section
// averages and the broken rules with their comments read that employee's own published
// audits (the audits_employee_state index bounds them to one person's audits).
import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import { bound, prepared, type Db } from "~/db.server";
import type { SessionUser } from "~/lib/auth.server";
import { departmentScope } from "~/lib/auth.server";
import { summariseScores } from "~/domain/stats";
import { aggScores, auditAnswers, audits, auditSectionScores, departments, employees } from "../../../db/schema";
import {
  checklistCatalogue,
  measures,
  minAuditsForRanking,
  scoreTargetFor,
  passMarkFor,
  NO_SUMS,
  ruleRate,
  scoreSums,
  scoreWhere,
  sumBy,
} from "./common.server";
import { addMonths, monthStartMs } from "~/domain/time";
import { monthsBetween, type DashboardFilters } from "./filters.server";
import { recentAudits } from "./department.server";
import { rankBrokenRules } from "~/domain/dashboards/rule-ranking";

const selectDashboardEmployee = (db: Db) =>
  db
    .select({
      id: employees.id,
      firstName: employees.firstName,
      lastName: employees.lastName,
      position: employees.position,
      departmentId: employees.departmentId,
      departmentName: departments.name,
      orgId: employees.orgId,
    })
    .from(employees)
    .innerJoin(departments, eq(departments.id, employees.departmentId))
    .where(eq(employees.id, bound("employeeId")))
    .prepare();
/**
 * The employee if this user may see their dashboard: leadership and admin always, a
 * supervisor for their departments' staff, anyone (but a mystery shopper) for the employee
 * record linked to their own account. Otherwise undefined (the route answers 404).
 */
export function getDashboardEmployee(db: Db, user: SessionUser, employeeId: number) {
  const row = prepared(db, selectDashboardEmployee).get({ employeeId });
  if (!row) return undefined;
  if (user.role === "mystery_shopper") return undefined;
  if (user.employeeId === row.id) return row;
  const scope = departmentScope(user);
  // Admin and leadership: their organisation's departments; a supervisor: their own.
  if (scope === null || scope.includes(row.departmentId)) return row;
  return undefined;
}

function periodConditions(f: DashboardFilters, employeeId: number) {
  return and(
    eq(audits.employeeId, employeeId),
    eq(audits.state, "published"),
    eq(audits.calibration, false),
    sql`${audits.interactionAt} >= ${monthStartMs(f.from)} AND ${audits.interactionAt} < ${monthStartMs(addMonths(f.to, 1))}`,
    f.channel ? eq(audits.channel, f.channel) : undefined,
    f.checklist ? eq(audits.checklistId, f.checklist) : undefined,
    f.auditType ? eq(audits.auditType, f.auditType) : undefined,
  );
}

function sectionAverages(db: Db, f: DashboardFilters, employeeId: number) {
  const rows = db
    .select({
      checklistId: audits.checklistId,
      sectionKey: auditSectionScores.sectionKey,
      n: sql<number>`count(${auditSectionScores.score})`.mapWith(Number),
      sum: sql<number>`coalesce(sum(${auditSectionScores.score}), 0)`.mapWith(Number),
      sumSq: sql<number>`coalesce(sum(${auditSectionScores.score} * ${auditSectionScores.score}), 0)`.mapWith(Number),
    })
    .from(auditSectionScores)
    .innerJoin(audits, eq(audits.id, auditSectionScores.auditId))
    .where(periodConditions(f, employeeId))
    .groupBy(audits.checklistId, auditSectionScores.sectionKey)
    .all();
  const { checklists } = checklistCatalogue(db);
  const lists = new Map(checklists.map((c) => [c.id, c]));
  return rows
    .filter((r) => r.n > 0)
    .map((r) => {
      const s = summariseScores(r.n, r.sum, r.sumSq);
      const list = lists.get(r.checklistId);
      return {
        checklistId: r.checklistId,
        checklistTitle: list?.title ?? null,
        sectionKey: r.sectionKey,
        sectionTitle: list?.sections.get(r.sectionKey) ?? null,
        n: s.n,
        mean: s.mean,
        low: s.interval?.low ?? null,
        high: s.interval?.high ?? null,
      };
    })
    .sort((a, b) => a.checklistId.localeCompare(b.checklistId) || (a.mean ?? 0) - (b.mean ?? 0));
}

function brokenRules(db: Db, f: DashboardFilters, employeeId: number, limit = 10) {
  const failures = sql<number>`sum(${auditAnswers.value} IS 0)`.mapWith(Number);
  const counted = db
    .select({
      itemKey: auditAnswers.itemKey,
      failures,
      applicable: sql<number>`sum(${auditAnswers.value} IS NOT NULL)`.mapWith(Number),
    })
    .from(auditAnswers)
    .innerJoin(audits, eq(audits.id, auditAnswers.auditId))
    .where(periodConditions(f, employeeId))
    .groupBy(auditAnswers.itemKey)
    .having(sql`sum(${auditAnswers.value} IS 0) > 0`)
    .all();
  const rows = rankBrokenRules(counted, limit);
  const keys = rows.map((r) => r.itemKey);
  // The three most recent comments per rule are enough to see what went wrong; the window
  // function keeps the rest in SQLite (hundreds of rows for a busy employee's year).
  const recent = db
    .select({
      itemKey: auditAnswers.itemKey,
      comment: auditAnswers.comment,
      auditId: sql<number>`${audits.id}`.as("audit_id"),
      at: sql<number>`${audits.interactionAt}`.as("at"),
      n: sql<number>`row_number() OVER (PARTITION BY ${auditAnswers.itemKey} ORDER BY ${audits.interactionAt} DESC, ${audits.id} DESC)`.as(
        "n",
      ),
    })
    .from(auditAnswers)
    .innerJoin(audits, eq(audits.id, auditAnswers.auditId))
    .where(
      and(
        periodConditions(f, employeeId),
        inArray(auditAnswers.itemKey, keys),
        sql`${auditAnswers.value} IS 0`,
        sql`trim(coalesce(${auditAnswers.comment}, '')) <> ''`,
      ),
    )
    .as("recent");
  const comments = keys.length
    ? db
        .select({ itemKey: recent.itemKey, comment: recent.comment, auditId: recent.auditId, at: recent.at })
        .from(recent)
        .where(sql`${recent.n} <= 3`)
        .orderBy(desc(recent.at))
        .all()
    : [];
  const { items } = checklistCatalogue(db);
  return rows.map((r) => {
    const info = items.get(r.itemKey);
    return {
      itemKey: r.itemKey,
      text: info?.text ?? null,
      source: info?.source ?? [],
      ...ruleRate(r.failures, r.applicable),
      comments: comments.filter((c) => c.itemKey === r.itemKey).map((c) => ({ auditId: c.auditId, at: c.at, comment: c.comment! })),
    };
  });
}

const employeeDepartment = (db: Db, employeeId: number) =>
  db.select({ id: employees.departmentId }).from(employees).where(eq(employees.id, employeeId)).get()?.id;

export function employeeData(db: Db, f: DashboardFilters, employeeId: number) {
  const scoped = { ...f, department: null };
  const byMonth = db
    .select({ month: aggScores.month, ...scoreSums })
    .from(aggScores)
    .where(scoreWhere(scoped, null, [eq(aggScores.employeeId, employeeId)]))
    .groupBy(aggScores.month)
    .orderBy(asc(aggScores.month))
    .all();
  const trend = byMonth.map(({ month, ...s }) => ({ month, channel: "all", ...measures(s) }));
  return {
    months: monthsBetween(f.from, f.to),
    minN: minAuditsForRanking(db, employeeDepartment(db, employeeId)),
    target: scoreTargetFor(db, employeeDepartment(db, employeeId)),
    passMark: passMarkFor(db, employeeDepartment(db, employeeId), f.checklist),
    // The period's total is the sum of its months.
    total: measures(sumBy(byMonth, () => 0).get(0) ?? NO_SUMS),
    trend,
    sections: sectionAverages(db, scoped, employeeId),
    rules: brokenRules(db, scoped, employeeId),
    audits: recentAudits(db, { employeeId }, scoped, 100),
  };
}
