// Sign-in throttling. Failed attempts are counted over a sliding window under three keys:
// - the account and address together: the guesser's own budget. Counting the account alone
//   let anyone lock the rightful user out with five wrong passwords;
// - the address: one address trying many accounts;
// - the account from every address: a guesser spread over many addresses, with a high
//   threshold and a low cap, so that it slows the account down rather than locks it.
// Past its free attempts a key has to wait before the next one, twice as long each time
// (growing delays, not a hard lock-out). An attempt is reserved (counted) before the
// password is checked, in one synchronous transaction, so concurrent requests cannot all
// pass the check before any of them is recorded; a successful sign-in takes its
// reservation back and clears its pair's failures.
import { and, count, eq, gt, inArray, lt as lessThan, max } from "drizzle-orm";
import type { Db } from "~/db.server";
import { loginAttempts } from "../../db/schema";

export const RATE_WINDOW_MS = 15 * 60 * 1000;

type Limit = { free: number; baseMs: number; capMs: number };
export const LIMITS = {
  pair: { free: 5, baseMs: 1000, capMs: RATE_WINDOW_MS },
  address: { free: 20, baseMs: 1000, capMs: RATE_WINDOW_MS },
  account: { free: 100, baseMs: 1000, capMs: 60 * 1000 },
} satisfies Record<string, Limit>;

const keys = (email: string, ip: string) => ({
  pair: `pair:${ip} ${email}`,
  address: `ip:${ip}`,
  account: `account:${email}`,
});

/** How long after the last failure the next attempt must wait, with `failures` in the window. */
export function delayAfter(failures: number, limit: Limit): number {
  if (failures < limit.free) return 0;
  return Math.min(limit.baseMs * 2 ** Math.min(failures - limit.free, 30), limit.capMs);
}

function waitFor(db: Db, key: string, limit: Limit, now: number): number {
  const row = db
    .select({ n: count(), last: max(loginAttempts.at) })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.key, key), gt(loginAttempts.at, now - RATE_WINDOW_MS)))
    .get();
  if (!row?.n || row.last === null) return 0;
  return Math.max(0, row.last + delayAfter(row.n, limit) - now);
}

export type Reservation = { ok: true; ids: number[]; pairKey: string } | { ok: false; retryAfterMs: number };

/**
 * Checks the limits and, when they allow an attempt, counts it at once (check and record in
 * one step). Call `releaseAttempt` when the password was right.
 */
export function reserveSignInAttempt(db: Db, email: string, ip: string, now = Date.now()): Reservation {
  const k = keys(email, ip);
  return db.transaction((tx) => {
    const wait = Math.max(
      waitFor(tx as unknown as Db, k.pair, LIMITS.pair, now),
      waitFor(tx as unknown as Db, k.address, LIMITS.address, now),
      waitFor(tx as unknown as Db, k.account, LIMITS.account, now),
    );
    if (wait > 0) return { ok: false as const, retryAfterMs: wait };
    tx.delete(loginAttempts)
      .where(lessThan(loginAttempts.at, now - RATE_WINDOW_MS))
      .run();
    const ids = tx
      .insert(loginAttempts)
      .values([k.pair, k.address, k.account].map((key) => ({ key, at: now })))
      .returning({ id: loginAttempts.id })
      .all()
      .map((r) => r.id);
    return { ok: true as const, ids, pairKey: k.pair };
  });
}

/** The password was right: the attempt was no failure, and the pair starts afresh. */
export function releaseAttempt(db: Db, reservation: Extract<Reservation, { ok: true }>) {
  db.transaction((tx) => {
    tx.delete(loginAttempts).where(inArray(loginAttempts.id, reservation.ids)).run();
    tx.delete(loginAttempts).where(eq(loginAttempts.key, reservation.pairKey)).run();
  });
}
