// The append-only audit history: one row per state change or edit. Never updated or deleted.
import { bound, prepared, type Db } from "~/db.server";
import { auditHistory, type AuditState } from "../../../db/schema";

export type HistoryAction =
  | "created"
  | "edited"
  | "submitted"
  | "returned"
  | "rejected"
  | "published"
  | "employee_resolved"
  | "imported";

const p = bound;
// Every change of an audit writes one: prepared once per connection.
const insertEntry = (db: Db) =>
  db
    .insert(auditHistory)
    .values({ auditId: p("auditId"), at: p("at"), actorId: p("actorId"), action: p("action"), fromState: p("fromState"), toState: p("toState"), comment: p("comment"), details: p("details") })
    .prepare();

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
  prepared(db, insertEntry).run({
    auditId: entry.auditId,
    at: entry.at ?? Date.now(),
    actorId: entry.actorId,
    action: entry.action,
    fromState: entry.fromState ?? null,
    toState: entry.toState ?? null,
    comment: entry.comment ?? null,
    details: entry.details == null ? null : JSON.stringify(entry.details),
  });
}
