// The sign-in decision: rate limits first, then the password, then a fresh session, or,
// for an account with two-factor sign-in, the code step (app/models/two-factor/challenge.server.ts).
import type { Db } from "~/db.server";
import { dummyVerify, verifyPassword } from "~/lib/password.server";
import { releaseAttempt, reserveSignInAttempt } from "~/lib/rate-limit.server";
import { clientIp, createSession, destroySession } from "~/lib/session.server";
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
  if (!attempt.ok) return { ok: false, reason: "rate_limited", retryAfterMs: attempt.retryAfterMs };
  const user = findUserByEmail(db, email);
  const valid = user && user.active ? await verifyPassword(user.passwordHash, password) : await dummyVerify(password);
  if (!user || !valid) return { ok: false, reason: "invalid", userId: user?.id ?? null };
  releaseAttempt(db, attempt);
  // Rotation: whatever session the browser had before is ended; sign-in gets a new id.
  destroySession(db, request);
  if (hasTwoFactor(db, user.id))
    return { ok: true, setCookie: startChallenge(db, request, user.id, redirectTo), userId: user.id, secondFactor: true };
  return { ok: true, setCookie: createSession(db, request, user.id), userId: user.id, secondFactor: false };
}
