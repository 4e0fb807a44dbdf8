// The programme comparison: per organisation × stage, the mean of the audits' stage scores
// with its n (audits with a score for that stage) and 95 % interval, from the running sums
// agg_stage_scores keeps. Organisations are ranked within a stage only on at least `minN`
// audits; below it the cell says there are too few data, and no place is given.
import { DEFAULT_MIN_AUDITS_FOR_RANKING, rankRows, summariseScores } from "../stats";
import { STAGES, type Stage } from "./stages";

export type StageSums = { orgId: number; stage: Stage; audits: number; sumScore: number; sumSqScore: number };
export type ProgrammeOrg = { id: number; code: string; name: string; standards: string[] };

export type StageCell = {
  orgId: number;
  stage: Stage;
  n: number;
  mean: number | null;
  low: number | null;
  high: number | null;
  /** Place among the organisations with at least minN audits in this stage (1 = best, equal means share it); null: not ranked. */
  rank: number | null;
  /** Organisations ranked in this stage. */
  ranked: number;
  tooFew: boolean;
};

export type ProgrammeComparison = {
  minN: number;
  orgs: ProgrammeOrg[];
  stages: readonly Stage[];
  /** cells[stage][i]: the stage's cell for orgs[i]. */
  cells: Record<Stage, StageCell[]>;
};

/** Sums a programme view reads for each organisation × stage into means, intervals and places. */
export function compareStages(orgs: ProgrammeOrg[], sums: StageSums[], minN = DEFAULT_MIN_AUDITS_FOR_RANKING): ProgrammeComparison {
  const sorted = [...orgs].sort((a, b) => a.name.localeCompare(b.name, "lt") || a.id - b.id);
  const byKey = new Map<string, StageSums>();
  for (const s of sums) {
    const key = `${s.orgId}|${s.stage}`;
    const prev = byKey.get(key);
    byKey.set(
      key,
      prev
        ? { ...prev, audits: prev.audits + s.audits, sumScore: prev.sumScore + s.sumScore, sumSqScore: prev.sumSqScore + s.sumSqScore }
        : s,
    );
  }
  const cells = {} as Record<Stage, StageCell[]>;
  for (const stage of STAGES) {
    const row = sorted.map((org) => {
      const s = byKey.get(`${org.id}|${stage}`);
      const summary = summariseScores(s?.audits ?? 0, s?.sumScore ?? 0, s?.sumSqScore ?? 0);
      return { org, summary };
    });
    const ranking = rankRows(
      row.map((r) => ({ id: r.org.id, n: r.summary.n, mean: r.summary.mean, label: r.org.name })),
      minN,
    );
    // Equal means share a place (1, 1, 3): a tie broken by name would be a difference the data do not show.
    const rankedMeans = ranking.filter((r) => r.rank !== null).map((r) => r.mean!);
    const rankOf = new Map(ranking.map((r) => [r.id, r.rank === null ? null : 1 + rankedMeans.filter((m) => m > r.mean! + 1e-9).length]));
    const ranked = rankedMeans.length;
    cells[stage] = row.map(({ org, summary }) => ({
      orgId: org.id,
      stage,
      n: summary.n,
      mean: summary.mean,
      low: summary.interval?.low ?? null,
      high: summary.interval?.high ?? null,
      rank: rankOf.get(org.id) ?? null,
      ranked,
      tooFew: summary.n < minN,
    }));
  }
  return { minN, orgs: sorted, stages: STAGES, cells };
}
