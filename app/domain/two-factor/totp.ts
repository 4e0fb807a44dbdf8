// TOTP codes (RFC 6238: 6 digits, 30-second steps, SHA-1, as every authenticator app
// expects) with otplib. The clock is a parameter, so the window and the replay rule are
// tested without waiting.
import { generateSecret, generateSync, generateURI, verifySync } from "otplib";

export const TOTP_PERIOD_S = 30;
/** One step either side: a phone clock 30 s off, or a code typed as it changed, still works. */
export const TOTP_TOLERANCE_S = TOTP_PERIOD_S;

export const newTotpSecret = (): string => generateSecret();

/** The otpauth:// address the QR code carries. */
export const totpUri = (secret: string, account: string, issuer = "Etalonas"): string => generateURI({ issuer, label: account, secret });

/** The code an authenticator app shows at `nowMs` (for tests and for nothing else in the app). */
export const totpCode = (secret: string, nowMs: number): string => generateSync({ secret, epoch: Math.floor(nowMs / 1000) });

/** Digits only: people type "123 456" as the app shows it. */
export const normaliseCode = (input: string): string => input.replace(/[\s-]/g, "");

export type TotpCheck = { ok: true; timeStep: number } | { ok: false };

/**
 * Whether `input` is the code of a step within the window around `nowMs`, and of a later
 * step than `afterTimeStep` (the last one accepted): a code, once used, is refused for the
 * rest of its window, and so is any older one.
 */
export function checkTotp(secret: string, input: string, nowMs: number, afterTimeStep: number | null): TotpCheck {
  const token = normaliseCode(input);
  if (!/^\d{6}$/.test(token)) return { ok: false };
  const result = verifySync({
    secret,
    token,
    epoch: Math.floor(nowMs / 1000),
    epochTolerance: TOTP_TOLERANCE_S,
    ...(afterTimeStep === null ? {} : { afterTimeStep }),
  });
  // The TOTP strategy always reports the step; the union type also covers HOTP results.
  return result.valid && "timeStep" in result ? { ok: true, timeStep: result.timeStep } : { ok: false };
}
