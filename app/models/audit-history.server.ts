// The append-only audit history: one row per state change or edit. Never updated or deleted.
import type { Db } from "~/db.server";
import { auditHistory, type AuditState } from "../../db/schema";

export type HistoryAction =
  | "created"
  | "edited"
  | "submitted"
  | "returned"
  | "rejected"
  | "published"
  | "employee_resolved"
  | "imported";

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
  db.insert(auditHistory)
    .values({
      auditId: entry.auditId,
      at: entry.at ?? Date.now(),
      actorId: entry.actorId,
      action: entry.action,
      fromState: entry.fromState ?? null,
      toState: entry.toState ?? null,
      comment: entry.comment ?? null,
      details: entry.details ?? null,
    })
    .run();
}
