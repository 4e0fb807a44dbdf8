// Writing the access log of personal data (GDPR Art. 5(2), 30, 32): who looked at or took
// out whose data, when. Every page and export that shows named staff's scores calls this.
import { bound, prepared, type Db } from "~/db.server";
import type { AccessAction } from "~/domain/access-log/actions";
import type { SessionUser } from "~/lib/auth.server";
import { writeWhenFree } from "~/lib/write-gate.server";
import { accessLog } from "../../../db/schema";

export type AccessEntry = {
  action: AccessAction;
  /** "kind:id" (audit:12, employee:4, department:3) or a short name of what was exported. */
  object: string;
  /** The organisation whose data it was. */
  orgId: number | null;
  /** The one employee it was about, if it was about one. */
  employeeId?: number | null;
  detail?: string | null;
};

const insertEntry = (db: Db) =>
  db
    .insert(accessLog)
    .values({
      userId: bound("userId"),
      orgId: bound("orgId"),
      action: bound("action"),
      object: bound("object"),
      employeeId: bound("employeeId"),
      detail: bound("detail"),
    })
    .prepare();

/** Records an access now: inside an action (which holds a write turn) or a transaction. */
export function recordAccess(db: Db, user: Pick<SessionUser, "id"> | null, entry: AccessEntry) {
  prepared(db, insertEntry).run({
    userId: user?.id ?? null,
    orgId: entry.orgId,
    action: entry.action,
    object: entry.object,
    employeeId: entry.employeeId ?? null,
    detail: entry.detail ?? null,
  });
}

/** Records an access from a page's loader: now, or after a CSV import that holds the write
 * lock (not making the page wait for it). */
export async function logAccess(db: Db, user: Pick<SessionUser, "id"> | null, entry: AccessEntry): Promise<void> {
  writeWhenFree(() => recordAccess(db, user, entry));
}
