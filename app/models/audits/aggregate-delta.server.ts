// What one audit adds to the dashboard aggregates (agg_scores, agg_items), summed in memory
// and written with one upsert per aggregate row: a batch of 5 000 audits makes a few
// thousand upserts instead of ~30 per audit (docs/benchmark.md). The rollups follow the
// base rows by triggers (db/schema-aggregates.ts). Only the audit store adds to a delta.
// The programme view's stage sums (agg_stage_scores) are summed per department as audits are
// added (from the checklist version's stage items) and written per organisation at the flush.
import { statement, type Db } from "~/db.server";
import { auditStageScores } from "~/domain/programme/score";
import { countValue, noCounts, type ChoiceCounts } from "~/domain/scoring";
import { vilniusMonth } from "~/domain/time";
import type { AuditState } from "../../../db/schema";
import { stageItemsOfVersion } from "./stage-items.server";

/**
 * Which audits the dashboards count: published ones, never calibration audits. Stated once
 * here; its SQL twin below is what rebuildAggregates selects.
 */
export const countsInAggregates = (audit: { state: AuditState; calibration: boolean }) => audit.state === "published" && !audit.calibration;
export const COUNTED_AUDITS_SQL = "state = 'published' AND calibration = 0";

/** An audit's share of the aggregates: its dimensions, its score and its answers' values. */
export type Contribution = {
  interactionAt: number;
  departmentId: number;
  employeeId: number | null;
  channel: string;
  checklistId: string;
  /** The version the audit was filled with: its weights and section stages give the stage scores. */
  checklistVersionId: string;
  auditType: string;
  score: number | null;
  criticalFailure: boolean;
  passed: boolean | null;
  /** One entry per stored answer row: [item key, value]. */
  values: Iterable<readonly [string, number | null]>;
};

type ScoreSums = { audits: number; scored: number; sumScore: number; sumSqScore: number; criticalFailures: number; passes: number };
type StageSums = { audits: number; sumScore: number; sumSqScore: number };

const SQL = {
  scores: `INSERT INTO agg_scores (month, department_id, employee_id, channel, checklist_id, audit_type,
      audits, scored, sum_score, sum_sq_score, critical_failures, passes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT (month, department_id, employee_id, channel, checklist_id, audit_type) DO UPDATE SET
      audits = audits + excluded.audits, scored = scored + excluded.scored, sum_score = sum_score + excluded.sum_score,
      sum_sq_score = sum_sq_score + excluded.sum_sq_score, critical_failures = critical_failures + excluded.critical_failures,
      passes = passes + excluded.passes`,
  items: `INSERT INTO agg_items (month, department_id, channel, checklist_id, audit_type, item_key,
      applicable, yes, partial, no, na) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT (month, department_id, channel, checklist_id, audit_type, item_key) DO UPDATE SET
      applicable = applicable + excluded.applicable, yes = yes + excluded.yes, partial = partial + excluded.partial,
      no = no + excluded.no, na = na + excluded.na`,
  stages: `INSERT INTO agg_stage_scores (month, org_id, stage, audits, sum_score, sum_sq_score) VALUES (?, ?, ?, ?, ?, ?)
    ON CONFLICT (month, org_id, stage) DO UPDATE SET
      audits = audits + excluded.audits, sum_score = sum_score + excluded.sum_score, sum_sq_score = sum_sq_score + excluded.sum_sq_score`,
  orgOfDepartment: "SELECT org_id FROM departments WHERE id = ?",
  // Rows that fell to zero audits are removed so that a recomputation compares equal.
  emptyStages: "DELETE FROM agg_stage_scores WHERE month = ? AND audits = 0",
  emptyScores: "DELETE FROM agg_scores WHERE month = ? AND audits = 0",
  emptyItems: "DELETE FROM agg_items WHERE month = ? AND applicable + na = 0",
  storedAudit: `SELECT state, calibration, interaction_at AS interactionAt, department_id AS departmentId, employee_id AS employeeId,
      channel, checklist_id AS checklistId, checklist_version_id AS checklistVersionId, audit_type AS auditType, score, critical_failure AS criticalFailure, passed
    FROM audits WHERE id = ?`,
  storedValues: "SELECT item_key, value FROM audit_answers WHERE audit_id = ?",
};

const SEP = "\u0001";

/** Vilnius months change only on whole hours (UTC offsets are whole hours): cache per hour. */
function monthCache() {
  const cache = new Map<number, string>();
  return (ms: number) => {
    const hour = Math.floor(ms / 3_600_000);
    let month = cache.get(hour);
    if (month === undefined) cache.set(hour, (month = vilniusMonth(ms)));
    return month;
  };
}

export type AggregateDelta = ReturnType<typeof createAggregateDelta>;

export function createAggregateDelta(db: Db) {
  const monthOf = monthCache();
  const scores = new Map<string, ScoreSums>();
  // Keyed by the audit's dimensions, then by item key: no string built per answer.
  const items = new Map<string, Map<string, ChoiceCounts>>();
  const shrunk = new Set<string>();
  // Stage sums by month, department and stage, summed as audits are added (keeping each
  // audit's answers until the flush held a 100 000-row import's answers in memory: +170 MB);
  // departments become organisations at the flush.
  const stagesByDepartment = new Map<string, StageSums>();

  /** Adds (sign 1) or takes away (sign -1) a contribution. */
  function add(c: Contribution, sign: 1 | -1) {
    const month = monthOf(c.interactionAt);
    if (sign < 0) shrunk.add(month);
    const dims = [month, c.departmentId, c.employeeId ?? 0, c.channel, c.checklistId, c.auditType].join(SEP);
    let d = scores.get(dims);
    if (!d) scores.set(dims, (d = { audits: 0, scored: 0, sumScore: 0, sumSqScore: 0, criticalFailures: 0, passes: 0 }));
    const s = c.score ?? 0;
    d.audits += sign;
    d.scored += c.score === null ? 0 : sign;
    d.sumScore += sign * s;
    d.sumSqScore += sign * s * s;
    d.criticalFailures += c.criticalFailure ? sign : 0;
    d.passes += c.passed ? sign : 0;
    const itemDims = [month, c.departmentId, c.channel, c.checklistId, c.auditType].join(SEP);
    let byItem = items.get(itemDims);
    if (!byItem) items.set(itemDims, (byItem = new Map()));
    for (const [key, value] of c.values) {
      let counts = byItem.get(key);
      if (!counts) byItem.set(key, (counts = noCounts()));
      countValue(counts, value, sign);
    }
    for (const [stage, score] of auditStageScores(c.values, stageItemsOfVersion(db, c.checklistVersionId))) {
      const key = [month, c.departmentId, stage].join(SEP);
      let st = stagesByDepartment.get(key);
      if (!st) stagesByDepartment.set(key, (st = { audits: 0, sumScore: 0, sumSqScore: 0 }));
      st.audits += sign;
      st.sumScore += sign * score;
      st.sumSqScore += sign * score * score;
    }
  }

  /** The stage sums of the pending contributions, by month, organisation and stage. */
  function stageSums(db: Db) {
    const sums = new Map<string, StageSums>();
    const orgs = new Map<number, number>();
    const orgOf = (departmentId: number) => {
      let org = orgs.get(departmentId);
      if (org === undefined) {
        const row = statement(db, SQL.orgOfDepartment).get(departmentId) as { org_id: number } | undefined;
        if (!row) throw new Error(`department ${departmentId} is missing`);
        orgs.set(departmentId, (org = row.org_id));
      }
      return org;
    };
    for (const [dims, st] of stagesByDepartment) {
      const [month, departmentId, stage] = dims.split(SEP);
      const key = [month, orgOf(Number(departmentId)), stage].join(SEP);
      let d = sums.get(key);
      if (!d) sums.set(key, (d = { audits: 0, sumScore: 0, sumSqScore: 0 }));
      d.audits += st.audits;
      d.sumScore += st.sumScore;
      d.sumSqScore += st.sumSqScore;
    }
    return sums;
  }

  /** Adds or takes away what a stored audit contributes (nothing when it does not count). */
  function addStored(db: Db, auditId: number, sign: 1 | -1) {
    const row = statement(db, SQL.storedAudit).get(auditId) as
      (Omit<Contribution, "values"> & { state: AuditState; calibration: number }) | undefined;
    if (!row || !countsInAggregates({ state: row.state, calibration: !!row.calibration })) return;
    const values = (statement(db, SQL.storedValues).all(auditId) as { item_key: string; value: number | null }[]).map(
      (v) => [v.item_key, v.value] as const,
    );
    add({ ...row, criticalFailure: !!row.criticalFailure, passed: row.passed === null ? null : !!row.passed, values }, sign);
  }

  /** Writes everything added since the last flush (inside the caller's transaction, before COMMIT). */
  function flush(db: Db) {
    const upsertScores = statement(db, SQL.scores);
    for (const [dims, d] of scores) {
      if (!d.audits && !d.scored && !d.sumScore && !d.sumSqScore && !d.criticalFailures && !d.passes) continue;
      const [month, dept, emp, channel, checklistId, type] = dims.split(SEP);
      upsertScores.run(
        month,
        Number(dept),
        Number(emp),
        channel,
        checklistId,
        type,
        d.audits,
        d.scored,
        d.sumScore,
        d.sumSqScore,
        d.criticalFailures,
        d.passes,
      );
    }
    const upsertItems = statement(db, SQL.items);
    for (const [dims, byItem] of items) {
      const [month, dept, channel, checklistId, type] = dims.split(SEP);
      for (const [key, i] of byItem)
        if (i.applicable || i.yes || i.partial || i.no || i.na)
          upsertItems.run(month, Number(dept), channel, checklistId, type, key, i.applicable, i.yes, i.partial, i.no, i.na);
    }
    const upsertStages = statement(db, SQL.stages);
    for (const [key, d] of stageSums(db)) {
      if (!d.audits && !d.sumScore && !d.sumSqScore) continue;
      const [month, org, stage] = key.split(SEP);
      upsertStages.run(month, Number(org), stage, d.audits, d.sumScore, d.sumSqScore);
    }
    for (const month of shrunk) {
      statement(db, SQL.emptyScores).run(month);
      statement(db, SQL.emptyItems).run(month);
      statement(db, SQL.emptyStages).run(month);
    }
    scores.clear();
    items.clear();
    shrunk.clear();
    stagesByDepartment.clear();
  }

  return { add, addStored, flush };
}
