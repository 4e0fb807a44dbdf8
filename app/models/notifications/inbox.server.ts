// The in-app inbox: messages to one user, written in the same transaction as the change they
// report, read and marked read only by that user (another user's message is a 404).
import { and, count, desc, eq, inArray, isNull } from "drizzle-orm";
import type { Db } from "~/db.server";
import type { NotificationKind } from "~/domain/enums";
import type { SessionUser } from "~/lib/auth.server";
import { notifications } from "../../../db/schema";

export function notify(db: Db, userIds: number[], kind: NotificationKind, params: Record<string, string>, link: string, now = Date.now()) {
  for (const userId of new Set(userIds)) db.insert(notifications).values({ userId, kind, params, link, createdAt: now }).run();
}

export function unreadCount(db: Db, userId: number): number {
  return (
    db
      .select({ n: count() })
      .from(notifications)
      .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)))
      .get()?.n ?? 0
  );
}

export function countInbox(db: Db, user: SessionUser): number {
  return db.select({ n: count() }).from(notifications).where(eq(notifications.userId, user.id)).get()?.n ?? 0;
}

/** The user's messages, newest first. */
export function listInbox(db: Db, user: SessionUser, { limit = 25, offset = 0 } = {}) {
  return db
    .select()
    .from(notifications)
    .where(eq(notifications.userId, user.id))
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(limit)
    .offset(offset)
    .all();
}

/** Marks one of the user's messages read and returns its link; undefined when it is not theirs. */
export function markRead(db: Db, user: SessionUser, id: number, now = Date.now()): string | undefined {
  const row = db
    .select({ link: notifications.link, readAt: notifications.readAt })
    .from(notifications)
    .where(and(eq(notifications.id, id), eq(notifications.userId, user.id)))
    .get();
  if (!row) return undefined;
  if (row.readAt === null) db.update(notifications).set({ readAt: now }).where(eq(notifications.id, id)).run();
  return row.link;
}

export function markAllRead(db: Db, user: SessionUser, now = Date.now()) {
  const unread = db
    .select({ id: notifications.id })
    .from(notifications)
    .where(and(eq(notifications.userId, user.id), isNull(notifications.readAt)))
    .all()
    .map((r) => r.id);
  if (unread.length) db.update(notifications).set({ readAt: now }).where(inArray(notifications.id, unread)).run();
}
