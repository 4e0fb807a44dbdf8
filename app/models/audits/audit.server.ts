// Reading one audit row. Writing an audit is the store's (store.server.ts).
import { eq } from "drizzle-orm";
import { bound, prepared, type Db } from "~/db.server";
import { audits } from "../../../db/schema";

export type AuditRow = typeof audits.$inferSelect;

// Every save and submission reads the audit first: prepared once per connection.
const selectAudit = (db: Db) =>
  db
    .select()
    .from(audits)
    .where(eq(audits.id, bound("id")))
    .prepare();

export function getAuditRow(db: Db, id: number): AuditRow | undefined {
  return prepared(db, selectAudit).get({ id });
}
