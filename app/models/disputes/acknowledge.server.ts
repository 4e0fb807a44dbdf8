// „Susipažinau“: the employee confirms they have seen a published audit about them. Recorded
// once, with the time; a second confirmation changes nothing.
import { eq } from "drizzle-orm";
import type { Db } from "~/db.server";
import type { SessionUser } from "~/lib/auth.server";
import { canSeeAudit } from "~/models/audits/access.server";
import { getAuditRow } from "~/models/audits/audit.server";
import { auditAcknowledgements } from "../../../db/schema";
import { DisputeError } from "./errors.server";
import { isAboutUser } from "./scope.server";

export function acknowledgeAudit(db: Db, user: SessionUser, auditId: number, now = Date.now()): { first: boolean } {
  const audit = getAuditRow(db, auditId);
  if (!audit || !canSeeAudit(user, audit)) throw new DisputeError("not_found", 404);
  if (!isAboutUser(user, audit)) throw new DisputeError("disputes.error.notYours", 403);
  if (audit.state !== "published") throw new DisputeError("disputes.error.notPublished");
  const inserted = db.insert(auditAcknowledgements).values({ auditId, userId: user.id, at: now }).onConflictDoNothing().run();
  return { first: inserted.changes > 0 };
}

export function acknowledgementOf(db: Db, auditId: number): { at: number } | null {
  return (
    db.select({ at: auditAcknowledgements.at }).from(auditAcknowledgements).where(eq(auditAcknowledgements.auditId, auditId)).get() ?? null
  );
}
