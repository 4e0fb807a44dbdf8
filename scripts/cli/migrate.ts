// `migrate`: create or update the database file and load the checklist files into it.
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import Database from "better-sqlite3";
import { eq } from "drizzle-orm";
import { databasePath, getDb, type Db } from "../../app/db.server";
import { organisations } from "../../db/schema";
import { prepareDatabase } from "../../server/prepare";

export const usage = `Usage: npm run etalonas -- migrate [--org-name NAME] [--org-code CODE]

Creates the database (DATABASE_URL, default data/etalonas.db) if it is missing, applies
the schema migrations it lacks and loads the checklist files from checklists/.
Safe to run again: it only does what is missing. The demo data is not created.

A database from before organisations existed is upgraded in place: everything in it goes
into one organisation, named NAME (default "Organizacija", code ORG unless --org-code).`;

/** Migration 0007 put an older database's data into the organisation ORG: name it as the operator says. */
function nameUpgradedOrganisation(db: Db, name: string | undefined, code: string | undefined) {
  if (!name && !code) return;
  const org = db.select().from(organisations).where(eq(organisations.code, "ORG")).get();
  if (!org) return;
  const values = { name: name?.trim() || org.name, code: code?.trim().toUpperCase() || org.code };
  db.update(organisations).set(values).where(eq(organisations.id, org.id)).run();
  console.log(`Organisation: ${values.name} (${values.code}) holds the data from before organisations.`);
}

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
  const { values } = parseArgs({ args: argv, options: { "org-name": { type: "string" }, "org-code": { type: "string" } }, strict: true });
  const file = databasePath();
  const existed = fs.existsSync(file);
  const before = appliedMigrations(file);
  const db = getDb();
  const after = (db.$client.prepare("select count(*) as n from __drizzle_migrations").get() as { n: number }).n;
  console.log(`Database: ${path.resolve(file)}${existed ? "" : " (created)"}`);
  console.log(after > before ? `Migrations: ${after - before} applied, ${after} in total` : `Migrations: up to date (${after} applied)`);
  // 0007 (the eighth) is the organisations migration: only an upgrade through it names the organisation.
  if (before > 0 && before < 8 && after >= 8) nameUpgradedOrganisation(db, values["org-name"], values["org-code"]);
  await prepareDatabase({ seedDemo: false, log: (line) => console.log(line) });
  return 0;
}
