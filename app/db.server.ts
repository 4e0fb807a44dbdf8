// One SQLite connection per process, kept across dev reloads on globalThis.
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import * as schema from "../db/schema";

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

const MIGRATIONS = path.resolve(process.env.ETALONAS_ROOT ?? process.cwd(), "db/migrations");

export function databasePath(): string {
  const url = process.env.DATABASE_URL ?? "data/etalonas.db";
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
  return drizzle(sqlite, { schema }) as Db;
}

export function migrateDatabase(db: Db) {
  migrate(db, { migrationsFolder: MIGRATIONS });
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
