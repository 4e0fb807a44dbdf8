// `backup --to FILE`: a consistent copy of the database (and its evidence files) while the
// server runs.
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { databasePath } from "../../app/db.server";
import { backupDatabase, filesFolderOf } from "../../app/models/operations/backup.server";
import { CliError } from "./types";

export const usage = `Usage: npm run etalonas -- backup --to FILE

Copies the database (DATABASE_URL) to FILE with SQLite's online backup API: safe while the
server runs and writes, the copy is one consistent moment. FILE must not exist yet. The
copy is checked (PRAGMA integrity_check) before it gets its name. Folders of kept files
beside the database (evidence/) are copied to FILE.files/. Exit code 0 only when the copy
is complete and sound.`;

export async function run(argv: string[]) {
  const { values } = parseArgs({ args: argv, options: { to: { type: "string" } }, strict: true });
  if (!values.to) throw new CliError("Say where to write the copy: backup --to FILE");
  const source = databasePath();
  if (!fs.existsSync(source)) throw new CliError(`There is no database at ${path.resolve(source)}.`);
  const target = path.resolve(values.to);
  if (fs.existsSync(target) || fs.existsSync(filesFolderOf(target)))
    throw new CliError(`${target} already exists: backups are never overwritten. Choose a new name.`);
  const report = await backupDatabase(source, target);
  console.log(`Backup: ${report.file} (${(report.bytes / 1048576).toFixed(1)} MB in ${(report.ms / 1000).toFixed(2)} s)`);
  console.log(`Integrity: ${report.integrity}`);
  console.log(
    `Holds: ${report.organisations} organisations, ${report.audits} audits, ${report.users} users, ${report.employees} employees`,
  );
  console.log(report.folders.length ? `Files: ${report.folders.join(", ")} → ${filesFolderOf(target)}` : "Files: none to copy");
  return 0;
}
