// The one transaction of a file import. A big file is written while it is being read, so
// the transaction stays open across awaits; it therefore runs on its own connection (no
// other request's statements can slip into it), and imports take turns with every other
// writer of this process (app/lib/write-gate.server.ts).
import { databasePath, openDatabase, type Db } from "~/db.server";
import { holdImportWrite } from "~/lib/write-gate.server";

/** A separate connection to the application's database, for one import. */
export function openImportConnection(): Db {
  return openDatabase(databasePath());
}

/**
 * BEGIN IMMEDIATE … COMMIT around `fn`; it returns false (or throws) to roll back. While it
 * runs, write requests of this process wait for it (app/lib/write-gate.server.ts).
 */
export async function withFileTransaction(db: Db, fn: () => Promise<boolean>): Promise<void> {
  const client = db.$client;
  const ended = await holdImportWrite();
  try {
    client.exec("BEGIN IMMEDIATE");
    const commit = await fn();
    client.exec(commit ? "COMMIT" : "ROLLBACK");
  } catch (error) {
    if (client.inTransaction) client.exec("ROLLBACK");
    throw error;
  } finally {
    ended();
  }
}

/**
 * Connection settings while a file is written, restored afterwards (they cannot change
 * inside a transaction, so call this before BEGIN). Foreign-key checks are off: every id
 * the import writes was read inside its own transaction, which holds the write lock, so
 * the checks (one lookup per answer row, about a third of the write time) cannot fail —
 * the caller checks the one id that comes from outside, the acting user. (A larger page
 * cache was measured too: no gain at 100 000 audits, and the RSS grows with it.)
 */
export function applyBulkWriteSettings(db: Db): () => void {
  const client = db.$client;
  const foreignKeys = client.pragma("foreign_keys", { simple: true });
  client.pragma("foreign_keys = OFF");
  return () => {
    client.pragma(`foreign_keys = ${foreignKeys ? "ON" : "OFF"}`);
  };
}
