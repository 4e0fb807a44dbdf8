// `check-transcript TRANSCRIPT.txt --checklist kmsa-phone`: the standard's phrases in the
// employee's lines of a call or visit transcript, as suggested answers with evidence.
import fs from "node:fs";
import { parseArgs } from "node:util";
import { loadAutocheckConfig } from "../../app/domain/autocheck/config.server";
import { looksLikeEmail } from "../../app/domain/autocheck/mime";
import { loadSpeller } from "../../app/domain/autocheck/speller.server";
import { checkTranscript } from "../../app/domain/autocheck/transcript-check";
import { parseTranscript } from "../../app/domain/autocheck/transcript";
import { checklistFor } from "./autocheck-common";
import { CliError } from "./types";

export const usage = `Usage: npm run etalonas -- check-transcript TRANSCRIPT.txt --checklist ID

Reads a transcript (speaker lines "Darbuotojas: …" / "Klientas: …", or notes with the
employee's words in quotes „…“) and prints one JSON object: suggested answers per
checklist item with evidence, and "phrases": the standard's phrases found, with the item
and the line.`;

export async function run(argv: string[]) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: { checklist: { type: "string", short: "c" } },
  });
  if (positionals.length !== 1) throw new CliError("Give one transcript file.");
  const file = positionals[0];
  const checklist = checklistFor(values.checklist, ["phone", "in_person", "home_visit"], "transcripts");
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch {
    throw new CliError(`Cannot read "${file}".`);
  }
  if (text.includes("\u0000")) throw new CliError(`"${file}" is not a text file.`);
  if (looksLikeEmail(text)) throw new CliError(`"${file}" is an e-mail message: use check-email.`);
  if (!parseTranscript(text).some((t) => t.speaker === "employee"))
    throw new CliError(
      `No employee's words in "${file}": write lines as "Darbuotojas: …" and "Klientas: …", or quote what the employee said („…“).`,
    );
  const result = checkTranscript(text, checklist, { speller: await loadSpeller(), config: loadAutocheckConfig() });
  process.stdout.write(JSON.stringify(result, null, 2) + "\n");
  return 0;
}
