// Turning two-factor sign-in on and off on the account page. Enrolment has two steps: a
// secret is made (shown as a QR code until it is confirmed), then a code from the app
// confirms it and ten recovery codes are made, shown once. After that the secret is never
// shown again. Turning it off needs the password and a code.
import { eq, isNull } from "drizzle-orm";
import QRCode from "qrcode";
import type { Db } from "~/db.server";
import type { SessionUser } from "~/lib/auth.server";
import { newRecoveryCodes, normaliseRecoveryCode } from "~/domain/two-factor/recovery-codes";
import { newTotpSecret, totpUri } from "~/domain/two-factor/totp";
import { verifyPassword } from "~/lib/password.server";
import { releaseAttempt, reserveSignInAttempt } from "~/lib/rate-limit.server";
import { keyedHash, seal, unseal } from "~/lib/secret-box.server";
import { clientIp, destroyUserSessions } from "~/lib/session.server";
import { recoveryCodes, users, userTwoFactor } from "../../../db/schema";
import { recordSecurityEvent } from "../security-log/record.server";
import { acceptTotpCode, checkSecondFactor, unusedRecoveryCodes } from "./factor.server";

export type TwoFactorState =
  { status: "off" } | { status: "pending"; secret: string; qr: string } | { status: "on"; since: number; recoveryLeft: number };

export async function twoFactorState(db: Db, user: SessionUser): Promise<TwoFactorState> {
  const row = db.select().from(userTwoFactor).where(eq(userTwoFactor.userId, user.id)).get();
  if (row?.confirmedAt) return { status: "on", since: row.confirmedAt, recoveryLeft: unusedRecoveryCodes(db, user.id) };
  const secret = row ? unseal(row.secret) : null;
  if (!secret) return { status: "off" };
  const svg = await QRCode.toString(totpUri(secret, user.email), { type: "svg", margin: 2, errorCorrectionLevel: "M" });
  return { status: "pending", secret, qr: `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}` };
}

/** A fresh secret to scan (replacing an unconfirmed one); nothing while one is in force. */
export function startEnrolment(db: Db, user: SessionUser, now = Date.now()) {
  const secret = seal(newTotpSecret());
  db.insert(userTwoFactor)
    .values({ userId: user.id, secret, createdAt: now })
    .onConflictDoUpdate({
      target: userTwoFactor.userId,
      set: { secret, createdAt: now, lastTimeStep: null },
      setWhere: isNull(userTwoFactor.confirmedAt),
    })
    .run();
}

function replaceRecoveryCodes(db: Db, userId: number): string[] {
  const codes = newRecoveryCodes();
  db.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId)).run();
  db.insert(recoveryCodes)
    .values(codes.map((code) => ({ userId, codeHash: keyedHash(normaliseRecoveryCode(code)!) })))
    .run();
  return codes;
}

/** The first code from the app turns it on; the recovery codes are returned to be shown once. */
export function confirmEnrolment(
  db: Db,
  request: Request,
  user: SessionUser,
  code: string,
  now = Date.now(),
): { ok: true; codes: string[] } | { ok: false } {
  return db.transaction((tx) => {
    const row = tx.select().from(userTwoFactor).where(eq(userTwoFactor.userId, user.id)).get();
    if (!row || row.confirmedAt) return { ok: false as const };
    if (!acceptTotpCode(tx as unknown as Db, user.id, code, now)) return { ok: false as const };
    tx.update(userTwoFactor).set({ confirmedAt: now }).where(eq(userTwoFactor.userId, user.id)).run();
    recordSecurityEvent(tx as unknown as Db, request, { type: "two_factor_enrolled", orgId: user.orgId, userId: user.id });
    return { ok: true as const, codes: replaceRecoveryCodes(tx as unknown as Db, user.id) };
  });
}

type Refusal = "twoFactor.wrongPassword" | "twoFactor.wrongCode" | "twoFactor.rateLimited" | "twoFactor.required";

/**
 * Turning it off: the password and a current code (or a recovery code). Wrong passwords
 * count against the sign-in limits. Refused where the organisation requires it for the
 * user's role.
 */
export async function disableTwoFactor(
  db: Db,
  request: Request,
  user: SessionUser,
  password: string,
  code: string,
): Promise<{ ok: true } | { ok: false; error: Refusal; retryAfterMs?: number }> {
  if (user.twoFactorRequired) return { ok: false, error: "twoFactor.required" };
  const attempt = reserveSignInAttempt(db, user.email, clientIp(request));
  if (!attempt.ok) return { ok: false, error: "twoFactor.rateLimited", retryAfterMs: attempt.retryAfterMs };
  const row = db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, user.id)).get();
  if (!row || !(await verifyPassword(row.passwordHash, password))) return { ok: false, error: "twoFactor.wrongPassword" };
  if (!checkSecondFactor(db, user.id, code).ok) return { ok: false, error: "twoFactor.wrongCode" };
  releaseAttempt(db, attempt);
  db.transaction((tx) => {
    tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, user.id)).run();
    tx.delete(userTwoFactor).where(eq(userTwoFactor.userId, user.id)).run();
    recordSecurityEvent(tx as unknown as Db, request, { type: "two_factor_disabled", orgId: user.orgId, userId: user.id });
  });
  return { ok: true };
}

/**
 * An administrator turns a user's two-factor sign-in off (phone and recovery codes lost):
 * the user's sessions end, and they enrol again (at once, where the organisation requires it).
 */
export function resetTwoFactor(db: Db, request: Request, orgId: number, userId: number, actorId: number) {
  db.transaction((tx) => {
    tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId)).run();
    tx.delete(userTwoFactor).where(eq(userTwoFactor.userId, userId)).run();
    destroyUserSessions(tx as unknown as Db, userId);
    recordSecurityEvent(tx as unknown as Db, request, {
      type: "two_factor_disabled",
      orgId,
      userId,
      actorId,
      detail: "reset by an administrator",
    });
  });
}
