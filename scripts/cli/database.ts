// The database of commands that read or add to existing data. They never create one: a
// typo in DATABASE_URL (or a run before `migrate`) would otherwise leave an empty database
// behind and report an empty result as if it were the truth.
import fs from "node:fs";
import path from "node:path";
import { databasePath, getDb, type Db } from "../../app/db.server";
import { CliError } from "./types";

export function existingDb(): Db {
  const file = databasePath();
  if (file !== ":memory:" && !fs.existsSync(file))
    throw new CliError(`There is no database at ${path.resolve(file)}.`, [
      "Create it with: npm run etalonas -- migrate",
      "or set DATABASE_URL to the existing database file.",
    ]);
  return getDb();
}
