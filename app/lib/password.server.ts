// Password hashing with argon2id at the OWASP minimums (19 MiB, t=2, p=1).
import { randomBytes } from "node:crypto";
import { hash, verify } from "@node-rs/argon2";

// algorithm 2 is Argon2id (a const enum in the typings, unusable with isolatedModules).
const OPTIONS = { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 };

export { PASSWORD_MAX, PASSWORD_MIN } from "./password-rules";

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  // Not an argon2 hash (a placeholder of an older version): refused, after the same work as
  // a real check, so that the response time does not single such accounts out.
  if (!passwordHash.startsWith("$argon2")) return dummyVerify(password);
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

// A real argon2id hash of a random secret that is thrown away, computed once per process:
// no password matches it, and checking one costs what it costs for a real account.
let unusable: Promise<string> | undefined;
export function unusablePasswordHash(): Promise<string> {
  unusable ??= hashPassword(randomBytes(32).toString("base64url"));
  return unusable;
}

/** The work of a real check, for an account that does not exist: the time reveals nothing. */
export function dummyVerify(password: string): Promise<boolean> {
  return unusablePasswordHash()
    .then((h) => verify(h, password))
    .catch(() => false)
    .then(() => false);
}
