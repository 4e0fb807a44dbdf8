// The sign-in decision: rate limits first, then the password, then a fresh session.
import type { Db } from "~/db.server";
import { dummyVerify, verifyPassword } from "~/lib/password.server";
import { clearAccountFailures, isSignInBlocked, recordSignInFailure } from "~/lib/rate-limit.server";
import { clientIp, createSession, destroySession } from "~/lib/session.server";
import { findUserByEmail, normalizeEmail } from "./user.server";

export type SignInResult =
  | { ok: true; setCookie: string; userId: number }
  | { ok: false; reason: "invalid" | "rate_limited" };

export async function signIn(db: Db, request: Request, emailInput: string, password: string): Promise<SignInResult> {
  const email = normalizeEmail(emailInput);
  const ip = clientIp(request);
  if (isSignInBlocked(db, email, ip)) return { ok: false, reason: "rate_limited" };
  const user = findUserByEmail(db, email);
  const valid = user && user.active ? await verifyPassword(user.passwordHash, password) : await dummyVerify(password);
  if (!user || !valid) {
    recordSignInFailure(db, email, ip);
    return { ok: false, reason: "invalid" };
  }
  clearAccountFailures(db, email);
  // Rotation: whatever session the browser had before is ended; sign-in gets a new id.
  destroySession(db, request);
  return { ok: true, setCookie: createSession(db, request, user.id), userId: user.id };
}
