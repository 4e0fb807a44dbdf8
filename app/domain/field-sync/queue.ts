/**
 * The field sync's queue for one draft, as pure state transitions (the browser hook only
 * persists the record, talks to the server and schedules). What is waiting is derived, not
 * stored: the answers whose local value differs from the last one the server confirmed,
 * plus a submit when one is queued. Saves send the whole form (last value wins per answer,
 * so changes coalesce and cannot arrive out of order); a submit carries an idempotency key
 * that stays the same over every retry.
 */
import { changedKeys, mergeAnswers, type Conflict, type Values } from "./merge";

export type SyncRecord = {
  /** The server's revision that `base` is at. */
  revision: number;
  /** The answers as the server last confirmed them (at `revision`). */
  base: Values;
  /** The answers as the user last gave them on this device. */
  local: Values;
  /** Answers changed differently here and on the server, for the user to decide. */
  conflicts: Conflict[];
  /** A submit waiting to be sent, with its idempotency key. */
  submit: { key: string } | null;
  /** The server's time of its last confirmation (shown, never compared with this device's clock). */
  confirmedAt: number | null;
  /** Failed attempts in a row (for the backoff). */
  failures: number;
};

export type SyncOp =
  { kind: "save"; values: Values; baseRevision: number } | { kind: "submit"; values: Values; baseRevision: number; key: string };

export function newRecord(revision: number, server: Values): SyncRecord {
  return { revision, base: server, local: server, conflicts: [], submit: null, confirmedAt: null, failures: 0 };
}

/** Answers waiting to reach the server. */
export const pendingKeys = (r: SyncRecord) => changedKeys(r.base, r.local);

/** How many changes wait (answers, and the submit as one more). */
export const waitingCount = (r: SyncRecord) => pendingKeys(r).length + (r.submit ? 1 : 0);

/** What to send next: nothing while a conflict waits for the user; the submit (with every answer); else a save of what changed. */
export function nextOp(r: SyncRecord): SyncOp | null {
  if (r.conflicts.length) return null;
  if (r.submit) return { kind: "submit", values: r.local, baseRevision: r.revision, key: r.submit.key };
  if (pendingKeys(r).length) return { kind: "save", values: r.local, baseRevision: r.revision };
  return null;
}

/** The user changed the form. */
export const edited = (r: SyncRecord, local: Values): SyncRecord => ({ ...r, local });

/** The user asked to submit: queued with a key kept over retries (a second press keeps the first key). */
export const queueSubmit = (r: SyncRecord, newKey: () => string): SyncRecord => ({ ...r, submit: r.submit ?? { key: newKey() } });

/**
 * The server confirmed a save of `sent` at `revision`. Answers changed while the save was on
 * its way stay waiting, since they differ from what was sent.
 */
export const saved = (r: SyncRecord, sent: Values, revision: number, confirmedAt: number): SyncRecord => ({
  ...r,
  base: sent,
  revision,
  confirmedAt,
  failures: 0,
});

/**
 * The server refused a write based on an older revision and sent its answers: merged per
 * answer against the last confirmed ones. A queued submit stays queued when the merge is
 * clean, and is dropped when the user has conflicts to decide (they submit again after).
 */
export function stale(r: SyncRecord, server: Values, revision: number): SyncRecord {
  const { merged, conflicts } = mergeAnswers(r.base, r.local, server);
  return { ...r, base: server, local: merged, revision, conflicts, submit: conflicts.length ? null : r.submit, failures: 0 };
}

/**
 * Takes over the unsent answers of another record of the same draft (a closed tab's): each
 * answer it changed from its base is applied where this record still has that base value;
 * where this record differs too, this record's value stays (it is the newer state).
 */
export function adopt(r: SyncRecord, other: SyncRecord): SyncRecord {
  const local: Record<string, string> = { ...r.local };
  for (const key of changedKeys(other.base, other.local)) {
    if ((r.local[key] ?? "") !== (other.base[key] ?? "")) continue;
    if (other.local[key]) local[key] = other.local[key];
    else delete local[key];
  }
  return { ...r, local };
}

/** The user decided a conflict: keep this device's value or take the server's. */
export function resolve(r: SyncRecord, key: string, take: "local" | "server"): SyncRecord {
  const conflict = r.conflicts.find((c) => c.key === key);
  if (!conflict) return r;
  const local = { ...r.local };
  const value = take === "local" ? conflict.local : conflict.server;
  if (value) local[key] = value;
  else delete local[key];
  return { ...r, local, conflicts: r.conflicts.filter((c) => c !== conflict) };
}

/** The attempt failed (no connection, server error): counted for the backoff; nothing is dropped. */
export const failed = (r: SyncRecord): SyncRecord => ({ ...r, failures: r.failures + 1 });

/** The submit arrived or the submit was refused as incomplete: no longer queued. */
export const submitDone = (r: SyncRecord): SyncRecord => ({ ...r, submit: null });

/**
 * Delay before the next retry after `failures` failures in a row: 2 s doubling to at most
 * 60 s, spread by ±25 % so that many devices coming back online do not retry in step.
 */
export function retryDelay(failures: number, random: () => number = Math.random): number {
  if (failures <= 0) return 0;
  const base = Math.min(60_000, 2_000 * 2 ** (failures - 1));
  return Math.round(base * (0.75 + random() * 0.5));
}
