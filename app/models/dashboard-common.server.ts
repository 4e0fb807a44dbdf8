// Building blocks shared by the dashboard models: the WHERE clause for the aggregate
// tables from the filters and the user's scope, measures (mean, n, 95 % intervals) from
// the aggregate sums, checklist item texts, and the ranking minimum.
import { and, between, eq, inArray, sql, type SQL } from "drizzle-orm";
import type { Db } from "~/db.server";
import type { Localized } from "~/domain/checklists/schema";
import { MIN_AUDITS_SETTING, parseMinAudits, summariseRate, summariseScores } from "~/domain/stats";
import { aggItems, aggScores, checklists, departments, settings } from "../../db/schema";
import { getChecklistVersion } from "./audit-checklists.server";
import type { DashboardFilters } from "./dashboard-filters.server";

/** Department ids to restrict to (null: all). An empty list means nothing may be seen. */
export type Scope = number[] | null;

function departmentCondition(column: typeof aggScores.departmentId | typeof aggItems.departmentId, f: DashboardFilters, scope: Scope) {
  const parts: (SQL | undefined)[] = [];
  if (scope) parts.push(scope.length ? inArray(column, scope) : sql`0`);
  if (f.department) parts.push(eq(column, f.department));
  return parts;
}

export function scoreWhere(f: DashboardFilters, scope: Scope, extra: (SQL | undefined)[] = []) {
  return and(
    between(aggScores.month, f.from, f.to),
    f.channel ? eq(aggScores.channel, f.channel) : undefined,
    f.checklist ? eq(aggScores.checklistId, f.checklist) : undefined,
    f.auditType ? eq(aggScores.auditType, f.auditType) : undefined,
    ...departmentCondition(aggScores.departmentId, f, scope),
    ...extra,
  );
}

export function itemWhere(f: DashboardFilters, scope: Scope, extra: (SQL | undefined)[] = []) {
  return and(
    between(aggItems.month, f.from, f.to),
    f.channel ? eq(aggItems.channel, f.channel) : undefined,
    f.checklist ? eq(aggItems.checklistId, f.checklist) : undefined,
    f.auditType ? eq(aggItems.auditType, f.auditType) : undefined,
    ...departmentCondition(aggItems.departmentId, f, scope),
    ...extra,
  );
}

/** The sums every score measure is computed from. */
export const scoreSums = {
  audits: sql<number>`sum(${aggScores.audits})`.mapWith(Number),
  scored: sql<number>`sum(${aggScores.scored})`.mapWith(Number),
  sum: sql<number>`sum(${aggScores.sumScore})`.mapWith(Number),
  sumSq: sql<number>`sum(${aggScores.sumSqScore})`.mapWith(Number),
  critical: sql<number>`sum(${aggScores.criticalFailures})`.mapWith(Number),
  passes: sql<number>`sum(${aggScores.passes})`.mapWith(Number),
};

export type Sums = { audits: number; scored: number; sum: number; sumSq: number; critical: number; passes: number };

/** What a dashboard shows for a group of audits; plain numbers so it travels as JSON. */
export type Measures = {
  audits: number;
  /** Audits with a score: the n of the mean and of the pass rate. */
  n: number;
  mean: number | null;
  low: number | null;
  high: number | null;
  passes: number;
  passRate: number | null;
  passLow: number | null;
  passHigh: number | null;
  critical: number;
};

export const NO_SUMS: Sums = { audits: 0, scored: 0, sum: 0, sumSq: 0, critical: 0, passes: 0 };

export function measures(s: Sums): Measures {
  const score = summariseScores(s.scored, s.sum, s.sumSq);
  const pass = summariseRate(s.passes, s.scored);
  return {
    audits: s.audits,
    n: s.scored,
    mean: score.mean,
    low: score.interval?.low ?? null,
    high: score.interval?.high ?? null,
    passes: s.passes,
    passRate: pass.rate,
    passLow: pass.interval?.low ?? null,
    passHigh: pass.interval?.high ?? null,
    critical: s.critical,
  };
}

export function minAuditsForRanking(db: Db): number {
  const row = db.select({ value: settings.value }).from(settings).where(eq(settings.key, MIN_AUDITS_SETTING)).get();
  return parseMinAudits(row?.value);
}

export type ItemInfo = { key: string; checklistId: string; section: Localized; text: Localized; source: string[] };

// Versions are immutable (their id is the content hash), so the lookups derived from a
// version's content (itself cached by getChecklistVersion) are kept for the process.
const versionCache = new Map<string, { items: ItemInfo[]; title: Localized; sections: Map<string, Localized> }>();

function parsedVersion(db: Db, versionId: string) {
  let parsed = versionCache.get(versionId);
  if (!parsed) {
    const c = getChecklistVersion(db, versionId);
    parsed = {
      title: c.title,
      sections: new Map(c.sections.map((s) => [s.key, s.title])),
      items: c.sections.flatMap((s) =>
        s.items.map((i) => ({ key: i.key, checklistId: c.id, section: s.title, text: i.text, source: i.source })),
      ),
    };
    versionCache.set(versionId, parsed);
  }
  return parsed;
}

/** The current version of every checklist: titles, section titles and item texts by key. */
export function checklistCatalogue(db: Db) {
  const rows = db.select({ id: checklists.id, versionId: checklists.currentVersionId, active: checklists.active }).from(checklists).all();
  const items = new Map<string, ItemInfo>();
  const lists = rows.map((r) => {
    const v = parsedVersion(db, r.versionId);
    for (const item of v.items) items.set(item.key, item);
    return { id: r.id, active: r.active, title: v.title, sections: v.sections };
  });
  return { items, checklists: lists.sort((a, b) => a.id.localeCompare(b.id)) };
}

/** Options for the checklist filter. */
export function checklistOptions(db: Db) {
  return checklistCatalogue(db).checklists.map((c) => ({ id: c.id, title: c.title }));
}

/** Options for the department filter, within the user's scope. */
export function departmentOptions(db: Db, scope: Scope) {
  if (scope && !scope.length) return [];
  return db
    .select({ id: departments.id, name: departments.name, code: departments.code })
    .from(departments)
    .where(scope ? inArray(departments.id, scope) : undefined)
    .orderBy(departments.name)
    .all();
}

/** A rule's failure count with its Wilson interval; "broken" means answered "no". */
export function ruleRate(failures: number, applicable: number) {
  const r = summariseRate(failures, applicable);
  return { failures, applicable, rate: r.rate, low: r.interval?.low ?? null, high: r.interval?.high ?? null };
}
export type RuleRate = ReturnType<typeof ruleRate>;
