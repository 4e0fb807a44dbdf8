// The staff notice of an organisation: the administrator's texts (or none: the defaults),
// the retention periods the purge applies, and the organisation's contact lines.
import { eq } from "drizzle-orm";
import type { Db } from "~/db.server";
import { organisations, privacyNotices } from "../../../db/schema";
import { getRetention } from "./retention-settings.server";

export type NoticeTexts = { purpose?: string | null; contact?: string | null };

/** Line ends as typed on any system, outer blanks gone; empty: null (the default text). */
const clean = (text: string | null | undefined) => text?.replace(/\r\n?/g, "\n").trim() || null;

export function getNotice(db: Db, orgId: number) {
  const organisation = db
    .select({ name: organisations.name, contact: organisations.contact })
    .from(organisations)
    .where(eq(organisations.id, orgId))
    .get();
  if (!organisation) return undefined;
  const row = db.select().from(privacyNotices).where(eq(privacyNotices.orgId, orgId)).get();
  const { saved: _saved, ...retention } = getRetention(db, orgId);
  return {
    organisation,
    purpose: row?.purpose ?? null,
    contact: row?.contact ?? null,
    updatedAt: row?.updatedAt ?? null,
    retention,
  };
}

/** Saves the texts; an empty one goes back to the default. */
export function saveNotice(db: Db, orgId: number, texts: NoticeTexts, userId: number) {
  const values = { purpose: clean(texts.purpose), contact: clean(texts.contact), updatedAt: Date.now(), updatedBy: userId };
  db.insert(privacyNotices)
    .values({ orgId, ...values })
    .onConflictDoUpdate({ target: privacyNotices.orgId, set: values })
    .run();
}
