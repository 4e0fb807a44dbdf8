// Recovery codes: ten random codes of 16 characters from an alphabet without look-alikes
// (no 0/o, 1/l/i), shown in groups of four. 16 characters of 31 symbols are about 79 bits: too
// many to guess, and they are stored only as keyed hashes (app/models/two-factor).
import { randomInt } from "node:crypto";

export const RECOVERY_CODE_COUNT = 10;
const ALPHABET = "23456789abcdefghjkmnpqrstuvwxyz";
const LENGTH = 16;

/** A new code, e.g. "k7qm-2xrd-hh9t-p4za". */
export function newRecoveryCode(): string {
  const chars = Array.from({ length: LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]);
  return chars.join("").replace(/(.{4})(?!$)/g, "$1-");
}

export const newRecoveryCodes = (count = RECOVERY_CODE_COUNT): string[] => Array.from({ length: count }, newRecoveryCode);

/**
 * The code as it is compared: without spaces and hyphens, lower case. Null when it cannot be
 * a recovery code (so a TOTP code or a typo is not hashed and looked up).
 */
export function normaliseRecoveryCode(input: string): string | null {
  const code = input.replace(/[\s-]/g, "").toLowerCase();
  return code.length === LENGTH && [...code].every((c) => ALPHABET.includes(c)) ? code : null;
}
