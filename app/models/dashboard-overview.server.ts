// The leadership overview and the channel view: everything is read from agg_scores and
// agg_items, grouped by month, channel, department or rule.
import { asc, desc, sql } from "drizzle-orm";
import type { Db } from "~/db.server";
import type { Channel } from "~/domain/checklists/schema";
import { standing, type Standing } from "~/domain/stats";
import { aggItems, aggScores } from "../../db/schema";
import {
  checklistCatalogue,
  departmentOptions,
  itemWhere,
  measures,
  minAuditsForRanking,
  NO_SUMS,
  ruleRate,
  scoreSums,
  scoreWhere,
  type Measures,
  type RuleRate,
  type Scope,
} from "./dashboard-common.server";
import { monthsBetween, type DashboardFilters } from "./dashboard-filters.server";

export type TrendPoint = { month: string; channel: string } & Measures;

/** Measures per month × channel (the trend lines and the audit counts). */
export function trendByChannel(db: Db, f: DashboardFilters, scope: Scope): TrendPoint[] {
  return db
    .select({ month: aggScores.month, channel: aggScores.channel, ...scoreSums })
    .from(aggScores)
    .where(scoreWhere(f, scope))
    .groupBy(aggScores.month, aggScores.channel)
    .orderBy(asc(aggScores.month), asc(aggScores.channel))
    .all()
    .map(({ month, channel, ...sums }) => ({ month, channel, ...measures(sums) }));
}

/** Measures over the whole period, for a reference line ("the organisation's average"). */
export function totalMeasures(db: Db, f: DashboardFilters, scope: Scope): Measures {
  const row = db.select(scoreSums).from(aggScores).where(scoreWhere(f, scope)).get();
  return measures(row && row.audits ? row : NO_SUMS);
}

export type DepartmentRow = { id: number; name: string; code: string; standing: Standing } & Measures;

/** Every department in scope (also those without audits), compared with the overall mean. */
export function departmentsCompared(db: Db, f: DashboardFilters, scope: Scope, minN: number, reference: number | null): DepartmentRow[] {
  const sums = new Map(
    db
      .select({ id: aggScores.departmentId, ...scoreSums })
      .from(aggScores)
      .where(scoreWhere(f, scope))
      .groupBy(aggScores.departmentId)
      .all()
      .map(({ id, ...s }) => [id, s]),
  );
  return departmentOptions(db, scope)
    .filter((d) => !f.department || d.id === f.department)
    .map((d) => {
      const m = measures(sums.get(d.id) ?? NO_SUMS);
      const ci = m.low === null || m.high === null ? null : { low: m.low, high: m.high };
      return { ...d, ...m, standing: standing(m.n, ci, reference, minN) };
    });
}

export type RuleRow = RuleRate & { itemKey: string; checklistId: string | null; text: { lt: string; en: string } | null; source: string[] };

/** The most often broken rules ("no" answers), with their failure rate; optionally per channel. */
export function topBrokenRules(db: Db, f: DashboardFilters, scope: Scope, limit = 10): RuleRow[] {
  const failures = sql<number>`sum(${aggItems.no})`.mapWith(Number);
  const applicable = sql<number>`sum(${aggItems.applicable})`.mapWith(Number);
  const rows = db
    .select({ itemKey: aggItems.itemKey, failures, applicable })
    .from(aggItems)
    .where(itemWhere(f, scope))
    .groupBy(aggItems.itemKey)
    .having(sql`sum(${aggItems.no}) > 0`)
    .orderBy(desc(failures), desc(sql`1.0 * sum(${aggItems.no}) / sum(${aggItems.applicable})`), asc(aggItems.itemKey))
    .limit(limit)
    .all();
  const { items } = checklistCatalogue(db);
  return rows.map((r) => {
    const info = items.get(r.itemKey);
    return { itemKey: r.itemKey, checklistId: info?.checklistId ?? null, text: info?.text ?? null, source: info?.source ?? [], ...ruleRate(r.failures, r.applicable) };
  });
}

export function overviewData(db: Db, f: DashboardFilters, scope: Scope) {
  const minN = minAuditsForRanking(db);
  const total = totalMeasures(db, f, scope);
  return {
    months: monthsBetween(f.from, f.to),
    minN,
    total,
    trend: trendByChannel(db, f, scope),
    departments: departmentsCompared(db, f, scope, minN, total.mean),
    rules: topBrokenRules(db, f, scope, 10),
  };
}

export type ChannelRow = { channel: Channel } & Measures & { rules: RuleRow[] };

/** The channel view: the same measures per channel, each with its own most broken rules. */
export function channelsData(db: Db, f: DashboardFilters, scope: Scope, channels: readonly Channel[]) {
  const minN = minAuditsForRanking(db);
  const shown = f.channel ? [f.channel] : channels;
  const rows: ChannelRow[] = shown.map((channel) => {
    const cf = { ...f, channel };
    return { channel, ...totalMeasures(db, cf, scope), rules: topBrokenRules(db, cf, scope, 5) };
  });
  return { months: monthsBetween(f.from, f.to), minN, total: totalMeasures(db, f, scope), channels: rows, trend: trendByChannel(db, f, scope) };
}
