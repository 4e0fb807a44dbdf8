// Dashboard aggregates. (Their rollups, agg_department_scores, agg_channel_scores,
// agg_org_items and agg_department_items, follow by triggers: db/schema-aggregates.ts.) Every change to a *published* audit goes through here, inside the
// same transaction as the change: subtract the audit's old contribution (sign -1) before
// the change, add the new one (sign +1) after. Dashboards read only these tables.
// rebuildAggregates recomputes the tables and their rollups from the published audits (operator command
// `npm run etalonas -- aggregates:rebuild`, and the reference the tests compare against).
import { and, eq, sql } from "drizzle-orm";
import type { Db } from "~/db.server";
import { vilniusMonth } from "~/domain/time";
import { aggItems, aggScores, audits } from "../../../db/schema";

/** SQLite has no time zones: months are computed by the same JS function everywhere. */
function registerMonthFunction(db: Db) {
  db.$client.function("vilnius_month", { deterministic: true }, (ms: unknown) => vilniusMonth(Number(ms)));
}

const SCORES_INTO = `INSERT INTO agg_scores (month, department_id, employee_id, channel, checklist_id, audit_type,
    audits, scored, sum_score, sum_sq_score, critical_failures, passes)`;
const SCORES_ON_CONFLICT = `ON CONFLICT (month, department_id, employee_id, channel, checklist_id, audit_type) DO UPDATE SET
    audits = audits + excluded.audits, scored = scored + excluded.scored, sum_score = sum_score + excluded.sum_score,
    sum_sq_score = sum_sq_score + excluded.sum_sq_score, critical_failures = critical_failures + excluded.critical_failures,
    passes = passes + excluded.passes`;

/**
 * Adds one contribution to a row of agg_scores (positional parameters: the six dimensions,
 * then audits, scored, sum_score, sum_sq_score, critical_failures, passes). The bulk writer
 * prepares it; applyAuditToAggregates runs the same clauses, so both do the same arithmetic.
 */
export const UPSERT_AGG_SCORES = `${SCORES_INTO} VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ${SCORES_ON_CONFLICT}`;

/** What an agg_items insert does when the row exists: add the counts. */
const ITEMS_ON_CONFLICT = `ON CONFLICT (month, department_id, channel, checklist_id, audit_type, item_key) DO UPDATE SET
    applicable = applicable + excluded.applicable, yes = yes + excluded.yes, partial = partial + excluded.partial,
    no = no + excluded.no, na = na + excluded.na`;

/** Adds counts to a row of agg_items (the five dimensions, item_key, then the five counts). */
export const UPSERT_AGG_ITEMS = `INSERT INTO agg_items (month, department_id, channel, checklist_id, audit_type, item_key,
    applicable, yes, partial, no, na) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
  ${ITEMS_ON_CONFLICT}`;

/** Adds (sign 1) or removes (sign -1) a published audit's contribution. Others are ignored. */
export function applyAuditToAggregates(db: Db, auditId: number, sign: 1 | -1) {
  const audit = db.select().from(audits).where(eq(audits.id, auditId)).get();
  if (!audit || audit.state !== "published") return;
  const month = vilniusMonth(audit.interactionAt);
  const score = audit.score ?? 0;
  const values = [
    month, audit.departmentId, audit.employeeId ?? 0, audit.channel, audit.checklistId, audit.auditType,
    sign, sign * (audit.score === null ? 0 : 1), sign * score, sign * score * score,
    sign * (audit.criticalFailure ? 1 : 0), sign * (audit.passed ? 1 : 0),
  ];
  // Through drizzle rather than $client: this also runs on transaction objects.
  db.run(sql`${sql.raw(SCORES_INTO)} VALUES (${sql.join(values.map((v) => sql`${v}`), sql`, `)}) ${sql.raw(SCORES_ON_CONFLICT)}`);

  // One set-based upsert for all of the audit's answers (value: 1 yes, 0.5 partial, 0 no,
  // null N/A or unanswered). "WHERE true" lets SQLite parse INSERT … SELECT … ON CONFLICT.
  db.run(sql`
    INSERT INTO agg_items (month, department_id, channel, checklist_id, audit_type, item_key, applicable, yes, partial, no, na)
    SELECT ${month}, ${audit.departmentId}, ${audit.channel}, ${audit.checklistId}, ${audit.auditType}, item_key,
      ${sign} * (value IS NOT NULL), ${sign} * (value IS 1), ${sign} * (value IS 0.5), ${sign} * (value IS 0), ${sign} * (value IS NULL)
    FROM audit_answers WHERE audit_id = ${auditId} AND true
    ${sql.raw(ITEMS_ON_CONFLICT)}`);

  // Rows that fell to zero audits are removed so that a recomputation compares equal.
  if (sign === -1) {
    db.delete(aggScores).where(and(eq(aggScores.audits, 0), eq(aggScores.month, month))).run();
    db.delete(aggItems)
      .where(and(eq(aggItems.month, month), sql`${aggItems.applicable} + ${aggItems.na} = 0`))
      .run();
  }
}

/** Recomputes the aggregate tables and their rollups from the published audits, in one transaction. */
export function rebuildAggregates(db: Db): { scoreRows: number; itemRows: number; audits: number } {
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
      FROM audits WHERE state = 'published'
      GROUP BY 1, 2, 3, 4, 5, 6`);
    tx.run(sql`
      INSERT INTO agg_items (month, department_id, channel, checklist_id, audit_type, item_key, applicable, yes, partial, no, na)
      SELECT vilnius_month(a.interaction_at), a.department_id, a.channel, a.checklist_id, a.audit_type, x.item_key,
        sum(x.value IS NOT NULL), sum(x.value IS 1), sum(x.value IS 0.5), sum(x.value IS 0), sum(x.value IS NULL)
      FROM audit_answers x JOIN audits a ON a.id = x.audit_id
      WHERE a.state = 'published'
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
    const count = (table: string) =>
      (tx.get<{ n: number }>(sql.raw(`SELECT count(*) AS n FROM ${table}`)) ?? { n: 0 }).n;
    return {
      scoreRows: count("agg_scores"),
      itemRows: count("agg_items"),
      audits: (tx.get<{ n: number }>(sql`SELECT count(*) AS n FROM audits WHERE state = 'published'`) ?? { n: 0 }).n,
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
      `${result.itemRows} item rows (${ms} ms).`,
  );
  return result;
}
