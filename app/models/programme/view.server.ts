// The programme view (issue 16): organisations compared on the process stages the standards
// share, from agg_stage_scores only (month × organisation × stage sums). Organisation-level
// only: no department, employee or item ever leaves this module.
// Scope: a programme viewer sees the organisations granted to them (user_organisations, their
// SessionUser.orgIds); a platform administrator sees every organisation; anyone else nothing.
import { statement, type Db } from "~/db.server";
import { compareStages, type ProgrammeComparison, type ProgrammeOrg } from "~/domain/programme/compare";
import { isStage } from "~/domain/programme/stages";
import { DEFAULT_MIN_AUDITS_FOR_RANKING } from "~/domain/stats";
import type { Role } from "~/domain/enums";
import type { SessionUser } from "~/lib/auth.server";
import { parseFiltersWithNotices, type PeriodNotice } from "~/models/dashboards/filters.server";

/** Who may open the programme view. */
export const PROGRAMME_ROLES: readonly Role[] = ["programme_viewer", "platform_admin"];

/** The organisations the user may compare: null for all, else their ids (empty: none). */
export function programmeScope(user: Pick<SessionUser, "role" | "orgIds">): number[] | null {
  if (user.role === "platform_admin") return null;
  if (user.role === "programme_viewer") return [...user.orgIds];
  return [];
}

// Plain statements prepared once per connection: the whole view reads a few hundred rows, so
// drizzle's per-call query building and mapping would be most of its time (bench/dashboards.ts).
const SQL = {
  allOrgs: "SELECT id, code, name, standards FROM organisations ORDER BY id",
  someOrgs: "SELECT id, code, name, standards FROM organisations WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id",
  all: `SELECT org_id AS orgId, stage, sum(audits) AS audits, sum(sum_score) AS sumScore, sum(sum_sq_score) AS sumSqScore
    FROM agg_stage_scores WHERE month BETWEEN ? AND ? GROUP BY org_id, stage`,
  some: `SELECT org_id AS orgId, stage, sum(audits) AS audits, sum(sum_score) AS sumScore, sum(sum_sq_score) AS sumSqScore
    FROM agg_stage_scores WHERE month BETWEEN ? AND ? AND org_id IN (SELECT value FROM json_each(?)) GROUP BY org_id, stage`,
};

/** organisations.standards is a JSON list of standard codes. */
function parseStandards(text: string | null): string[] {
  if (!text) return [];
  const value = JSON.parse(text) as unknown;
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
}

type SumRow = { orgId: number; stage: string; audits: number; sumScore: number; sumSqScore: number };

/** The comparison of the user's organisations over a period (months, Vilnius). */
export function programmeComparison(db: Db, user: Pick<SessionUser, "role" | "orgIds">, period: { from: string; to: string }) {
  const scope = programmeScope(user);
  const orgRows = (
    scope === null ? statement(db, SQL.allOrgs).all() : scope.length ? statement(db, SQL.someOrgs).all(JSON.stringify(scope)) : []
  ) as { id: number; code: string; name: string; standards: string | null }[];
  const orgs: ProgrammeOrg[] = orgRows.map((o) => ({ id: o.id, code: o.code, name: o.name, standards: parseStandards(o.standards) }));
  const sums =
    scope === null
      ? (statement(db, SQL.all).all(period.from, period.to) as SumRow[])
      : scope.length
        ? (statement(db, SQL.some).all(period.from, period.to, JSON.stringify(scope)) as SumRow[])
        : [];
  const known = new Set(orgs.map((o) => o.id));
  const rows = sums.flatMap((s) => (isStage(s.stage) && known.has(s.orgId) ? [{ ...s, stage: s.stage }] : []));
  // One rule for every organisation of a programme: nobody is ranked on fewer than 3 audits.
  return compareStages(orgs, rows, DEFAULT_MIN_AUDITS_FOR_RANKING);
}

export type ProgrammeView = {
  filters: { from: string; to: string };
  notices: PeriodNotice[];
  comparison: ProgrammeComparison;
  /** Whether any organisation has a stage score in the period. */
  empty: boolean;
};

/** What the /programme page loads: the period from the URL (as the dashboards read it) and the comparison. */
export function programmeView(db: Db, user: SessionUser, url: URL, now = Date.now()): ProgrammeView {
  const { filters, notices } = parseFiltersWithNotices(url, now);
  const comparison = programmeComparison(db, user, filters);
  const empty = comparison.stages.every((stage) => comparison.cells[stage].every((c) => c.n === 0));
  return { filters: { from: filters.from, to: filters.to }, notices, comparison, empty };
}
