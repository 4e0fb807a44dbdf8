// `restore --from FILE`: puts a backup in place of the database, never under a running server.
import path from "node:path";
import { parseArgs } from "node:util";
import { databasePath } from "../../app/db.server";
import { restoreDatabase, summarise } from "../../app/models/operations/backup.server";
import { runningServer, serverMarkPath } from "../../app/models/operations/server-lock.server";
import { CliError } from "./types";

export const usage = `Usage: npm run etalonas -- restore --from FILE

Replaces the database (DATABASE_URL) with the backup FILE made by "backup". Checks the
backup first (PRAGMA integrity_check) and refuses a damaged one. Refuses while a server
runs on the database (it writes DATABASE_URL.server with its process id): stop it first
(systemctl stop etalonas). The database it replaces is kept beside it as
DATABASE_URL.before-restore-<time>; FILE.files/ (evidence) is copied back beside it.
Start the server afterwards: it applies any newer migrations.`;

export async function run(argv: string[]) {
  const { values } = parseArgs({ args: argv, options: { from: { type: "string" } }, strict: true });
  if (!values.from) throw new CliError("Say which backup to restore: restore --from FILE");
  const from = path.resolve(values.from);
  const target = path.resolve(databasePath());
  const server = runningServer(target);
  if (server)
    throw new CliError(`A server (process ${server.pid}, started ${server.startedAt}) is using ${target}.`, [
      "Stop it first, then run restore again.",
      `(It marks the database with ${serverMarkPath(target)}.)`,
    ]);
  let check;
  try {
    check = summarise(from);
  } catch (error) {
    throw new CliError(`${from} is not a readable database: ${(error as Error).message}`);
  }
  if (check.integrity !== "ok") throw new CliError(`${from} failed its integrity check, nothing restored:`, [check.integrity]);
  const report = await restoreDatabase(from, target);
  console.log(`Restored: ${from} → ${target}`);
  console.log(`Integrity: ${report.integrity}`);
  console.log(
    `Holds: ${report.organisations} organisations, ${report.audits} audits, ${report.users} users, ${report.employees} employees`,
  );
  if (report.folders.length) console.log(`Files: ${report.folders.join(", ")} restored`);
  if (report.previous) console.log(`The replaced database is kept as ${report.previous}`);
  return 0;
}
