// `migrate`: create or update the database file and load the checklist files into it.
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import Database from "better-sqlite3";
import { databasePath, getDb } from "../../app/db.server";
import { prepareDatabase } from "../../server/prepare";

export const usage = `Usage: npm run etalonas -- migrate

Creates the database (DATABASE_URL, default data/etalonas.db) if it is missing, applies
the schema migrations it lacks and loads the checklist files from checklists/.
Safe to run again: it only does what is missing. The demo data is not created.`;

/** How many migrations the file has had applied (0 for a new file). */
function appliedMigrations(file: string): number {
  if (!fs.existsSync(file)) return 0;
  const sqlite = new Database(file);
  try {
    const table = sqlite.prepare("select 1 from sqlite_master where type = 'table' and name = '__drizzle_migrations'").get();
    return table ? (sqlite.prepare("select count(*) as n from __drizzle_migrations").get() as { n: number }).n : 0;
  } finally {
    sqlite.close();
  }
}

export async function run(argv: string[]) {
  parseArgs({ args: argv, options: {}, strict: true });
  const file = databasePath();
  const existed = fs.existsSync(file);
  const before = appliedMigrations(file);
  const db = getDb();
  const after = (db.$client.prepare("select count(*) as n from __drizzle_migrations").get() as { n: number }).n;
  console.log(`Database: ${path.resolve(file)}${existed ? "" : " (created)"}`);
  console.log(after > before ? `Migrations: ${after - before} applied, ${after} in total` : `Migrations: up to date (${after} applied)`);
  await prepareDatabase({ seedDemo: false, log: (line) => console.log(line) });
  return 0;
}
