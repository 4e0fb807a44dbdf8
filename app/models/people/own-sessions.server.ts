// A user's own sessions: where they are signed in (address, browser, since, last seen),
// and ending one or all the others (a forgotten public computer, a lost phone). Each
// session is named to the page by a prefix of its stored hash, never by its token.
import { and, desc, eq, like, ne } from "drizzle-orm";
import type { Db } from "~/db.server";
import type { SessionUser } from "~/lib/auth.server";
import { currentSessionId } from "~/lib/session.server";
import { sessions } from "../../../db/schema";
import { recordSecurityEvent } from "../security-log/record.server";

const KEY_LENGTH = 16;

export function listOwnSessions(db: Db, request: Request, user: SessionUser) {
  const current = currentSessionId(request);
  return db
    .select()
    .from(sessions)
    .where(eq(sessions.userId, user.id))
    .orderBy(desc(sessions.lastSeenAt))
    .all()
    .map((s) => ({
      key: s.id.slice(0, KEY_LENGTH),
      ip: s.ip,
      userAgent: s.userAgent,
      createdAt: s.createdAt,
      lastSeenAt: s.lastSeenAt,
      current: s.id === current,
    }));
}

/** Ends one of the user's other sessions (by key) or all of them; never this one. Returns how many ended. */
export function endOwnSessions(db: Db, request: Request, user: SessionUser, key: string | "others"): number {
  const current = currentSessionId(request) ?? "";
  if (key !== "others" && !/^[0-9a-f]{16}$/.test(key)) return 0;
  return db.transaction((tx) => {
    const ended = tx
      .delete(sessions)
      .where(and(eq(sessions.userId, user.id), ne(sessions.id, current), key === "others" ? undefined : like(sessions.id, `${key}%`)))
      .run().changes;
    if (ended)
      recordSecurityEvent(tx as unknown as Db, request, {
        type: "sign_out",
        orgId: user.orgId,
        userId: user.id,
        detail: `${ended} other session(s) ended by the user`,
      });
    return ended;
  });
}
