// External references for audits made in Etalonas itself (they have none): an export writes
// "ETL-<instance>-<audit id>", and an import of that reference finds the audit again. The
// instance part (random, kept in settings) stops a file from another installation from
// matching this installation's audit of the same id.
import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Db } from "~/db.server";
import { settings } from "../../../db/schema";

const KEY = "csv.instance_id";

export function instanceId(db: Db): string {
  const row = db.select().from(settings).where(eq(settings.key, KEY)).get();
  if (row) return row.value;
  const value = randomBytes(4).toString("hex").toUpperCase();
  db.insert(settings).values({ key: KEY, value }).onConflictDoNothing().run();
  return db.select().from(settings).where(eq(settings.key, KEY)).get()!.value;
}

export const syntheticRef = (instance: string, auditId: number) => `ETL-${instance}-${auditId}`;

/** The audit id of this installation's synthetic reference, or null for any other text. */
export function syntheticAuditId(instance: string, ref: string): number | null {
  const m = /^ETL-([0-9A-F]+)-(\d{1,12})$/i.exec(ref.trim());
  return m && m[1].toUpperCase() === instance ? Number(m[2]) : null;
}
