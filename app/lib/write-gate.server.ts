// A CSV import writes on its own connection and holds SQLite's write lock across awaits
// (app/models/imports/transaction.server.ts). No other connection of this process may try
// to write meanwhile: better-sqlite3 waits for the lock synchronously, so the import, which
// needs the event loop to finish, cannot finish while it waits; the wait ends in
// SQLITE_BUSY after busy_timeout, with the whole server frozen until then.
//
// So writers take turns with imports, like a read-write lock. Who takes a turn is decided in
// one place, server/write-policy.ts, from the route's `handle.writeGate`: every action by
// default, never a loader. An import waits until the turns in flight have ended, holds back
// new ones, and then holds the lock until it commits. The few writes made while serving a
// page (session upkeep, the access log) go through writeAfterImport or writeUnlessImport,
// which check the lock synchronously right before the write.
// The state is on globalThis because the server layer runs outside the app's build.

type Gate = {
  /** Writers in flight (write requests, a roster import). */
  turns: number;
  /** An import has been announced or is writing; resolves when it has ended. */
  importing: Promise<void> | undefined;
  /** The announced import has begun: it may hold the write lock now. */
  locked: boolean;
  /** Writers waiting for an import to end (turns and page writes). */
  waiting: number;
  drained: (() => void)[];
};

declare global {
  var __etalonasWriteGate: Gate | undefined;
}

const gate = (): Gate => (globalThis.__etalonasWriteGate ??= { turns: 0, importing: undefined, locked: false, waiting: 0, drained: [] });

/** Whether an import of this process holds (or may hold) the write lock right now. */
export const importHoldsLock = () => gate().locked;

/** How many writers are waiting for an import to end. */
export const writersWaiting = () => gate().waiting;

/** Waits for the current import to end. Callers check their condition again afterwards. */
async function importEnded(g: Gate) {
  g.waiting++;
  try {
    await g.importing;
  } finally {
    g.waiting--;
  }
}

/**
 * Waits for any import, then lets a writer in. Call the result when the writer is done;
 * calling it again does nothing. Only server/write-policy.ts and background writers call this.
 */
export async function takeWriteTurn(): Promise<() => void> {
  const g = gate();
  // The last check and the count happen in one synchronous step: no import can start between.
  while (g.importing) await importEnded(g);
  g.turns++;
  let left = false;
  return () => {
    if (left) return;
    left = true;
    g.turns--;
    if (g.turns === 0) for (const resume of g.drained.splice(0)) resume();
  };
}

/** Runs `fn` (which may await) inside a write turn. */
export async function inWriteTurn<T>(fn: () => T | Promise<T>): Promise<T> {
  const leave = await takeWriteTurn();
  try {
    return await fn();
  } finally {
    leave();
  }
}

/**
 * For an import: waits for earlier imports and for the turns in flight, holds back new ones
 * from now on, and marks the lock as taken; call the result when the transaction has ended.
 */
export async function holdImportWrite(): Promise<() => void> {
  const g = gate();
  while (g.importing) await g.importing;
  let done!: () => void;
  g.importing = new Promise<void>((resolve) => (done = resolve));
  while (g.turns > 0) await new Promise<void>((resume) => g.drained.push(resume));
  g.locked = true;
  return () => {
    g.locked = false;
    g.importing = undefined;
    done();
  };
}

/**
 * A write that must happen, made while serving a request without a write turn (a page):
 * runs `fn` (synchronous, like every better-sqlite3 write) at once unless an import holds
 * the lock, else right after that import has ended. Inside a write turn it runs at once (an
 * import never holds the lock while a turn is in flight), so it cannot deadlock.
 */
export async function writeAfterImport<T>(fn: () => T): Promise<T> {
  const g = gate();
  // The check and the write happen in one synchronous step.
  while (g.locked) await importEnded(g);
  return fn();
}

/**
 * A log entry written while serving a page (who viewed personal data, a refused request):
 * at once unless an import holds the lock, else queued in memory until that import has ended,
 * without making the page wait (an import of 100 000 audits holds the lock for minutes, and
 * reading must go on meanwhile). Only a crash during the import loses a queued entry.
 */
export function writeWhenFree(fn: () => void): void {
  const g = gate();
  if (!g.locked) return fn();
  // Not counted among the writers waiting: nothing waits for it.
  const later = async () => {
    while (g.locked) await g.importing;
    fn();
  };
  void later().catch((error: unknown) => console.error("a deferred log write failed", error));
}

/**
 * A write that may be skipped (a session's last-seen time, deleting a session that has
 * ended anyway): runs `fn` unless an import holds the lock. Returns whether it ran.
 */
export function writeUnlessImport(fn: () => void): boolean {
  if (gate().locked) return false;
  fn();
  return true;
}
