// Building blocks shared by the dashboard models: the WHERE clause for the aggregate
// tables from the filters and the user's scope, measures (mean, n, 95 % intervals) from
// the aggregate sums, checklist item texts, and the ranking minimum.
import { and, between, eq, inArray, sql, type SQL } from "drizzle-orm";
import type { SQLiteColumn } from "drizzle-orm/sqlite-core";
import { bound, prepared, type Db } from "~/db.server";
import type { Localized } from "~/domain/checklists/schema";
import type { MeasureData } from "~/domain/dashboards/tables";
import { DEFAULT_MIN_AUDITS_FOR_RANKING, parseMinAudits, summariseRate, summariseScores } from "~/domain/stats";
import {
  aggChannelScores,
  aggDepartmentItems,
  aggDepartmentScores,
  aggItems,
  aggOrgItems,
  aggScores,
  checklists,
  departments,
  organisations,
} from "../../../db/schema";
import { getChecklistVersion } from "../audits/checklists.server";
import type { DashboardFilters } from "./filters.server";

/** Department ids to restrict to (null: all). An empty list means nothing may be seen. */
export type Scope = number[] | null;

/** agg_scores or one of its rollups (the same columns, fewer dimensions). */
export type ScoreTable = typeof aggScores | typeof aggDepartmentScores | typeof aggChannelScores;
type ItemTable = typeof aggItems | typeof aggOrgItems | typeof aggDepartmentItems;
type KindColumns = Partial<Record<"channel" | "checklistId" | "auditType", SQLiteColumn>>;

/**
 * The period, channel, checklist and audit-type filters on any aggregate table. The source
 * pickers (scoreSource, itemSource) choose a table that has the columns filtered on.
 */
function filterConditions(t: ScoreTable | ItemTable, f: DashboardFilters): (SQL | undefined)[] {
  const columns = t as KindColumns;
  const on = (name: keyof KindColumns, value: string | null) => {
    if (!value) return undefined;
    const column = columns[name];
    if (!column) throw new Error(`this aggregate table has no ${name} to filter on`);
    return eq(column, value);
  };
  return [between(t.month, f.from, f.to), on("channel", f.channel), on("checklistId", f.checklist), on("auditType", f.auditType)];
}

function departmentCondition(column: SQLiteColumn, f: DashboardFilters, scope: Scope) {
  const parts: (SQL | undefined)[] = [];
  if (scope) parts.push(scope.length ? inArray(column, scope) : sql`0`);
  if (f.department) parts.push(eq(column, f.department));
  return parts;
}

export function scoreWhere(f: DashboardFilters, scope: Scope, extra: (SQL | undefined)[] = [], table: ScoreTable = aggScores) {
  return and(...filterConditions(table, f), ...departmentCondition(table.departmentId, f, scope), ...extra);
}

/** The smallest score table that has every dimension these filters need (no employee). */
export function scoreSource(f: DashboardFilters) {
  return f.checklist || f.auditType ? aggDepartmentScores : aggChannelScores;
}

/**
 * Where the item counts for these filters are read: the smallest table that has the
 * dimensions they need. Without departments, the organisation-wide rollup; within
 * departments but without channel, checklist or audit type, the per-department rollup;
 * otherwise agg_items itself.
 */
export function itemSource(f: DashboardFilters, scope: Scope) {
  const table: ItemTable =
    scope === null && !f.department ? aggOrgItems : !f.channel && !f.checklist && !f.auditType ? aggDepartmentItems : aggItems;
  const departments = "departmentId" in table ? departmentCondition(table.departmentId, f, scope) : [];
  return { table, where: and(...filterConditions(table, f), ...departments) };
}

/** The sums every score measure is computed from. */
export function scoreSumsOf(t: ScoreTable) {
  return {
    audits: sql<number>`sum(${t.audits})`.mapWith(Number),
    scored: sql<number>`sum(${t.scored})`.mapWith(Number),
    sum: sql<number>`sum(${t.sumScore})`.mapWith(Number),
    sumSq: sql<number>`sum(${t.sumSqScore})`.mapWith(Number),
    critical: sql<number>`sum(${t.criticalFailures})`.mapWith(Number),
    passes: sql<number>`sum(${t.passes})`.mapWith(Number),
  };
}
export const scoreSums = scoreSumsOf(aggScores);

export type Sums = { audits: number; scored: number; sum: number; sumSq: number; critical: number; passes: number };

/** What a dashboard shows for a group of audits (the domain's type: the tables format it). */
export type Measures = MeasureData;

export const NO_SUMS: Sums = { audits: 0, scored: 0, sum: 0, sumSq: 0, critical: 0, passes: 0 };

/** Adds up rows of sums, grouped by a key (in the order keys first appear). */
export function sumBy<R extends Sums, K>(rows: R[], key: (row: R) => K): Map<K, Sums> {
  const groups = new Map<K, Sums>();
  for (const r of rows) {
    const k = key(r);
    const g = groups.get(k) ?? { ...NO_SUMS };
    g.audits += r.audits;
    g.scored += r.scored;
    g.sum += r.sum;
    g.sumSq += r.sumSq;
    g.critical += r.critical;
    g.passes += r.passes;
    groups.set(k, g);
  }
  return groups;
}

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

// Every dashboard reads these two: statements prepared once per connection.
const selectOrgSettings = (db: Db) =>
  db
    .select({ value: organisations.rankingMinimum, target: organisations.scoreTarget, passMark: organisations.passMark })
    .from(departments)
    .innerJoin(organisations, eq(organisations.id, departments.orgId))
    .where(eq(departments.id, bound("departmentId")))
    .prepare();
const selectCurrentVersions = (db: Db) =>
  db
    .select({ id: checklists.id, versionId: checklists.currentVersionId, active: checklists.active, standard: checklists.standard })
    .from(checklists)
    .prepare();

/**
 * The organisation's ranking minimum (organisations.ranking_minimum), found through any of
 * the departments in view (a view never spans organisations); the default without one.
 */
export function minAuditsForRanking(db: Db, departmentId: number | undefined): number {
  if (departmentId === undefined) return DEFAULT_MIN_AUDITS_FOR_RANKING;
  return parseMinAudits(String(prepared(db, selectOrgSettings).get({ departmentId })?.value ?? ""));
}

/** The organisation's score target (organisations.score_target), found like the ranking minimum; null: none. */
export function scoreTargetFor(db: Db, departmentId: number | undefined): number | null {
  if (departmentId === undefined) return null;
  return prepared(db, selectOrgSettings).get({ departmentId })?.target ?? null;
}

/**
 * The pass mark the audits in view were scored against: the organisation's (organisations.pass_mark)
 * when it sets one, else the checklists' own when they all agree (for one checklist when filtered
 * on it); null when they differ, since no single line would be true.
 */
export function passMarkFor(db: Db, departmentId: number | undefined, checklistId: string | null = null): number | null {
  const own = departmentId === undefined ? null : (prepared(db, selectOrgSettings).get({ departmentId })?.passMark ?? null);
  if (own !== null) return own;
  const marks = new Set(
    checklistCatalogue(db)
      .checklists.filter((c) => c.active && (!checklistId || c.id === checklistId))
      .map((c) => c.passMark),
  );
  return marks.size === 1 ? [...marks][0] : null;
}

export type ItemInfo = { key: string; checklistId: string; section: Localized; text: Localized; source: string[] };

// Versions are immutable (their id is the content hash), so the lookups derived from a
// version's content (itself cached by getChecklistVersion) are kept for the process.
const versionCache = new Map<string, { items: ItemInfo[]; title: Localized; passMark: number; sections: Map<string, Localized> }>();

function parsedVersion(db: Db, versionId: string) {
  let parsed = versionCache.get(versionId);
  if (!parsed) {
    const c = getChecklistVersion(db, versionId);
    parsed = {
      title: c.title,
      passMark: c.pass_mark,
      sections: new Map(c.sections.map((s) => [s.key, s.title])),
      items: c.sections.flatMap((s) =>
        s.items.map((i) => ({ key: i.key, checklistId: c.id, section: s.title, text: i.text, source: i.source })),
      ),
    };
    versionCache.set(versionId, parsed);
  }
  return parsed;
}

function buildCatalogue(db: Db, rows: { id: string; versionId: string; active: boolean; standard: string }[]) {
  const items = new Map<string, ItemInfo>();
  const lists = rows.map((r) => {
    const v = parsedVersion(db, r.versionId);
    for (const item of v.items) items.set(item.key, item);
    return { id: r.id, active: r.active, standard: r.standard, title: v.title, passMark: v.passMark, sections: v.sections };
  });
  return { items, checklists: lists.sort((a, b) => a.id.localeCompare(b.id)) };
}

// A dashboard asks for the catalogue up to four times per call; it is rebuilt only when the
// set of current versions changes (callers only read it).
let lastCatalogue: { key: string; catalogue: ReturnType<typeof buildCatalogue> } | undefined;

/** The current version of every checklist: titles, section titles and item texts by key. */
export function checklistCatalogue(db: Db) {
  const rows = prepared(db, selectCurrentVersions).all();
  const key = rows.map((r) => `${r.id} ${r.versionId} ${r.active}`).join("\n");
  if (lastCatalogue?.key !== key) lastCatalogue = { key, catalogue: buildCatalogue(db, rows) };
  return lastCatalogue.catalogue;
}

/** Options for the checklist filter: the checklists of the standards in view (null: all). */
export function checklistOptions(db: Db, standards: string[] | null) {
  return checklistCatalogue(db)
    .checklists.filter((c) => !standards || standards.includes(c.standard))
    .map((c) => ({ id: c.id, title: c.title }));
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
