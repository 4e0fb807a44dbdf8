/**
 * Reliability data from a CSV file `unit;rater;value` for the `agreement` command: one row
 * per unit and rater. An empty value or `netaikoma` (n.d.) is missing. `taip`, `iš dalies`
 * and `ne` are the ordinal scale no < partial < yes (scored 1, 0,5 and 0 as in audits);
 * other values are numbers (decimal comma or point) or, for the nominal level, labels.
 * Without a level: all choices ⇒ ordinal, all numbers ⇒ interval, anything else nominal.
 */
import Papa from "papaparse";
import { parseDecimal } from "../decimal";
import type { AgreementLevel, AgreementValue } from "../stats/agreement/types";
import { normaliseHeader } from "./headers";
import { createLineCounter, isBlankRecord } from "./records";
import { detectSeparator } from "./separator";
import { matchKey } from "./values";

export type AgreementRow = { line: number; unit: string; rater: string; value: string };
export type AgreementFileError = { line: number; message: string };
export type AgreementFile =
  { ok: true; level: AgreementLevel; data: Map<string, AgreementValue>[] } | { ok: false; errors: AgreementFileError[] };

const MISSING = new Set(["", "netaikoma", "n.d.", "n. d.", "nd"]);
const CHOICES = new Map<string, number>([
  ["taip", 1],
  ["yes", 1],
  ["iš dalies", 0.5],
  ["is dalies", 0.5],
  ["partial", 0.5],
  ["ne", 0],
  ["no", 0],
]);
const CHOICE_LABEL = new Map([
  [1, "taip"],
  [0.5, "iš dalies"],
  [0, "ne"],
]);
const COLUMNS = { unit: ["unit", "vienetas"], rater: ["rater", "vertintojas"], value: ["value", "reiksme"] } as const;
const MAX_ERRORS = 20;

type Kind = "missing" | "choice" | "number" | "label";
function kindOf(key: string): Kind {
  if (MISSING.has(key)) return "missing";
  if (CHOICES.has(key)) return "choice";
  const n = parseDecimal(key);
  return n !== undefined && Number.isFinite(n) ? "number" : "label";
}

export function parseAgreementCsv(text: string, level?: AgreementLevel): AgreementFile {
  const parsed = Papa.parse<string[]>(text.replace(/\r\n?/g, "\n"), { delimiter: detectSeparator(text), skipEmptyLines: false });
  const lineOf = createLineCounter();
  const records = parsed.data.map((cells) => ({ cells, line: lineOf(cells) })).filter((r) => !isBlankRecord(r.cells));
  const [header, ...body] = records;
  if (!header) return { ok: false, errors: [{ line: 1, message: "the file is empty: expected the header unit;rater;value" }] };
  const names = header.cells.map(normaliseHeader);
  const column = (wanted: readonly string[]) => names.findIndex((n) => wanted.includes(n));
  const [u, r, v] = [column(COLUMNS.unit), column(COLUMNS.rater), column(COLUMNS.value)];
  if (u < 0 || r < 0 || v < 0 || names.length !== 3) {
    return {
      ok: false,
      errors: [{ line: header.line, message: `unknown header "${header.cells.join(";")}": expected unit;rater;value` }],
    };
  }

  const errors: AgreementFileError[] = [];
  const rows: (AgreementRow & { key: string; kind: Kind })[] = [];
  const seen = new Map<string, number>();
  for (const { cells, line } of body) {
    const unit = (cells[u] ?? "").trim();
    const rater = (cells[r] ?? "").trim();
    const value = (cells[v] ?? "").trim();
    if (cells.length !== 3) errors.push({ line, message: `expected 3 cells, found ${cells.length}` });
    else if (!unit || !rater) errors.push({ line, message: "the unit and the rater must not be empty" });
    else {
      const pair = `${matchKey(unit)}\u0000${matchKey(rater)}`;
      const earlier = seen.get(pair);
      if (earlier !== undefined) errors.push({ line, message: `rater "${rater}" already rated unit "${unit}" on line ${earlier}` });
      else {
        seen.set(pair, line);
        const key = matchKey(value);
        rows.push({ line, unit, rater, value, key, kind: kindOf(key) });
      }
    }
    if (errors.length >= MAX_ERRORS) break;
  }
  const kinds = new Set(rows.map((row) => row.kind).filter((k) => k !== "missing"));
  const chosen: AgreementLevel =
    level ?? (kinds.size === 1 && kinds.has("choice") ? "ordinal" : [...kinds].every((k) => k === "number") ? "interval" : "nominal");

  // On an ordered scale every value must be of one kind: the choices, or numbers.
  const scale: Kind | null = chosen === "nominal" ? null : kinds.has("choice") && chosen === "ordinal" ? "choice" : "number";
  const units = new Map<string, Map<string, AgreementValue>>();
  for (const row of rows) {
    const unitKey = matchKey(row.unit);
    if (!units.has(unitKey)) units.set(unitKey, new Map());
    if (row.kind === "missing") continue;
    if (scale && row.kind !== scale) {
      errors.push({
        line: row.line,
        message:
          scale === "choice"
            ? `"${row.value}" is not on the scale taip / iš dalies / ne`
            : `"${row.value}" is not a number (the ${chosen} level needs numbers)`,
      });
      continue;
    }
    units.get(unitKey)!.set(matchKey(row.rater), valueOf(row.key, row.kind, chosen));
  }
  if (errors.length > 0) return { ok: false, errors: errors.sort((a, b) => a.line - b.line).slice(0, MAX_ERRORS) };
  if (rows.length === 0) return { ok: false, errors: [{ line: header.line, message: "no rows after the header" }] };
  return { ok: true, level: chosen, data: [...units.values()] };
}

function valueOf(key: string, kind: Kind, level: AgreementLevel): AgreementValue {
  const number = kind === "choice" ? CHOICES.get(key)! : kind === "number" ? parseDecimal(key)! : null;
  if (level !== "nominal") return number!;
  // Nominal: a choice by its Lithuanian name, a number by its value ("3,0" = "3").
  if (kind === "choice") return CHOICE_LABEL.get(number!)!;
  return kind === "number" ? String(number) : key;
}
