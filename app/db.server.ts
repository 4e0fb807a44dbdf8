// One SQLite connection per process, kept across dev reloads on globalThis.
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { sql } from "drizzle-orm";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import type { SQLiteTransactionConfig } from "drizzle-orm/sqlite-core";
import * as schema from "../db/schema";
import { env } from "./env.server";
import { lithuanianOrderKey, searchKey } from "./domain/text/lithuanian-order";

type Connection = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

/**
 * What model functions take: the connection, or a transaction on it (a Tx is a Db, so a
 * function that takes a Db runs inside the caller's transaction without a cast). Opened by
 * openDatabase, which also gives every transaction object the connection's `$client`.
 */
export interface Db extends Omit<Connection, "transaction"> {
  /** BEGIN IMMEDIATE … COMMIT; called on a Tx it makes a savepoint. */
  transaction<T>(fn: (tx: Tx) => T, config?: SQLiteTransactionConfig): T;
}

/** A transaction: everything a Db offers, plus rollback. */
export interface Tx extends Db {
  rollback(): never;
}

type DrizzleTx = Parameters<Parameters<Connection["transaction"]>[0]>[0];

/** Drizzle's transaction objects lack `$client` (and so do their savepoints): give them the connection's. */
function withClient(tx: DrizzleTx, client: Database.Database): Tx {
  const nested = tx.transaction.bind(tx);
  return Object.assign(tx, {
    $client: client,
    transaction: <T>(fn: (inner: Tx) => T) => nested((inner) => fn(withClient(inner, client))),
  }) as unknown as Tx;
}

export function databasePath(): string {
  const url = env().DATABASE_URL;
  return url.startsWith("file:") ? url.slice("file:".length) : url;
}

/** Opens (creating the folder if needed) and configures a database file. */
export function openDatabase(file: string): Db {
  if (file !== ":memory:") fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  // Audit records must survive a crash or power loss.
  sqlite.pragma("synchronous = FULL");
  // Lists sort and search names in SQL, the Lithuanian way (app/domain/text/lithuanian-order.ts).
  sqlite.function("lt_order", { deterministic: true }, (text) => (typeof text === "string" ? lithuanianOrderKey(text) : text));
  sqlite.function("lt_fold", { deterministic: true }, (text) => (typeof text === "string" ? searchKey(text) : text));
  const connection = drizzle(sqlite, { schema }) as Connection;
  // Our transactions write, so they take the write lock at BEGIN (IMMEDIATE). A deferred
  // transaction that has read and then writes fails at once with SQLITE_BUSY (busy_timeout
  // does not apply) whenever another connection holds the lock; IMMEDIATE waits for it, up
  // to busy_timeout. That wait blocks this process's event loop, so it only helps against
  // other processes (the CLI); within this process, writes and CSV imports take turns
  // (app/lib/write-gate.server.ts).
  const transaction = connection.transaction.bind(connection);
  return Object.assign(connection, {
    transaction: <T>(fn: (tx: Tx) => T, config?: SQLiteTransactionConfig) =>
      transaction((tx) => fn(withClient(tx, sqlite)), { behavior: "immediate", ...config }),
  }) as unknown as Db;
}

const preparedBySession = new WeakMap<object, Map<(db: Db) => unknown, unknown>>();

/**
 * A drizzle query prepared once per connection: `build` runs on first use and the prepared
 * statement is kept (drizzle otherwise compiles the SQL and SQLite prepares it again on
 * every call, which was half of a submission's CPU time). Values come in through
 * `sql.placeholder`. Works inside a transaction too: drizzle's transaction object shares the
 * connection's session, and the statement runs on the same SQLite connection.
 */
export function prepared<T>(db: Db, build: (db: Db) => T): T {
  const session = (db as unknown as { session: object }).session;
  let cache = preparedBySession.get(session);
  if (!cache) preparedBySession.set(session, (cache = new Map()));
  let query = cache.get(build) as T | undefined;
  if (query === undefined) cache.set(build, (query = build(db)));
  return query;
}

const statementsByClient = new WeakMap<Database.Database, Map<string, Database.Statement>>();

/**
 * A plain SQL statement prepared once per connection, with positional parameters: for the
 * paths that write thousands of rows (the audit store), where even a prepared drizzle query's
 * per-call mapping of named values shows.
 */
export function statement(db: Db, source: string): Database.Statement {
  let cache = statementsByClient.get(db.$client);
  if (!cache) statementsByClient.set(db.$client, (cache = new Map()));
  let st = cache.get(source);
  if (!st) cache.set(source, (st = db.$client.prepare(source)));
  return st;
}

/**
 * A named value of a prepared statement, bound as given when it runs. Pass JSON as text and
 * booleans as 0/1 yourself: drizzle's own placeholders run the column's encoder even on null
 * (a JSON column would get the text "null", a boolean 0).
 */
export const bound = (name: string) => sql`${sql.placeholder(name)}`;

/** Applies the pending migrations (of `folder`: tests pass an older set). */
export function migrateDatabase(db: Db, folder = path.resolve(env().ETALONAS_ROOT ?? process.cwd(), "db/migrations")) {
  // SQLite's procedure for rebuilding a table (0007 adds organisations this way): foreign keys
  // off outside the migrations' transaction, checked as a whole before they are back on.
  const sqlite = db.$client;
  sqlite.pragma("foreign_keys = OFF");
  try {
    migrate(db as unknown as Connection, { migrationsFolder: folder });
    const broken = sqlite.pragma("foreign_key_check") as unknown[];
    if (broken.length) throw new Error(`migration left ${broken.length} broken foreign key(s)`);
  } finally {
    sqlite.pragma("foreign_keys = ON");
  }
}

declare global {
  var __etalonasDb: Db | undefined;
}

/** The process's connection, migrated on first use. */
export function getDb(): Db {
  if (!globalThis.__etalonasDb) {
    const db = openDatabase(databasePath());
    migrateDatabase(db);
    globalThis.__etalonasDb = db;
  }
  return globalThis.__etalonasDb;
}

export function closeDb() {
  globalThis.__etalonasDb?.$client.close();
  globalThis.__etalonasDb = undefined;
}
