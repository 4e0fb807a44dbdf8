// `generate`: a made-up organisation and N published audits, for demos, load tests and the
// benchmark (app/models/demo/generate.server.ts). Deterministic: the same options give the same data.
import { parseArgs } from "node:util";
import { getDb } from "../../app/db.server";
import { loadChecklistFiles } from "../../app/domain/checklists/load.server";
import { syncChecklists } from "../../app/models/checklists/sync.server";
import { generate } from "../../app/models/demo/generate.server";
import { CliError } from "./types";

export const usage = `Usage: npm run etalonas -- generate --audits N [--departments D] [--employees E]
       [--months M] [--seed S] [--end-month YYYY-MM] [--shoppers K]

Writes into the database (DATABASE_URL) D new departments (default 20) with E employees
(default 15 per department), a supervisor per department, K mystery shoppers (default one
per 2 000 audits, 3 to 60), and N published audits spread over M months (default 24)
ending with the current month (or --end-month), across all active checklists, channels
and audit types. The same seed (default 1) gives the same data; a seed can be generated
once per database. --departments 0 audits the departments and staff already there.

Generated accounts (…@generuota.example) cannot sign in unless GENERATED_PASSWORD is set
while generating: then they all sign in with that password.`;

function count(name: string, value: string | undefined, fallback: number, min = 0): number {
  if (value === undefined) return fallback;
  const n = Number(value.replace(/_/g, ""));
  if (!Number.isInteger(n) || n < min) throw new CliError(`--${name} must be a whole number ≥ ${min}, not "${value}"`);
  return n;
}

export async function run(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      audits: { type: "string" },
      departments: { type: "string" },
      employees: { type: "string" },
      months: { type: "string" },
      seed: { type: "string" },
      "end-month": { type: "string" },
      shoppers: { type: "string" },
    },
  });
  if (values.audits === undefined) throw new CliError("Say how many audits: --audits N", usage.split("\n"));
  const audits = count("audits", values.audits, 0);
  const departments = count("departments", values.departments, 20);
  const employees = count("employees", values.employees, departments * 15, departments);
  const endMonth = values["end-month"];
  if (endMonth !== undefined && !/^\d{4}-(0[1-9]|1[0-2])$/.test(endMonth))
    throw new CliError(`--end-month must be YYYY-MM, not "${endMonth}"`);
  const db = getDb();
  syncChecklists(db, loadChecklistFiles());
  try {
    await generate(db, {
      audits,
      departments,
      employees,
      months: count("months", values.months, 24, 1),
      seed: count("seed", values.seed, 1),
      endMonth,
      shoppers: values.shoppers === undefined ? undefined : count("shoppers", values.shoppers, 3, 1),
      log: (line) => console.log(line),
    });
  } catch (error) {
    if (error instanceof Error && /already generated|no active checklists/.test(error.message)) throw new CliError(error.message);
    throw error;
  }
  return 0;
}
