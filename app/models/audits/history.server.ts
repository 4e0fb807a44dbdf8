// The append-only audit history: one row per state change or edit. Never updated or deleted.
import { statement, type Db } from "~/db.server";
import type { AuditState } from "../../../db/schema";

export type HistoryAction =
  "created" | "edited" | "submitted" | "returned" | "rejected" | "published" | "employee_resolved" | "imported" | "dispute_corrected";

// Every change of an audit writes one (the generator and the import, thousands a second).
const INSERT = `INSERT INTO audit_history (audit_id, at, actor_id, action, from_state, to_state, comment, details)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?)`;

export function recordHistory(
  db: Db,
  entry: {
    auditId: number;
    actorId: number | null;
    action: HistoryAction;
    fromState?: AuditState | null;
    toState?: AuditState | null;
    comment?: string | null;
    details?: unknown;
    at?: number;
  },
) {
  statement(db, INSERT).run(
    entry.auditId,
    entry.at ?? Date.now(),
    entry.actorId,
    entry.action,
    entry.fromState ?? null,
    entry.toState ?? null,
    entry.comment ?? null,
    entry.details == null ? null : JSON.stringify(entry.details),
  );
}
