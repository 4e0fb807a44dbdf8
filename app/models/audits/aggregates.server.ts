// Dashboard aggregates. Dashboards read only these tables. The audit store keeps agg_scores
// and agg_items in step with every change of a counted audit, inside the same transaction
// (aggregate-delta.server.ts); their rollups (agg_department_scores, agg_channel_scores,
// agg_org_items, agg_department_items) follow by triggers (db/schema-aggregates.ts).
// The programme view's agg_stage_scores is kept by the same delta.
// rebuildAggregates recomputes all of them from the audits: the operator command
// `npm run etalonas -- aggregates:rebuild`, and the oracle the tests compare the store against.
import { sql } from "drizzle-orm";
import type { Db } from "~/db.server";
import { VALUES } from "~/domain/scoring";
import { vilniusMonth } from "~/domain/time";
import { COUNTED_AUDITS_SQL, createAggregateDelta } from "./aggregate-delta.server";
import { stageItemsOfVersion } from "./stage-items.server";
import { checklistVersions } from "../../../db/schema";

/** SQLite has no time zones: months are computed by the same JS function everywhere. */
function registerMonthFunction(db: Db) {
  db.$client.function("vilnius_month", { deterministic: true }, (ms: unknown) => vilniusMonth(Number(ms)));
}

/** Adds (sign 1) or removes (sign -1) a stored audit's contribution now; one that does not count is ignored. */
export function applyAuditToAggregates(db: Db, auditId: number, sign: 1 | -1) {
  const delta = createAggregateDelta(db);
  delta.addStored(db, auditId, sign);
  delta.flush(db);
}

// The rule counts of agg_items, from the one definition of the answer values.
const is = (value: number | null) => (value === null ? "x.value IS NULL" : `x.value IS ${value}`);
const ITEM_COUNTS = `sum(x.value IS NOT NULL), sum(${is(VALUES.yes)}), sum(${is(VALUES.partial)}), sum(${is(VALUES.no)}), sum(${is(VALUES.na)})`;

/**
 * Recomputes agg_stage_scores (the programme view) from the counted audits: each audit's
 * stage score is Σ(weight × value) / Σ(weight) × 100 over its applicable items of the stage
 * (app/domain/programme/score.ts, here in SQL), the organisation its department's. The items'
 * stages and weights of every stored version go into a temporary table first (they live in
 * the versions' JSON; the same stageItemsOfVersion as the store's delta). Runs inside the
 * caller's transaction when there is one.
 */
export function rebuildStageScores(db: Db): { stageRows: number } {
  registerMonthFunction(db);
  return db.transaction((tx) => {
    tx.run(
      sql`CREATE TEMP TABLE IF NOT EXISTS stage_items (version_id TEXT NOT NULL, item_key TEXT NOT NULL, stage TEXT NOT NULL, weight REAL NOT NULL, PRIMARY KEY (version_id, item_key)) WITHOUT ROWID`,
    );
    tx.run(sql`DELETE FROM temp.stage_items`);
    const insert = tx.$client.prepare("INSERT INTO temp.stage_items (version_id, item_key, stage, weight) VALUES (?, ?, ?, ?)");
    for (const { id } of tx.select({ id: checklistVersions.id }).from(checklistVersions).all())
      for (const [key, item] of stageItemsOfVersion(tx, id)) insert.run(id, key, item.stage, item.weight);
    tx.run(sql`DELETE FROM agg_stage_scores`);
    tx.run(sql`
      INSERT INTO agg_stage_scores (month, org_id, stage, audits, sum_score, sum_sq_score)
      SELECT month, org_id, stage, count(*), sum(score), sum(score * score)
      FROM (
        SELECT vilnius_month(a.interaction_at) AS month, d.org_id AS org_id, si.stage AS stage,
          100.0 * sum(si.weight * x.value) / sum(si.weight) AS score
        FROM (SELECT * FROM audits WHERE ${sql.raw(COUNTED_AUDITS_SQL)}) a
        JOIN departments d ON d.id = a.department_id
        JOIN audit_answers x ON x.audit_id = a.id
        JOIN temp.stage_items si ON si.version_id = a.checklist_version_id AND si.item_key = x.item_key
        WHERE x.value IS NOT NULL
        GROUP BY a.id, si.stage
        HAVING sum(si.weight) > 0
      )
      GROUP BY 1, 2, 3`);
    tx.run(sql`DELETE FROM temp.stage_items`);
    return { stageRows: (tx.get<{ n: number }>(sql`SELECT count(*) AS n FROM agg_stage_scores`) ?? { n: 0 }).n };
  });
}

/** Recomputes the aggregate tables and their rollups from the counted (published) audits, in one transaction. */
export function rebuildAggregates(db: Db): { scoreRows: number; itemRows: number; stageRows: number; audits: number } {
  registerMonthFunction(db);
  return db.transaction((tx) => {
    tx.run(sql`DELETE FROM agg_scores`);
    tx.run(sql`DELETE FROM agg_items`);
    tx.run(sql`
      INSERT INTO agg_scores (month, department_id, employee_id, channel, checklist_id, audit_type,
        audits, scored, sum_score, sum_sq_score, critical_failures, passes)
      SELECT vilnius_month(interaction_at), department_id, coalesce(employee_id, 0), channel, checklist_id, audit_type,
        count(*), count(score), coalesce(sum(score), 0), coalesce(sum(score * score), 0),
        sum(critical_failure <> 0), sum(coalesce(passed, 0) <> 0)
      FROM audits WHERE ${sql.raw(COUNTED_AUDITS_SQL)}
      GROUP BY 1, 2, 3, 4, 5, 6`);
    tx.run(sql`
      INSERT INTO agg_items (month, department_id, channel, checklist_id, audit_type, item_key, applicable, yes, partial, no, na)
      SELECT vilnius_month(a.interaction_at), a.department_id, a.channel, a.checklist_id, a.audit_type, x.item_key,
        ${sql.raw(ITEM_COUNTS)}
      FROM audit_answers x JOIN (SELECT * FROM audits WHERE ${sql.raw(COUNTED_AUDITS_SQL)}) a ON a.id = x.audit_id
      GROUP BY 1, 2, 3, 4, 5, 6`);
    // The triggers have kept the rollups in step; recomputing them from the base tables
    // makes the rebuild also repair them (and sums them in one order, not delta by delta).
    tx.run(sql`DELETE FROM agg_department_scores`);
    tx.run(sql`
      INSERT INTO agg_department_scores (month, department_id, channel, checklist_id, audit_type,
        audits, scored, sum_score, sum_sq_score, critical_failures, passes)
      SELECT month, department_id, channel, checklist_id, audit_type,
        sum(audits), sum(scored), sum(sum_score), sum(sum_sq_score), sum(critical_failures), sum(passes)
      FROM agg_scores GROUP BY 1, 2, 3, 4, 5`);
    tx.run(sql`DELETE FROM agg_channel_scores`);
    tx.run(sql`
      INSERT INTO agg_channel_scores (month, department_id, channel, audits, scored, sum_score, sum_sq_score, critical_failures, passes)
      SELECT month, department_id, channel,
        sum(audits), sum(scored), sum(sum_score), sum(sum_sq_score), sum(critical_failures), sum(passes)
      FROM agg_department_scores GROUP BY 1, 2, 3`);
    tx.run(sql`DELETE FROM agg_org_items`);
    tx.run(sql`
      INSERT INTO agg_org_items (month, channel, checklist_id, audit_type, item_key, applicable, yes, partial, no, na)
      SELECT month, channel, checklist_id, audit_type, item_key, sum(applicable), sum(yes), sum(partial), sum(no), sum(na)
      FROM agg_items GROUP BY 1, 2, 3, 4, 5`);
    tx.run(sql`DELETE FROM agg_department_items`);
    tx.run(sql`
      INSERT INTO agg_department_items (department_id, month, item_key, applicable, yes, partial, no, na)
      SELECT department_id, month, item_key, sum(applicable), sum(yes), sum(partial), sum(no), sum(na)
      FROM agg_items GROUP BY 1, 2, 3`);
    const { stageRows } = rebuildStageScores(tx);
    const count = (table: string) => (tx.get<{ n: number }>(sql.raw(`SELECT count(*) AS n FROM ${table}`)) ?? { n: 0 }).n;
    return {
      scoreRows: count("agg_scores"),
      itemRows: count("agg_items"),
      stageRows,
      audits: count(`audits WHERE ${COUNTED_AUDITS_SQL}`),
    };
  });
}

/** The CLI command `aggregates:rebuild`: rebuilds and reports what it did. */
export function aggregatesRebuildCommand(db: Db, log: (line: string) => void = console.log) {
  const started = performance.now();
  const result = rebuildAggregates(db);
  const ms = Math.round(performance.now() - started);
  log(
    `Aggregates rebuilt from ${result.audits} published audits: ${result.scoreRows} score rows, ` +
      `${result.itemRows} item rows, ${result.stageRows} stage rows (${ms} ms).`,
  );
  return result;
}
