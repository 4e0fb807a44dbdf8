// Server-side sessions stored in the database. The cookie holds a random 256-bit token;
// the database holds its SHA-256, so the table alone cannot be used to sign in.
import { createHash, randomBytes } from "node:crypto";
import { eq, lt as lessThan } from "drizzle-orm";
import { bound, prepared, type Db } from "~/db.server";
import { readCookie } from "./cookies.server";
import { writeUnlessImport } from "./write-gate.server";
import { sessions } from "../../db/schema";

export const SESSION_COOKIE = "etalonas_session";
/**
 * Over HTTPS the cookie is named with the `__Host-` prefix: browsers then accept it only
 * with Secure, Path=/ and no Domain, so neither a sibling subdomain nor a plain-http page
 * can plant or overwrite it.
 */
export const SECURE_SESSION_COOKIE = `__Host-${SESSION_COOKIE}`;
export const IDLE_TIMEOUT_MS = 30 * 60 * 1000;
export const ABSOLUTE_TIMEOUT_MS = 12 * 60 * 60 * 1000;
// Writing last_seen_at on every request would turn reads into writes; a minute is precise enough.
const TOUCH_EVERY_MS = 60 * 1000;

const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

function isSecure(request: Request) {
  return new URL(request.url).protocol === "https:";
}

/** The session cookie's name for this request (see SECURE_SESSION_COOKIE). */
export const sessionCookieName = (request: Request) => (isSecure(request) ? SECURE_SESSION_COOKIE : SESSION_COOKIE);

export function readSessionToken(request: Request): string | null {
  return readCookie(request, sessionCookieName(request));
}

export function sessionCookie(request: Request, token: string | null): string {
  const attributes = ["Path=/", "HttpOnly", "SameSite=Lax"];
  if (isSecure(request)) attributes.push("Secure");
  if (token === null) attributes.push("Max-Age=0", "Expires=Thu, 01 Jan 1970 00:00:00 GMT");
  else attributes.push(`Max-Age=${ABSOLUTE_TIMEOUT_MS / 1000}`);
  return [`${sessionCookieName(request)}=${token ?? ""}`, ...attributes].join("; ");
}

/** Starts a new session (a fresh id at every sign-in) and returns the Set-Cookie value. */
export function createSession(db: Db, request: Request, userId: number, now = Date.now()): string {
  const token = randomBytes(32).toString("base64url");
  db.insert(sessions)
    .values({
      id: hashToken(token),
      userId,
      createdAt: now,
      lastSeenAt: now,
      ip: clientIp(request),
      userAgent: request.headers.get("User-Agent")?.slice(0, 300) ?? null,
    })
    .run();
  return sessionCookie(request, token);
}

// Every request reads its session: these run as statements prepared once per connection.
const selectSession = (db: Db) =>
  db
    .select()
    .from(sessions)
    .where(eq(sessions.id, bound("id")))
    .prepare();
const deleteSession = (db: Db) =>
  db
    .delete(sessions)
    .where(eq(sessions.id, bound("id")))
    .prepare();
const touchSession = (db: Db) =>
  db
    .update(sessions)
    .set({ lastSeenAt: bound("now") })
    .where(eq(sessions.id, bound("id")))
    .prepare();

/** The live session's user id, or null; expired sessions are deleted on sight. */
export function getSessionUserId(db: Db, request: Request, now = Date.now()): number | null {
  const token = readSessionToken(request);
  if (!token) return null;
  const id = hashToken(token);
  const row = prepared(db, selectSession).get({ id });
  if (!row) return null;
  // Pages call this too: while an import holds the write lock, these writes are left to a
  // later request (app/lib/write-gate.server.ts).
  if (now - row.lastSeenAt > IDLE_TIMEOUT_MS || now - row.createdAt > ABSOLUTE_TIMEOUT_MS) {
    writeUnlessImport(() => prepared(db, deleteSession).run({ id }));
    return null;
  }
  if (now - row.lastSeenAt > TOUCH_EVERY_MS) writeUnlessImport(() => prepared(db, touchSession).run({ id, now }));
  return row.userId;
}

/**
 * When the user of this session last proved it with the password: the sign-in, or a later
 * re-authentication (app/lib/reauth.server.ts). Null without a session.
 */
export function sessionAuthenticatedAt(db: Db, request: Request): number | null {
  const token = readSessionToken(request);
  if (!token) return null;
  const row = prepared(db, selectSession).get({ id: hashToken(token) });
  return row ? Math.max(row.createdAt, row.reauthenticatedAt ?? 0) : null;
}

/** The stored id (hash) of this request's session, or null. */
export function currentSessionId(request: Request): string | null {
  const token = readSessionToken(request);
  return token ? hashToken(token) : null;
}

export function markReauthenticated(db: Db, request: Request, now = Date.now()) {
  const token = readSessionToken(request);
  if (token)
    db.update(sessions)
      .set({ reauthenticatedAt: now })
      .where(eq(sessions.id, hashToken(token)))
      .run();
}

export function destroySession(db: Db, request: Request) {
  const token = readSessionToken(request);
  if (token)
    db.delete(sessions)
      .where(eq(sessions.id, hashToken(token)))
      .run();
}

export function destroyUserSessions(db: Db, userId: number) {
  db.delete(sessions).where(eq(sessions.userId, userId)).run();
}

export function purgeExpiredSessions(db: Db, now = Date.now()) {
  db.delete(sessions)
    .where(lessThan(sessions.lastSeenAt, now - IDLE_TIMEOUT_MS))
    .run();
  db.delete(sessions)
    .where(lessThan(sessions.createdAt, now - ABSOLUTE_TIMEOUT_MS))
    .run();
}

/** The client's address as the server adapter recorded it (see server/node-adapter.ts). */
export function clientIp(request: Request): string {
  return request.headers.get("X-Etalonas-Client-Ip") ?? "unknown";
}
