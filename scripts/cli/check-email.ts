// `check-email REPLY.eml [MORE.eml…] --checklist vmb-email [--sent "2026-11-20 09:00"]`:
// suggests answers for an e-mail checklist from the reply and any automatic messages.
import fs from "node:fs";
import { parseArgs } from "node:util";
import { parseVilniusTime } from "../../app/domain/autocheck/calendar";
import { loadAutocheckConfig } from "../../app/domain/autocheck/config.server";
import { checkEmails, type EmailInput } from "../../app/domain/autocheck/email";
import { NotAnEmailError, parseEmail } from "../../app/domain/autocheck/mime";
import { loadSpeller } from "../../app/domain/autocheck/speller.server";
import { checklistFor } from "./autocheck-common";
import { CliError } from "./types";

export const usage = `Usage: npm run etalonas -- check-email REPLY.eml [MORE.eml…] --checklist ID [--sent "YYYY-MM-DD HH:MM"]

Reads the reply (and any automatic acknowledgement or vacation notice) as .eml files and
prints one JSON object: suggested answers per checklist item with evidence ("answer" null
when the checker cannot tell), reply_hours and reply_working_hours (from --sent, Vilnius
local time, to the first reply that is not automatic), auto_reply and vacation_notice.`;

export async function run(argv: string[]) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: { checklist: { type: "string", short: "c" }, sent: { type: "string" } },
  });
  if (positionals.length === 0) throw new CliError("Give at least one .eml file.");
  const checklist = checklistFor(values.checklist, ["email"], "e-mail");
  const sent = values.sent === undefined ? null : parseVilniusTime(values.sent);
  if (values.sent !== undefined && sent === null)
    throw new CliError(`--sent "${values.sent}" is not a time: write it as "YYYY-MM-DD HH:MM" (Vilnius time).`);
  const inputs: EmailInput[] = [];
  for (const file of positionals) {
    let raw: Buffer;
    try {
      raw = fs.readFileSync(file);
    } catch {
      throw new CliError(`Cannot read "${file}".`);
    }
    try {
      inputs.push({ name: file, email: await parseEmail(new Uint8Array(raw)) });
    } catch (error) {
      if (error instanceof NotAnEmailError)
        throw new CliError(
          `"${file}" is not an e-mail message (.eml with From/Date headers). Save the reply from the mail program as .eml.`,
        );
      throw error;
    }
  }
  const result = checkEmails(inputs, checklist, { sent, speller: await loadSpeller(), config: loadAutocheckConfig() });
  process.stdout.write(JSON.stringify(result, null, 2) + "\n");
  return 0;
}
