// One department's dashboard: trend, employees, rules × months heat map and recent audits.
// Callers check access first (getDepartment with the user's scope); every query here is
// restricted to that department.
import { and, desc, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "~/db.server";
import { standing, type Standing } from "~/domain/stats";
import { aggScores, audits, employees } from "../../../db/schema";
import { checklistCatalogue, itemSource, measures, ruleRate, scoreSums, scoreWhere, type Measures, type RuleRate } from "./common.server";
import { addMonths, monthStartMs } from "~/domain/time";
import { monthsBetween, type DashboardFilters } from "./filters.server";
import { scoreSummary } from "./overview.server";
import { rankBrokenRules } from "~/domain/dashboards/rule-ranking";

export type EmployeeRow = { employeeId: number; name: string | null; standing: Standing } & Measures;
export type HeatRow = {
  itemKey: string;
  text: { lt: string; en: string } | null;
  source: string[];
  total: RuleRate;
  cells: (RuleRate & { month: string })[];
};

/** Published audits in the period, newest first (the audits_department_state index). */
export function recentAudits(db: Db, where: { departmentId?: number; employeeId?: number }, f: DashboardFilters, limit: number) {
  const { checklists } = checklistCatalogue(db);
  const titles = new Map(checklists.map((c) => [c.id, c.title]));
  return db
    .select({
      id: audits.id,
      interactionAt: audits.interactionAt,
      checklistId: audits.checklistId,
      channel: audits.channel,
      auditType: audits.auditType,
      score: audits.score,
      passed: audits.passed,
      criticalFailure: audits.criticalFailure,
      employeeId: audits.employeeId,
      firstName: employees.firstName,
      lastName: employees.lastName,
    })
    .from(audits)
    .leftJoin(employees, eq(employees.id, audits.employeeId))
    .where(
      and(
        where.departmentId ? eq(audits.departmentId, where.departmentId) : undefined,
        where.employeeId ? eq(audits.employeeId, where.employeeId) : undefined,
        eq(audits.state, "published"),
        eq(audits.calibration, false),
        sql`${audits.interactionAt} >= ${monthStartMs(f.from)} AND ${audits.interactionAt} < ${monthStartMs(addMonths(f.to, 1))}`,
        f.channel ? eq(audits.channel, f.channel) : undefined,
        f.checklist ? eq(audits.checklistId, f.checklist) : undefined,
        f.auditType ? eq(audits.auditType, f.auditType) : undefined,
      ),
    )
    .orderBy(desc(audits.interactionAt), desc(audits.id))
    .limit(limit)
    .all()
    .map(({ firstName, lastName, ...a }) => ({
      ...a,
      employeeName: firstName ? `${firstName} ${lastName}` : null,
      checklistTitle: titles.get(a.checklistId) ?? null,
    }));
}

function employeeRows(db: Db, f: DashboardFilters, departmentId: number, minN: number, reference: number | null): EmployeeRow[] {
  const rows = db
    .select({ employeeId: aggScores.employeeId, ...scoreSums })
    .from(aggScores)
    .where(scoreWhere(f, [departmentId]))
    .groupBy(aggScores.employeeId)
    .all();
  const ids = rows.map((r) => r.employeeId).filter((id) => id > 0);
  const names = new Map(
    ids.length
      ? db
          .select({ id: employees.id, firstName: employees.firstName, lastName: employees.lastName })
          .from(employees)
          .where(inArray(employees.id, ids))
          .all()
          .map((e) => [e.id, `${e.firstName} ${e.lastName}`])
      : [],
  );
  return rows.map(({ employeeId, ...sums }) => {
    const m = measures(sums);
    const ci = m.low === null || m.high === null ? null : { low: m.low, high: m.high };
    // Department-only audits (employee 0) are listed but never ranked or coloured.
    const st = employeeId > 0 ? standing(m.n, ci, reference, minN) : "not_ranked";
    return { employeeId, name: names.get(employeeId) ?? null, standing: st, ...m };
  });
}

/** Rules × months failure rates for the rules with the highest failure rate in the period (rankBrokenRules). */
export function heatMap(db: Db, f: DashboardFilters, departmentId: number, limit = 12): HeatRow[] {
  // values(): a year of a department's rules is ~4 000 rows; plain arrays skip drizzle's mapping.
  const { table: t, where } = itemSource(f, [departmentId]);
  const rows = db
    .select({ itemKey: t.itemKey, month: t.month, failures: sql`sum(${t.no})`, applicable: sql`sum(${t.applicable})` })
    .from(t)
    .where(where)
    .groupBy(t.itemKey, t.month)
    .values() as [string, string, number, number][];
  const byKey = new Map<string, { month: string; failures: number; applicable: number }[]>();
  for (const [itemKey, month, failures, applicable] of rows) {
    let cells = byKey.get(itemKey);
    if (!cells) byKey.set(itemKey, (cells = []));
    cells.push({ month, failures, applicable });
  }
  const { items } = checklistCatalogue(db);
  const months = monthsBetween(f.from, f.to);
  // Rank on the totals first: only the rules shown get their month-by-month cells.
  const totals = [...byKey.entries()].map(([itemKey, cells]) => ({
    itemKey,
    cells,
    failures: cells.reduce((a, c) => a + c.failures, 0),
    applicable: cells.reduce((a, c) => a + c.applicable, 0),
  }));
  return rankBrokenRules(totals, limit)
    .map(({ itemKey, cells, failures, applicable }) => ({ itemKey, cells, total: ruleRate(failures, applicable) }))
    .map(({ itemKey, cells, total }) => {
      const byMonth = new Map(cells.map((c) => [c.month, c]));
      const info = items.get(itemKey);
      return {
        itemKey,
        text: info?.text ?? null,
        source: info?.source ?? [],
        total,
        cells: months.map((month) => ({ month, ...ruleRate(byMonth.get(month)?.failures ?? 0, byMonth.get(month)?.applicable ?? 0) })),
      };
    });
}

export function departmentData(db: Db, f: DashboardFilters, departmentId: number) {
  const scoped = { ...f, department: null };
  const { summary } = scoreSummary(db, scoped, [departmentId]);
  return {
    ...summary,
    employees: employeeRows(db, scoped, departmentId, summary.minN, summary.total.mean),
    heat: heatMap(db, scoped, departmentId),
    audits: recentAudits(db, { departmentId }, scoped, 20),
  };
}
