/**
 * Phrase lists: how a listed phrase is shown, and which listed phrases an auditor can confuse.
 * Pure. Used by the form, the checklist page and the validation tests of the checklist data.
 */
import type { Checklist, PhraseItem, PhraseNote } from "./schema";

/** The form an auditor sees: the corrected text where the standard has a typo, else the phrase as listed. */
export function phraseLabel(item: PhraseItem, phrase: string): string {
  return item.phrases.notes?.[phrase]?.shown_as ?? phrase;
}

export function phraseNote(item: PhraseItem, phrase: string): PhraseNote | undefined {
  return item.phrases.notes?.[phrase];
}

/** Lower case, letters and digits only, single spaces: „Taip... Suprantu...“ → "taip suprantu". */
export function normalizePhrase(phrase: string): string {
  return phrase
    .toLocaleLowerCase("lt")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** Whitespace and quotes only, for checking that a phrase is quoted from the standard verbatim. */
export function normalizeQuoting(text: string): string {
  return text.replace(/[„“”"]/g, '"').replace(/\s+/g, " ");
}

// Lithuanian noun/adjective/verb endings, longest first: enough to tell that „Labas“ and
// „Laba“, or „Sveikas“ and „Sveiki“, are forms of one word.
const ENDINGS = ["iams", "omis", "ams", "ose", "ėms", "oms", "iai", "ių", "as", "is", "ys", "us", "os", "ės", "ai", "ei", "ui", "ą", "ę", "į", "ų", "a", "ė", "i", "o", "u", "s"];

export function stem(word: string): string {
  for (const ending of ENDINGS)
    if (word.endsWith(ending) && word.length - ending.length >= 3) return word.slice(0, -ending.length);
  return word;
}

export type ConfusablePair = {
  /** "prefix": the forbidden phrase is the first words of the recommended one (or equal);
   *  "variant": its words are other grammatical forms of the recommended one's first words. */
  kind: "prefix" | "variant";
  forbidden: { itemKey: string; phrase: string };
  recommended: { itemKey: string; phrase: string };
};

type Listed = { itemKey: string; phrase: string; words: string[] };

function phraseItems(checklists: readonly Checklist[]): PhraseItem[] {
  return checklists.flatMap((c) => c.sections.flatMap((s) => s.items.filter((i): i is PhraseItem => i.type === "phrase")));
}

/**
 * Forbidden phrases an auditor can mistake for recommended ones of the same standard (pass the
 * checklists of one standard): „Labas“ / „Labas rytas“, „Klausau“ / „Klausau Jūsų“ (another item),
 * „Labas“ / „Laba diena“. A recommended phrase's declared variants count as recommended phrases.
 */
export function confusablePairs(checklists: readonly Checklist[]): ConfusablePair[] {
  const recommended: Listed[] = [];
  const forbidden: Listed[] = [];
  const listed = (itemKey: string, phrase: string): Listed => ({ itemKey, phrase, words: normalizePhrase(phrase).split(" ") });
  for (const item of phraseItems(checklists)) {
    for (const phrase of item.phrases.recommended) {
      recommended.push(listed(item.key, phrase));
      for (const variant of phraseNote(item, phrase)?.variants ?? []) recommended.push({ ...listed(item.key, phrase), words: normalizePhrase(variant).split(" ") });
    }
    for (const phrase of item.phrases.forbidden) forbidden.push(listed(item.key, phrase));
  }
  const pairs: ConfusablePair[] = [];
  const seen = new Set<string>();
  for (const f of forbidden)
    for (const r of recommended) {
      const kind = compare(f.words, r.words);
      const id = `${f.itemKey}|${f.phrase}|${r.itemKey}|${r.phrase}`;
      if (!kind || seen.has(id)) continue;
      seen.add(id);
      pairs.push({ kind, forbidden: { itemKey: f.itemKey, phrase: f.phrase }, recommended: { itemKey: r.itemKey, phrase: r.phrase } });
    }
  return pairs;
}

function compare(f: string[], r: string[]): ConfusablePair["kind"] | null {
  if (f.length > r.length) return null;
  const head = r.slice(0, f.length);
  if (head.every((w, i) => w === f[i])) return "prefix";
  if (head.every((w, i) => stem(w) === stem(f[i]))) return "variant";
  return null;
}

/** Pairs whose forbidden phrase has no guidance for auditors (the data validation requires it). */
export function pairsWithoutGuidance(checklists: readonly Checklist[]): ConfusablePair[] {
  const items = new Map(phraseItems(checklists).map((i) => [i.key, i]));
  return confusablePairs(checklists).filter((p) => !phraseNote(items.get(p.forbidden.itemKey)!, p.forbidden.phrase)?.guidance);
}
