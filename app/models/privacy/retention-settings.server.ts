// An organisation's retention periods: the saved row, or the defaults.
import { eq } from "drizzle-orm";
import type { Db } from "~/db.server";
import { DEFAULT_RETENTION, type RetentionSettings } from "~/domain/retention/policy";
import { retentionSettings } from "../../../db/schema";

export function getRetention(db: Db, orgId: number): RetentionSettings & { saved: boolean } {
  const row = db.select().from(retentionSettings).where(eq(retentionSettings.orgId, orgId)).get();
  if (!row) return { ...DEFAULT_RETENTION, saved: false };
  return { auditsMonths: row.auditsMonths, accessLogMonths: row.accessLogMonths, leaversMonths: row.leaversMonths, saved: true };
}

export function saveRetention(db: Db, orgId: number, settings: RetentionSettings, userId: number) {
  const values = { ...settings, updatedAt: Date.now(), updatedBy: userId };
  db.insert(retentionSettings)
    .values({ orgId, ...values })
    .onConflictDoUpdate({ target: retentionSettings.orgId, set: values })
    .run();
}
