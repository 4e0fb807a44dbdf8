/**
 * Diminutives the standards forbid („sutartėlė“, „parašiukas“, „skolelė“, VMB 2.2): a
 * diminutive suffix (-ėlis/-ėlė, -elis/-elė, -ukas/-iukas, -utis/-utė, -ytė) on a base that
 * the dictionary knows as a word (sutartėlė → sutartis). Lexicalised words (lentelė,
 * kortelė, laukelis) are listed in checklists/autocheck.json as not diminutives. Reflexive
 * verbs in -ytis (dalytis, mokytis) are never read as diminutives.
 */
import type { Speller } from "./speller";
import { stemKey } from "./text";

const MASC = "is|io|iui|į|iu|yje|y|iai|ių|iams|ius|iais|iuose";
const FEM = "ė|ės|ei|ę|e|ėje|ėms|ėmis|ėse";
const MASC_A = "as|o|ui|ą|u|e|ai|ų|ams|us|ais|uose";
const PATTERNS: RegExp[] = [
  new RegExp(`^(\\p{L}{2,}?)(ėl|el)(${MASC}|${FEM})$`, "u"),
  new RegExp(`^(\\p{L}{2,}?)(iuk|uk)(${MASC_A}|${FEM})$`, "u"),
  new RegExp(`^(\\p{L}{2,}?)(ut)(${MASC}|${FEM})$`, "u"),
  new RegExp(`^(\\p{L}{2,}?)(yt)(${FEM})$`, "u"),
];
const BASE_ENDINGS = ["as", "is", "ys", "us", "a", "ė", "ius"];

export function isDiminutive(word: string, speller: Speller, notDiminutives: Set<string>): boolean {
  const lower = word.toLowerCase();
  if (notDiminutives.has(stemKey(lower))) return false;
  for (const re of PATTERNS) {
    const m = re.exec(lower);
    if (!m) continue;
    const base = m[1];
    if (BASE_ENDINGS.some((ending) => speller.correct(base + ending))) return true;
  }
  return false;
}

export function notDiminutiveSet(words: string[]): Set<string> {
  return new Set(words.map((w) => stemKey(w)));
}
