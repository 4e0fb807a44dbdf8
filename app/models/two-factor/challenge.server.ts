// The half-signed-in state between the password and the code. It is not a session: no
// page accepts it, only /login/code. The browser holds a random token in a cookie, the
// database its SHA-256; it lasts five minutes and allows five wrong codes, after which
// the password must be entered again. Each code attempt also counts against the sign-in
// limits (app/lib/rate-limit.server.ts), so a stolen password does not buy unlimited
// guesses at the code.
import { createHash, randomBytes } from "node:crypto";
import { eq, lt, sql } from "drizzle-orm";
import type { Db } from "~/db.server";
import { readCookie } from "~/lib/cookies.server";
import { releaseAttempt, reserveSignInAttempt } from "~/lib/rate-limit.server";
import { clientIp, createSession, destroySession } from "~/lib/session.server";
import { twoFactorChallenges, users } from "../../../db/schema";
import { recordSecurityEvent } from "../security-log/record.server";
import { checkSecondFactor } from "./factor.server";

export const CHALLENGE_TTL_MS = 5 * 60 * 1000;
export const CHALLENGE_MAX_FAILURES = 5;
const COOKIE = "etalonas_two_factor";

const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");
const isSecure = (request: Request) => new URL(request.url).protocol === "https:";
const cookieName = (request: Request) => (isSecure(request) ? `__Host-${COOKIE}` : COOKIE);

function challengeCookie(request: Request, token: string | null) {
  const attributes = ["Path=/", "HttpOnly", "SameSite=Lax", token ? `Max-Age=${CHALLENGE_TTL_MS / 1000}` : "Max-Age=0"];
  if (isSecure(request)) attributes.push("Secure");
  return [`${cookieName(request)}=${token ?? ""}`, ...attributes].join("; ");
}

/** Password accepted: starts the challenge and returns its Set-Cookie. */
export function startChallenge(db: Db, request: Request, userId: number, redirectTo: string, now = Date.now()): string {
  const token = randomBytes(32).toString("base64url");
  db.delete(twoFactorChallenges)
    .where(lt(twoFactorChallenges.createdAt, now - CHALLENGE_TTL_MS))
    .run();
  db.insert(twoFactorChallenges)
    .values({ id: hashToken(token), userId, createdAt: now, redirectTo })
    .run();
  return challengeCookie(request, token);
}

export const clearChallengeCookie = (request: Request) => challengeCookie(request, null);

/** The live challenge of this browser with its user's e-mail, or undefined. */
export function readChallenge(db: Db, request: Request, now = Date.now()) {
  const token = readCookie(request, cookieName(request));
  if (!token) return undefined;
  const row = db
    .select({
      id: twoFactorChallenges.id,
      orgId: users.orgId,
      userId: twoFactorChallenges.userId,
      createdAt: twoFactorChallenges.createdAt,
      redirectTo: twoFactorChallenges.redirectTo,
      email: users.email,
      active: users.active,
    })
    .from(twoFactorChallenges)
    .innerJoin(users, eq(users.id, twoFactorChallenges.userId))
    .where(eq(twoFactorChallenges.id, hashToken(token)))
    .get();
  return row && row.active && now - row.createdAt <= CHALLENGE_TTL_MS ? row : undefined;
}

export type ChallengeResult =
  | { ok: true; setCookie: string[]; redirectTo: string; userId: number; method: "totp" | "recovery" }
  | { ok: false; reason: "expired" }
  | { ok: false; reason: "invalid"; userId: number }
  | { ok: false; reason: "rate_limited"; retryAfterMs: number };

/** The code step: a right code ends the challenge and starts the session. */
export function answerChallenge(db: Db, request: Request, code: string, now = Date.now()): ChallengeResult {
  const challenge = readChallenge(db, request, now);
  if (!challenge) return { ok: false, reason: "expired" };
  const attempt = reserveSignInAttempt(db, challenge.email, clientIp(request), now);
  const about = { orgId: challenge.orgId, userId: challenge.userId };
  if (!attempt.ok) {
    recordSecurityEvent(db, request, { type: "sign_in_throttled", ...about, detail: "second factor" });
    return { ok: false, reason: "rate_limited", retryAfterMs: attempt.retryAfterMs };
  }
  const check = checkSecondFactor(db, challenge.userId, code, now);
  if (!check.ok) {
    db.update(twoFactorChallenges)
      .set({ failures: sql`${twoFactorChallenges.failures} + 1` })
      .where(eq(twoFactorChallenges.id, challenge.id))
      .run();
    db.delete(twoFactorChallenges)
      .where(sql`${twoFactorChallenges.id} = ${challenge.id} AND ${twoFactorChallenges.failures} >= ${CHALLENGE_MAX_FAILURES}`)
      .run();
    recordSecurityEvent(db, request, { type: "sign_in_failed", ...about, detail: "second factor" });
    return { ok: false, reason: "invalid", userId: challenge.userId };
  }
  releaseAttempt(db, attempt);
  if (check.method === "recovery") recordSecurityEvent(db, request, { type: "recovery_code_used", ...about });
  recordSecurityEvent(db, request, { type: "sign_in", ...about, detail: `two factors (${check.method})` });
  db.delete(twoFactorChallenges).where(eq(twoFactorChallenges.id, challenge.id)).run();
  destroySession(db, request);
  const session = createSession(db, request, challenge.userId, now);
  return {
    ok: true,
    setCookie: [session, clearChallengeCookie(request)],
    redirectTo: challenge.redirectTo,
    userId: challenge.userId,
    method: check.method,
  };
}
