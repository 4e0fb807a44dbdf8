// The sign-in decision: rate limits first, then the password, then a fresh session, or,
// for an account with two-factor sign-in, the code step (app/models/two-factor/challenge.server.ts).
import type { Db } from "~/db.server";
import { dummyVerify, verifyPassword } from "~/lib/password.server";
import { releaseAttempt, reserveSignInAttempt } from "~/lib/rate-limit.server";
import { clientIp, createSession, destroySession } from "~/lib/session.server";
import { recordSecurityEvent } from "../security-log/record.server";
import { startChallenge } from "../two-factor/challenge.server";
import { hasTwoFactor } from "../two-factor/factor.server";
import { findUserByEmail, normalizeEmail } from "./user.server";

export type SignInResult =
  | { ok: true; setCookie: string; userId: number; secondFactor: boolean }
  | { ok: false; reason: "invalid"; userId: number | null }
  | { ok: false; reason: "rate_limited"; retryAfterMs: number };

export async function signIn(db: Db, request: Request, emailInput: string, password: string, redirectTo = "/"): Promise<SignInResult> {
  const email = normalizeEmail(emailInput);
  const ip = clientIp(request);
  // Counted before the password is checked: concurrent guesses cannot slip past the limit.
  const attempt = reserveSignInAttempt(db, email, ip);
  const user = findUserByEmail(db, email);
  // An unknown e-mail belongs to no organisation: the event is the platform administrator's.
  const about = user ? { orgId: user.orgId, userId: user.id } : { orgId: null, detail: email };
  if (!attempt.ok) {
    recordSecurityEvent(db, request, { type: "sign_in_throttled", ...about });
    return { ok: false, reason: "rate_limited", retryAfterMs: attempt.retryAfterMs };
  }
  const valid = user && user.active ? await verifyPassword(user.passwordHash, password) : await dummyVerify(password);
  if (!user || !valid) {
    recordSecurityEvent(db, request, { type: "sign_in_failed", ...about, ...(user && !user.active ? { detail: "inactive account" } : {}) });
    return { ok: false, reason: "invalid", userId: user?.id ?? null };
  }
  releaseAttempt(db, attempt);
  // Rotation: whatever session the browser had before is ended; sign-in gets a new id.
  destroySession(db, request);
  if (hasTwoFactor(db, user.id))
    return { ok: true, setCookie: startChallenge(db, request, user.id, redirectTo), userId: user.id, secondFactor: true };
  recordSecurityEvent(db, request, { type: "sign_in", orgId: user.orgId, userId: user.id });
  return { ok: true, setCookie: createSession(db, request, user.id), userId: user.id, secondFactor: false };
}
