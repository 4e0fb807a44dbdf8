// The leadership overview and the channel view: scores from a rollup of agg_scores (one
// scan, summed in memory by month, channel or department), rules from agg_org_items or,
// within departments, agg_items.
import { sql } from "drizzle-orm";
import type { Db } from "~/db.server";
import type { Channel } from "~/domain/checklists/schema";
import { sampleSd, standing, type Standing } from "~/domain/stats";
import { funnelStanding, type FunnelStanding } from "~/domain/stats/funnel";
import {
  checklistCatalogue,
  departmentOptions,
  itemSource,
  measures,
  minAuditsForRanking,
  scoreTargetFor,
  passMarkFor,
  NO_SUMS,
  ruleRate,
  scoreSource,
  scoreSumsOf,
  scoreWhere,
  sumBy,
  type Measures,
  type RuleRate,
  type Scope,
  type Sums,
} from "./common.server";
import { monthsBetween, type DashboardFilters } from "./filters.server";
import { rankBrokenRules } from "~/domain/dashboards/rule-ranking";
import { comparisonPeriod, keyFigures, type Comparison } from "~/domain/dashboards/key-figures";

/** SQL's sum() over no rows is null. */
const withoutNulls = (s: Sums): Sums => Object.fromEntries(Object.entries(s).map(([k, v]) => [k, Number(v ?? 0)])) as Sums;

export type TrendPoint = { month: string; channel: string } & Measures;
export type CubeRow = { month: string; channel: string; departmentId: number } & Sums;

/**
 * Score sums per month × channel × department, from the rollup without employees: one
 * scan serves the trend lines, the totals and the department and channel comparisons.
 */
export function scoreCube(db: Db, f: DashboardFilters, scope: Scope): CubeRow[] {
  const t = scoreSource(f);
  const s = scoreSumsOf(t);
  // values(): plain arrays; mapping ~2 000 rows column by column was a fifth of the loader's time.
  return db
    .select({ month: t.month, channel: t.channel, departmentId: t.departmentId, ...s })
    .from(t)
    .where(scoreWhere(f, scope, [], t))
    .groupBy(t.month, t.departmentId, t.channel)
    .values()
    .map((r) => {
      const [month, channel, departmentId, audits, scored, sum, sumSq, critical, passes] = r as [string, string, ...number[]];
      return { month, channel, departmentId, audits, scored, sum, sumSq, critical, passes };
    });
}

/** Measures per month × channel (the trend lines and the audit counts). */
export function trendByChannel(cube: CubeRow[]): TrendPoint[] {
  return [...sumBy(cube, (r) => `${r.month} ${r.channel}`)]
    .map(([key, sums]) => {
      const [month, channel] = key.split(" ");
      return { month, channel, ...measures(sums) };
    })
    .sort((a, b) => a.month.localeCompare(b.month) || a.channel.localeCompare(b.channel));
}

/** Measures over the whole period, for a reference line ("the organisation's average"). */
export function totalMeasures(cube: CubeRow[]): Measures {
  return measures(sumBy(cube, () => 0).get(0) ?? NO_SUMS);
}

/**
 * What every score view shows first: the period's months, the ranking minimum, and the
 * total and trend from one score cube (returned too, for the view's own breakdowns).
 */
export function scoreSummary(db: Db, f: DashboardFilters, scope: Scope) {
  const cube = scoreCube(db, f, scope);
  return {
    cube,
    summary: {
      months: monthsBetween(f.from, f.to),
      minN: minAuditsForRanking(db, f.department ?? scope?.[0]),
      target: scoreTargetFor(db, f.department ?? scope?.[0]),
      passMark: passMarkFor(db, f.department ?? scope?.[0], f.checklist),
      total: totalMeasures(cube),
      trend: trendByChannel(cube),
    },
  };
}

export type DepartmentRow = { id: number; name: string; code: string; standing: Standing; funnel: FunnelStanding } & Measures;

/** Every department in scope (also those without audits), compared with the overall mean. */
export function departmentsCompared(
  cube: CubeRow[],
  departments: { id: number; name: string; code: string }[],
  f: DashboardFilters,
  minN: number,
  reference: number | null,
  /** The SD of single audit scores across the organisation: the funnel plot's σ. */
  sd: number | null = null,
): DepartmentRow[] {
  const sums = sumBy(cube, (r) => r.departmentId);
  return departments
    .filter((d) => !f.department || d.id === f.department)
    .map((d) => {
      const m = measures(sums.get(d.id) ?? NO_SUMS);
      const ci = m.low === null || m.high === null ? null : { low: m.low, high: m.high };
      return { ...d, ...m, standing: standing(m.n, ci, reference, minN), funnel: funnelStanding(m.mean, m.n, reference, sd, minN) };
    });
}

export type RuleRow = RuleRate & { itemKey: string; checklistId: string | null; text: { lt: string; en: string } | null; source: string[] };

/** The rules broken most often ("no" answers) by failure rate (rankBrokenRules); optionally per channel. */
export function topBrokenRules(db: Db, f: DashboardFilters, scope: Scope, limit = 10): RuleRow[] {
  const { table: t, where } = itemSource(f, scope);
  const failures = sql<number>`sum(${t.no})`.mapWith(Number);
  const applicable = sql<number>`sum(${t.applicable})`.mapWith(Number);
  const rows = db
    .select({ itemKey: t.itemKey, failures, applicable })
    .from(t)
    .where(where)
    .groupBy(t.itemKey)
    .having(sql`sum(${t.no}) > 0`)
    .all();
  const { items } = checklistCatalogue(db);
  return rankBrokenRules(rows, limit).map((r) => {
    const info = items.get(r.itemKey);
    return {
      itemKey: r.itemKey,
      checklistId: info?.checklistId ?? null,
      text: info?.text ?? null,
      source: info?.source ?? [],
      ...ruleRate(r.failures, r.applicable),
    };
  });
}

/** The sums over a whole period, in one row (the key figures of the period before). */
export function periodSums(db: Db, f: DashboardFilters, scope: Scope): Sums {
  const t = scoreSource(f);
  return (
    db
      .select(scoreSumsOf(t))
      .from(t)
      .where(scoreWhere(f, scope, [], t))
      .get() ?? NO_SUMS
  );
}

/** `departments`: those in scope (departmentOptions), which the page also lists as filter options. */
export function overviewData(
  db: Db,
  f: DashboardFilters,
  scope: Scope,
  departments = departmentOptions(db, scope),
  compare: Comparison = "previous",
) {
  const { cube, summary } = scoreSummary(db, f, scope);
  const previous = comparisonPeriod(f.from, f.to, compare);
  const current = sumBy(cube, () => 0).get(0) ?? NO_SUMS;
  const sd = sampleSd(current.scored, current.sum, current.sumSq);
  return {
    ...summary,
    sd,
    previous,
    compare,
    keyFigures: keyFigures(current, withoutNulls(periodSums(db, { ...f, ...previous }, scope))),
    departments: departmentsCompared(cube, departments, f, summary.minN, summary.total.mean, sd),
    rules: topBrokenRules(db, f, scope, 10),
  };
}

export type ChannelRow = { channel: Channel } & Measures & { rules: RuleRow[] };

/** The channel view: the same measures per channel, each with its own most broken rules. */
export function channelsData(db: Db, f: DashboardFilters, scope: Scope, channels: readonly Channel[]) {
  const shown = f.channel ? [f.channel] : channels;
  const { cube, summary } = scoreSummary(db, f, scope);
  const rows: ChannelRow[] = shown.map((channel) => ({
    channel,
    ...totalMeasures(cube.filter((r) => r.channel === channel)),
    rules: topBrokenRules(db, { ...f, channel }, scope, 5),
  }));
  return { ...summary, channels: rows };
}
