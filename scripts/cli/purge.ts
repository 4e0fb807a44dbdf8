// `purge`: the retention purge the server runs daily, on demand.
import { parseArgs } from "node:util";
import { describePurge, runPurge } from "../../app/models/privacy/purge.server";
import { existingDb } from "./database";

export const usage = `Usage: npm run etalonas -- purge [--dry-run]

Deletes what is past each organisation's retention period (set by its administrator on
the organisation settings page; defaults: audits 60 months after the interaction, access
log 24 months) and anonymises staff who left (were set inactive) more than the period ago
(default 12 months): their name, e-mail, code and position are replaced, their audits stay
in the figures. Also deletes ended sessions. The server does the same every day.
--dry-run only counts what would go. Safe while the server runs.`;

export async function run(argv: string[]) {
  const { values } = parseArgs({ args: argv, options: { "dry-run": { type: "boolean", default: false } }, strict: true });
  const report = await runPurge(existingDb(), { dryRun: values["dry-run"] });
  for (const line of describePurge(report)) console.log(line);
  return 0;
}
