// Deleting audits past their organisation's retention period (app/models/privacy/purge).
// Part of the audit store's writers: each deleted audit's contribution leaves the dashboard
// aggregates in the same transaction, so the dashboards never count an audit that is gone.
import type { Db } from "~/db.server";
import { createAggregateDelta } from "./aggregate-delta.server";

/** Deletes the organisation's audits whose interaction was before `cutoff`, with their answers, scores and history. */
export function deleteAuditsBefore(db: Db, orgId: number, cutoff: number): number {
  const client = db.$client;
  const ids = (client.prepare("SELECT id FROM audits WHERE org_id = ? AND interaction_at < ?").all(orgId, cutoff) as { id: number }[]).map(
    (r) => r.id,
  );
  if (ids.length === 0) return 0;
  const delta = createAggregateDelta(db);
  for (const id of ids) delta.addStored(db, id, -1);
  delta.flush(db);
  // Answers, section scores, history and suggestions go with their audit (ON DELETE CASCADE).
  const remove = client.prepare("DELETE FROM audits WHERE id = ?");
  for (const id of ids) remove.run(id);
  // An inspection whose every audit is gone goes too (with its attendance list).
  client
    .prepare(
      `DELETE FROM inspections WHERE inspected_at < ? AND department_id IN (SELECT id FROM departments WHERE org_id = ?)
       AND NOT EXISTS (SELECT 1 FROM audits a WHERE a.inspection_id = inspections.id)`,
    )
    .run(cutoff, orgId);
  return ids.length;
}

/** How many audits deleteAuditsBefore would delete. */
export function countAuditsBefore(db: Db, orgId: number, cutoff: number): number {
  return (
    db.$client.prepare("SELECT count(*) AS n FROM audits WHERE org_id = ? AND interaction_at < ?").get(orgId, cutoff) as { n: number }
  ).n;
}
