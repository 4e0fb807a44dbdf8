// A user changes their own password: the current one proves it is them (a borrowed,
// unlocked browser is not enough), the new one must be hard to guess, and every other
// session of the account ends (a thief signed in elsewhere is signed out); this browser
// gets a fresh session. Wrong current passwords count against the sign-in limits, so the
// form cannot be used to guess the password either.
import { eq } from "drizzle-orm";
import type { Db } from "~/db.server";
import type { MessageKey } from "~/i18n";
import type { SessionUser } from "~/lib/auth.server";
import { hashPassword, verifyPassword } from "~/lib/password.server";
import { checkPasswordStrength, personalWords } from "~/lib/password-strength.server";
import { releaseAttempt, reserveSignInAttempt } from "~/lib/rate-limit.server";
import { clientIp, createSession, destroyUserSessions, markReauthenticated } from "~/lib/session.server";
import { users } from "../../../db/schema";
import { recordSecurityEvent } from "../security-log/record.server";

export type ChangeResult =
  { ok: true; setCookie: string } | { ok: false; field: "current" | "next"; error: MessageKey; retryAfterMs?: number };

/** Re-authentication: the password again, counted by the sign-in limits like a sign-in. */
export async function confirmPassword(
  db: Db,
  request: Request,
  user: SessionUser,
  password: string,
): Promise<{ ok: true } | { ok: false; error: "account.confirm.wrong" | "account.password.rateLimited"; retryAfterMs?: number }> {
  const attempt = reserveSignInAttempt(db, user.email, clientIp(request));
  if (!attempt.ok) return { ok: false, error: "account.password.rateLimited", retryAfterMs: attempt.retryAfterMs };
  const row = db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, user.id)).get();
  if (!row || !(await verifyPassword(row.passwordHash, password))) return { ok: false, error: "account.confirm.wrong" };
  releaseAttempt(db, attempt);
  markReauthenticated(db, request);
  return { ok: true };
}

export async function changeOwnPassword(db: Db, request: Request, user: SessionUser, current: string, next: string): Promise<ChangeResult> {
  const attempt = reserveSignInAttempt(db, user.email, clientIp(request));
  if (!attempt.ok) return { ok: false, field: "current", error: "account.password.rateLimited", retryAfterMs: attempt.retryAfterMs };
  const row = db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, user.id)).get();
  if (!row || !(await verifyPassword(row.passwordHash, current)))
    return { ok: false, field: "current", error: "account.password.currentWrong" };
  releaseAttempt(db, attempt);
  if (next === current) return { ok: false, field: "next", error: "account.password.same" };
  const strength = await checkPasswordStrength(next, personalWords(user));
  if (strength.reason) return { ok: false, field: "next", error: strength.reason };
  const passwordHash = await hashPassword(next);
  return db.transaction((tx) => {
    tx.update(users).set({ passwordHash, updatedAt: Date.now() }).where(eq(users.id, user.id)).run();
    destroyUserSessions(tx as unknown as Db, user.id);
    recordSecurityEvent(tx as unknown as Db, request, { type: "password_changed", orgId: user.orgId, userId: user.id });
    return { ok: true as const, setCookie: createSession(tx as unknown as Db, request, user.id) };
  });
}
