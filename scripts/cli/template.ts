// `template <checklist-id>`: the import template of a checklist (header + example row).
import fs from "node:fs";
import { parseArgs } from "node:util";
import { existingDb } from "./database";
import { checklistTemplateCsv, listTemplateChecklists } from "../../app/models/imports/export-template.server";
import { CliError } from "./types";

export const usage = `Usage: npm run etalonas -- template <checklist-id> [--separator ,] [--output FILE]

Writes the CSV template for importing audits of one checklist: the header row and one
example row (UTF-8 with a BOM, ";" unless --separator , is given).`;

export async function run(argv: string[]) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: { separator: { type: "string", default: ";" }, output: { type: "string", short: "o" } },
  });
  if (values.separator !== ";" && values.separator !== ",") throw new CliError('--separator must be ";" or ","');
  const id = positionals[0];
  const db = existingDb();
  const available = listTemplateChecklists(db).map((c) => c.id);
  if (!available.length) throw new CliError("The database has no checklists.", ["Load them with: npm run etalonas -- migrate"]);
  const csv = id && positionals.length === 1 ? checklistTemplateCsv(db, id, values.separator) : null;
  if (csv === null) throw new CliError(id ? `Unknown checklist "${id}". Checklists:` : "Which checklist?", available);
  if (values.output) fs.writeFileSync(values.output, csv);
  else process.stdout.write(csv);
  return 0;
}
