// A CSV import writes on its own connection and holds SQLite's write lock across awaits
// (app/models/imports/transaction.server.ts). No other connection of this process may try
// to write meanwhile: better-sqlite3 waits for the lock synchronously, so the import, which
// needs the event loop to finish, cannot finish while it waits; the wait ends in
// SQLITE_BUSY after busy_timeout, with the whole server frozen until then.
//
// So writes take turns with imports, like a read-write lock: write requests (every request
// but GET and HEAD, see server/app-handler.ts) share the gate; an import waits until those
// in flight have finished and holds back new ones until it has committed. The writes that
// reading pages make either wait (importFinished) or, when they can be skipped (a session's
// last-seen time), are skipped. A write request that writes nothing more (an upload) or
// waits for the import it started (the confirmation) leaves the gate early (leaveWriteGate).
// The state is on globalThis because the server layer runs outside the app's build.

type Gate = { requests: number; importing: Promise<void> | undefined; drained: (() => void)[] };

declare global {
  var __etalonasWriteGate: Gate | undefined;
}

const gate = (): Gate => (globalThis.__etalonasWriteGate ??= { requests: 0, importing: undefined, drained: [] });

/** Whether an import of this process is writing (or about to). */
export const importWriting = () => gate().importing !== undefined;

/** Resolves once no import of this process is writing (at once when none is). */
export async function importFinished(): Promise<void> {
  const g = gate();
  while (g.importing) await g.importing;
}

/**
 * Waits for any import, then lets a write request in. Call the result when the request is
 * done (or earlier, see leaveWriteGate); calling it again does nothing.
 */
export async function enterWriteRequest(): Promise<() => void> {
  const g = gate();
  // The last check and the count happen in one synchronous step: no import can start between.
  while (g.importing) await g.importing;
  g.requests++;
  let left = false;
  return () => {
    if (left) return;
    left = true;
    g.requests--;
    if (g.requests === 0) for (const resume of g.drained.splice(0)) resume();
  };
}

/**
 * For an action that has written what it writes and now waits for an import it started:
 * leaves the gate early (the load context carries the request's way out), so that the
 * import does not wait for the request that waits for it.
 */
export function leaveWriteGate(context: unknown) {
  (context as { leaveWriteGate?: () => void }).leaveWriteGate?.();
}

/**
 * Waits for earlier imports and for the write requests in flight, and holds back new ones
 * from now on; call the result when the import's transaction has ended.
 */
export async function enterImportWrite(): Promise<() => void> {
  const g = gate();
  while (g.importing) await g.importing;
  let done!: () => void;
  g.importing = new Promise<void>((resolve) => (done = resolve));
  while (g.requests > 0) await new Promise<void>((resume) => g.drained.push(resume));
  return () => {
    g.importing = undefined;
    done();
  };
}
