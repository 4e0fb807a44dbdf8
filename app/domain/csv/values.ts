/**
 * Cell values of CSV files: choices in Lithuanian and English, numbers with a decimal
 * comma or point, phrase lists, yes/no flags, and the text normalisation used to match
 * names, codes and e-mail addresses.
 */
import type { Choice, OtherPhraseJudgement } from "../scoring/types";

/**
 * Lithuanian lower-casing differs from the root locale's only for these capitals (they keep
 * a dot above before an accent: checked over every code point). Elsewhere the plain
 * toLowerCase gives the same text several times faster, which counts on 100 000-row files.
 */
const LITHUANIAN_CASING = /[IJÌÍĨĮ]/;

/** Keys of short texts already seen: an import matches the same codes and answers 100 000 times. */
const keys = new Map<string, string>();

/** Collapses case, surrounding and repeated inner spaces: "  ONA  Savaitė " ≡ "ona savaitė". */
export function matchKey(text: string): string {
  let key = keys.get(text);
  if (key !== undefined) return key;
  const spaced = text.trim().replace(/\s+/g, " ");
  key = LITHUANIAN_CASING.test(spaced) ? spaced.toLocaleLowerCase("lt") : spaced.toLowerCase();
  if (text.length <= 64) {
    if (keys.size >= 10_000) keys.clear();
    keys.set(text, key);
  }
  return key;
}

/**
 * Undoes the formula guard of our export (and of other tools): a cell that starts with an
 * apostrophe followed by =, +, -, @, tab or CR is read without the apostrophe.
 */
export function stripFormulaGuard(cell: string): string {
  // The apostrophe test first: this runs on every cell of a file.
  return cell.charCodeAt(0) === 39 && /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

const CHOICE_SPELLINGS = new Map(
  Object.entries<Choice>({
    taip: "yes",
    yes: "yes",
    "1": "yes",
    ne: "no",
    no: "no",
    "0": "no",
    "iš dalies": "partial",
    "is dalies": "partial",
    dalinai: "partial",
    partial: "partial",
    "0,5": "partial",
    "0.5": "partial",
    "n.d.": "na",
    "n. d.": "na",
    nd: "na",
    netaikoma: "na",
    na: "na",
    "n/a": "na",
    "n.a.": "na",
  }),
);

/** undefined for a blank cell (not answered); null for a spelling we do not know. */
export function parseChoice(cell: string): Choice | null | undefined {
  // Most cells are spelt exactly as listed ("taip", "ne"): skip the normalisation then.
  const exact = CHOICE_SPELLINGS.get(cell);
  if (exact !== undefined) return exact;
  const key = matchKey(cell);
  if (key === "") return undefined;
  return CHOICE_SPELLINGS.get(key) ?? null;
}

const JUDGEMENT_SPELLINGS = new Map<string, OtherPhraseJudgement>([
  ...["rekomenduojama", "rekomenduojamas", "rekomenduojamam", "recommended", "taip", "yes"].map((s) => [s, "recommended"] as const),
  ...["neleistina", "neleistinas", "neleistinam", "forbidden", "ne", "no"].map((s) => [s, "forbidden"] as const),
]);

/**
 * The judgement of another phrase (`<key>:other_as`): like a recommended phrase or like a
 * forbidden one. Blank → undefined; an unknown spelling is passed on as written, so that the
 * scoring engine reports it (invalid_other_phrase_as) like any other invalid answer.
 */
export function parseOtherPhraseAs(cell: string): string | undefined {
  const key = matchKey(cell);
  return key === "" ? undefined : (JUDGEMENT_SPELLINGS.get(key) ?? cell.trim());
}

export const OTHER_AS_OUT: Record<OtherPhraseJudgement, string> = { recommended: "rekomenduojama", forbidden: "neleistina" };

export const isNotApplicable = (cell: string) => parseChoice(cell) === "na";

/** Cells are read like the forms' fields: "12,5", "12.5", " 3 " → number; blank → undefined. */
export { parseDecimal, formatDecimal } from "../decimal";

/** Marker in a phrase cell for "answered, but none of the listed phrases was used". */
export const NO_PHRASE = "-";
const NO_PHRASE_SPELLINGS = new Set([NO_PHRASE, "—", "–", "nė vieno", "ne vieno", "none"]);

/** "Laba diena | Viso gero" → ["Laba diena", "Viso gero"]; the markers give []. */
export function parsePhrases(cell: string): string[] {
  if (NO_PHRASE_SPELLINGS.has(matchKey(cell))) return [];
  return cell
    .split("|")
    .map((p) => p.trim())
    .filter((p) => p !== "");
}

export function formatPhrases(phrases: readonly string[]): string {
  return phrases.length ? phrases.join("|") : NO_PHRASE;
}

const TRUE = new Set(["taip", "yes", "1", "true", "t", "y", "aktyvus", "aktyvi", "active"]);
const FALSE = new Set(["ne", "no", "0", "false", "f", "n", "neaktyvus", "neaktyvi", "inactive"]);

/** Yes/no flags; blank → the default; unknown spelling → null. */
export function parseFlag(cell: string, blank: boolean): boolean | null {
  const key = matchKey(cell);
  if (key === "") return blank;
  if (TRUE.has(key)) return true;
  if (FALSE.has(key)) return false;
  return null;
}

export const CHOICE_OUT: Record<Choice, string> = { yes: "taip", no: "ne", partial: "iš dalies", na: "n.d." };
