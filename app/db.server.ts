// One SQLite connection per process, kept across dev reloads on globalThis.
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { sql } from "drizzle-orm";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import * as schema from "../db/schema";
import { env } from "./env.server";

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };


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
  const db = drizzle(sqlite, { schema }) as Db;
  // Our transactions write, so they take the write lock at BEGIN (IMMEDIATE). A deferred
  // transaction that has read and then writes fails at once with SQLITE_BUSY (busy_timeout
  // does not apply) whenever another connection holds the lock; IMMEDIATE waits for it, up
  // to busy_timeout. That wait blocks this process's event loop, so it only helps against
  // other processes (the CLI); within this process, writes and CSV imports take turns
  // (app/lib/write-gate.server.ts).
  const transaction = db.transaction.bind(db);
  db.transaction = ((fn, config) => transaction(fn, { behavior: "immediate", ...config })) as Db["transaction"];
  return db;
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

/**
 * A named value of a prepared statement, bound as given when it runs. Pass JSON as text and
 * booleans as 0/1 yourself: drizzle's own placeholders run the column's encoder even on null
 * (a JSON column would get the text "null", a boolean 0).
 */
export const bound = (name: string) => sql`${sql.placeholder(name)}`;

export function migrateDatabase(db: Db) {
  migrate(db, { migrationsFolder: path.resolve(env().ETALONAS_ROOT ?? process.cwd(), "db/migrations") });
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
