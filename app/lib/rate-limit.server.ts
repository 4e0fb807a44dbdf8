// Sign-in rate limiting: failed attempts are counted per account and per IP address over
// a sliding window. Limits are generous enough for a person who mistypes, tight enough
// to make guessing impractical.
import { and, count, eq, gt, lt as lessThan } from "drizzle-orm";
import type { Db } from "~/db.server";
import { loginAttempts } from "../../db/schema";

export const RATE_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_IP = 20;

const accountKey = (email: string) => `account:${email}`;
const ipKey = (ip: string) => `ip:${ip}`;

function failures(db: Db, key: string, now: number): number {
  const row = db
    .select({ n: count() })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.key, key), gt(loginAttempts.at, now - RATE_WINDOW_MS)))
    .get();
  return row?.n ?? 0;
}

/** True when either the account or the address has used up its attempts. */
export function isSignInBlocked(db: Db, email: string, ip: string, now = Date.now()): boolean {
  return (
    failures(db, accountKey(email), now) >= MAX_FAILURES_PER_ACCOUNT ||
    failures(db, ipKey(ip), now) >= MAX_FAILURES_PER_IP
  );
}

export function recordSignInFailure(db: Db, email: string, ip: string, now = Date.now()) {
  db.insert(loginAttempts)
    .values([
      { key: accountKey(email), at: now },
      { key: ipKey(ip), at: now },
    ])
    .run();
  db.delete(loginAttempts).where(lessThan(loginAttempts.at, now - RATE_WINDOW_MS)).run();
}

/** A successful sign-in clears the account's failures (not the address's). */
export function clearAccountFailures(db: Db, email: string) {
  db.delete(loginAttempts).where(eq(loginAttempts.key, accountKey(email))).run();
}
