// `agreement FILE.csv [--level nominal|ordinal|interval]`: inter-rater agreement of any
// data set (calibration sessions, or an outside study) as one JSON object.
import fs from "node:fs";
import { parseArgs } from "node:util";
import { parseAgreementCsv } from "../../app/domain/csv/agreement";
import { decodeCsvBytes } from "../../app/domain/csv/decode";
import { agreementSummary, AGREEMENT_LEVELS, type AgreementLevel } from "../../app/domain/stats/agreement";
import { CliError } from "./types";

export const usage = `Usage: npm run etalonas -- agreement FILE.csv [--level nominal|ordinal|interval]

Reads a CSV file with the header unit;rater;value (";" or ","; UTF-8 or Windows-1257), one
row per unit and rater. An empty value or "netaikoma" is missing; "taip", "iš dalies" and
"ne" are the ordinal scale ne < iš dalies < taip; other values are numbers (interval) or
labels (nominal). Without --level: choices are ordinal, numbers interval, labels nominal.
Prints one JSON object: Krippendorff's alpha with a bootstrapped 95 % interval (2000
samples, fixed seed), percent agreement, Fleiss' kappa (equal numbers of values per unit
only), Cohen's kappa (two raters only) and Gwet's AC1, rounded to 4 decimals.`;

const round = (x: number | null) => (x === null ? null : Math.round(x * 10_000) / 10_000);

export async function run(argv: string[]) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: { level: { type: "string", short: "l" } },
  });
  if (positionals.length !== 1) throw new CliError("Give one CSV file.");
  const level = values.level as AgreementLevel | undefined;
  if (level !== undefined && !AGREEMENT_LEVELS.includes(level))
    throw new CliError(`Unknown level "${values.level}": use nominal, ordinal or interval.`);
  const file = positionals[0];
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch {
    throw new CliError(`Cannot read "${file}".`);
  }
  const parsed = parseAgreementCsv(decodeCsvBytes(bytes).text, level);
  if (!parsed.ok)
    throw new CliError(
      `"${file}" cannot be read as agreement data.`,
      parsed.errors.map((e) => `line ${e.line}: ${e.message}`),
    );
  const s = agreementSummary(parsed.data, parsed.level);
  const result = {
    units: s.units,
    raters: s.raters,
    level: s.level,
    krippendorff_alpha: round(s.alpha),
    alpha_95ci: s.alphaInterval ? [round(s.alphaInterval.low), round(s.alphaInterval.high)] : null,
    percent_agreement: round(s.percentAgreement),
    fleiss_kappa: round(s.fleissKappa),
    cohen_kappa: round(s.cohenKappa),
    gwet_ac1: round(s.gwetAc1),
  };
  process.stdout.write(JSON.stringify(result) + "\n");
  return 0;
}
