// `export audits`: the audit export of the admin page, to standard output or a file.
import fs from "node:fs";
import { parseArgs } from "node:util";
import { existingDb } from "./database";
import { vilniusDayRange } from "../../app/domain/time";
import type { SessionUser } from "../../app/lib/auth.server";
import { recordAccess } from "../../app/models/access-log/record.server";
import { exportAuditsCsv } from "../../app/models/imports/export-audits.server";
import { eq } from "drizzle-orm";
import type { Db } from "../../app/db.server";
import { departments } from "../../db/schema";
import { chooseOrganisation } from "./org";
import { CliError } from "./types";

export const usage = `Usage: npm run etalonas -- export audits [--org CODE] [--from DATE] [--to DATE] [--checklist ID] [--separator ,] [--output FILE]

Writes every audit (drafts excepted) as CSV in the import format plus the computed columns
(state, score, passed, critical_failure, section:<key>): UTF-8 with a BOM, ";" between cells
unless --separator , is given. DATEs are Vilnius calendar days (2026-11-21), both included.
Without --output the CSV goes to standard output. --org names the organisation (its code);
it may be left out when the installation has only one.`;

/** The operator sees the organisation's audits, as its administrator does. */
function operator(db: Db, orgId: number): SessionUser {
  const departmentIds = db
    .select({ id: departments.id })
    .from(departments)
    .where(eq(departments.orgId, orgId))
    .all()
    .map((d) => d.id);
  const base = { id: 0, email: "cli", name: "CLI", role: "admin", locale: "lt", employeeId: null } as const;
  return { ...base, orgId, orgIds: [orgId], departmentIds: [], orgDepartmentIds: departmentIds };
}

export async function run(argv: string[]) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      from: { type: "string" },
      to: { type: "string" },
      checklist: { type: "string" },
      separator: { type: "string", default: ";" },
      output: { type: "string", short: "o" },
      org: { type: "string" },
    },
  });
  if (positionals[0] !== "audits" || positionals.length > 1) throw new CliError("Only audits can be exported: export audits [options].");
  if (values.separator !== ";" && values.separator !== ",") throw new CliError('--separator must be ";" or ","');
  const range = vilniusDayRange(values.from, values.to);
  if (!range) throw new CliError("Dates must look like 2026-11-21.");
  if (range.from !== undefined && range.to !== undefined && range.to <= range.from) throw new CliError("--to is before --from.");
  const db = existingDb();
  const orgId = chooseOrganisation(db, values.org).id;
  // An export from the command line is an access to personal data too: logged without a user.
  const detail = [`${values.from ?? ""}–${values.to ?? ""}`, values.checklist, "CLI"].filter(Boolean).join(" ");
  recordAccess(db, null, { action: "export_audits", object: "audits", orgId, detail });
  const out = values.output ? fs.createWriteStream(values.output) : process.stdout;
  let rows = -1;
  for (const chunk of exportAuditsCsv(db, operator(db, orgId), {
    ...range,
    checklistId: values.checklist,
    separator: values.separator,
  })) {
    rows += (chunk.match(/\r\n/g) ?? []).length;
    if (!out.write(chunk)) await new Promise<void>((resolve) => out.once("drain", () => resolve()));
  }
  if (values.output) {
    await new Promise<void>((resolve) => (out as fs.WriteStream).end(() => resolve()));
    console.error(`${rows} audits → ${values.output}`);
  }
  return 0;
}
