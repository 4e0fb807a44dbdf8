// Versions are shown as a number and a date ("v3, 2026-11-21"), never as their hash: numbered
// per checklist in the order they were first loaded. Derived on read, so it cannot drift.
// (Kept apart from versions.server.ts, which needs the audit access rules: the audit pages
// import this file, and app/models has no import cycles.)
import { eq, sql } from "drizzle-orm";
import type { Db } from "~/db.server";
import { checklistVersions } from "../../../db/schema";

export type VersionLabel = { number: number; loadedAt: number };

/** Every version of a checklist, oldest first, with its number. */
export function numberedVersions(db: Db, checklistId: string) {
  return db
    .select({
      id: checklistVersions.id,
      loadedAt: checklistVersions.createdAt,
      // Ties in the load time (two loads in one millisecond) go by insertion order.
      number: sql<number>`row_number() over (order by ${checklistVersions.createdAt}, rowid)`,
    })
    .from(checklistVersions)
    .where(eq(checklistVersions.checklistId, checklistId))
    .orderBy(checklistVersions.createdAt, sql`rowid`)
    .all();
}

/** The number and load date of one version, or undefined for an unknown id. */
export function versionLabel(db: Db, versionId: string): VersionLabel | undefined {
  const row = db.select({ checklistId: checklistVersions.checklistId }).from(checklistVersions).where(eq(checklistVersions.id, versionId)).get();
  const found = row ? numberedVersions(db, row.checklistId).find((v) => v.id === versionId) : undefined;
  return found ? { number: found.number, loadedAt: found.loadedAt } : undefined;
}
