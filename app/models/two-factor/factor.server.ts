// Checking a second factor: a TOTP code (each time step accepted once) or a recovery code
// (each accepted once). Both "once" rules are enforced by a conditional UPDATE, so two
// requests with the same code cannot both succeed.
import { and, eq, isNull, lt, or } from "drizzle-orm";
import type { Db } from "~/db.server";
import { checkTotp } from "~/domain/two-factor/totp";
import { normaliseRecoveryCode } from "~/domain/two-factor/recovery-codes";
import { keyedHash, unseal } from "~/lib/secret-box.server";
import { recoveryCodes, userTwoFactor } from "../../../db/schema";

export type FactorCheck = { ok: true; method: "totp" | "recovery" } | { ok: false };

/** The user's TOTP row if two-factor sign-in is in force (confirmed), else undefined. */
export function confirmedFactor(db: Db, userId: number) {
  const row = db.select().from(userTwoFactor).where(eq(userTwoFactor.userId, userId)).get();
  return row?.confirmedAt ? row : undefined;
}

export const hasTwoFactor = (db: Db, userId: number): boolean => !!confirmedFactor(db, userId);

/** Checks a TOTP code against the user's secret (confirmed or, while enrolling, pending). */
export function acceptTotpCode(db: Db, userId: number, input: string, now = Date.now()): boolean {
  const row = db.select().from(userTwoFactor).where(eq(userTwoFactor.userId, userId)).get();
  const secret = row ? unseal(row.secret) : null;
  if (!row || !secret) return false;
  const check = checkTotp(secret, input, now, row.lastTimeStep);
  if (!check.ok) return false;
  const taken = db
    .update(userTwoFactor)
    .set({ lastTimeStep: check.timeStep })
    .where(and(eq(userTwoFactor.userId, userId), or(isNull(userTwoFactor.lastTimeStep), lt(userTwoFactor.lastTimeStep, check.timeStep))))
    .run();
  return taken.changes === 1;
}

/** Uses up one of the user's recovery codes; false for an unknown or already used one. */
export function spendRecoveryCode(db: Db, userId: number, input: string, now = Date.now()): boolean {
  const code = normaliseRecoveryCode(input);
  if (!code) return false;
  const used = db
    .update(recoveryCodes)
    .set({ usedAt: now })
    .where(and(eq(recoveryCodes.userId, userId), eq(recoveryCodes.codeHash, keyedHash(code)), isNull(recoveryCodes.usedAt)))
    .run();
  return used.changes === 1;
}

/** A second factor at sign-in or before disabling: an authenticator code, or a recovery code. */
export function checkSecondFactor(db: Db, userId: number, input: string, now = Date.now()): FactorCheck {
  if (!confirmedFactor(db, userId)) return { ok: false };
  if (acceptTotpCode(db, userId, input, now)) return { ok: true, method: "totp" };
  if (spendRecoveryCode(db, userId, input, now)) return { ok: true, method: "recovery" };
  return { ok: false };
}

export function unusedRecoveryCodes(db: Db, userId: number): number {
  return db
    .select({ id: recoveryCodes.id })
    .from(recoveryCodes)
    .where(and(eq(recoveryCodes.userId, userId), isNull(recoveryCodes.usedAt)))
    .all().length;
}
