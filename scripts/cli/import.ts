// `import roster FILE` and `import audits FILE`: the same check and one-transaction write as
// the admin import page, with the same report. Exit code 1 when the file has any problem.
import fs from "node:fs";
import { parseArgs } from "node:util";
import { existingDb } from "./database";
import { reportText, type ImportReport } from "../../app/domain/csv/report";
import { matchKey } from "../../app/domain/csv/values";
import { checkAuditFile, importAuditFile } from "../../app/models/imports/audits.server";
import { importRosterFile } from "../../app/models/imports/roster.server";
import { users } from "../../db/schema";
import { chooseOrganisation } from "./org";
import { CliError } from "./types";

export const usage = `Usage: npm run etalonas -- import roster FILE [--org CODE] [--dry-run]
       npm run etalonas -- import audits FILE [--org CODE] [--dry-run] [--publish] [--actor EMAIL]

Imports a CSV file (format: docs/csv.md). The file is checked first; with --dry-run
nothing is written, otherwise it is written in one transaction, or not at all when it
has any problem. Audits enter the review queue as submitted, or as published with
--publish. --actor names the user recorded in the audits' history (default: none).
--org names the organisation (its code) the file belongs to; it may be left out when the
installation has only one.
Exit code 0 when the file has no problems, 1 otherwise.`;

function progress(label: string) {
  if (!process.stderr.isTTY) return undefined;
  let last = -1;
  return (done: number, total: number) => {
    const percent = total ? Math.floor((100 * done) / total) : 100;
    if (percent !== last) process.stderr.write(`\r${label} ${percent} %`);
    last = percent;
    if (percent === 100) process.stderr.write("\n");
  };
}

function actorId(email: string | undefined): number | null {
  if (!email) return null;
  const found = existingDb()
    .select({ id: users.id, email: users.email })
    .from(users)
    .all()
    .find((u) => matchKey(u.email) === matchKey(email));
  if (!found) throw new CliError(`No user with the e-mail ${email}`);
  return found.id;
}

export async function run(argv: string[]) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: { "dry-run": { type: "boolean" }, publish: { type: "boolean" }, actor: { type: "string" }, org: { type: "string" } },
  });
  const [kind, file] = positionals;
  if ((kind !== "roster" && kind !== "audits") || !file || positionals.length > 2)
    throw new CliError("Say what to import and from which file.", usage.split("\n"));
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) throw new CliError(`No such file: ${file}`);
  if (kind === "roster" && (values.publish || values.actor)) throw new CliError("--publish and --actor are for audits only.");
  const db = existingDb();
  const orgId = chooseOrganisation(db, values.org).id;
  const dryRun = values["dry-run"] ?? false;
  let report: ImportReport;
  if (kind === "roster") {
    report = await importRosterFile(db, file, { orgId, dryRun, onProgress: progress("Tikrinama") });
  } else {
    const opts = { orgId, publish: values.publish ?? false, actorId: actorId(values.actor) };
    report = await checkAuditFile(db, file, { ...opts, onProgress: progress("Tikrinama") });
    if (!dryRun && report.problemTotal === 0) report = await importAuditFile(db, file, { ...opts, onProgress: progress("Rašoma") });
  }
  console.log(reportText(report));
  return report.problemTotal ? 1 : 0;
}
