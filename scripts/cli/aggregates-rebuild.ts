// `aggregates:rebuild`: recompute the dashboard aggregates from the published audits.
import { parseArgs } from "node:util";
import { existingDb } from "./database";
import { aggregatesRebuildCommand } from "../../app/models/audits/aggregates.server";

export const usage = `Usage: npm run etalonas -- aggregates:rebuild

Recomputes the dashboard aggregates (agg_scores, agg_items) from the published audits in
one transaction. Safe to run at any time; the dashboards read the new numbers at once.`;

export async function run(argv: string[]) {
  parseArgs({ args: argv, options: {}, strict: true });
  aggregatesRebuildCommand(existingDb(), (line) => console.log(line));
  return 0;
}
