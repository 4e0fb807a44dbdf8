/**
 * Lithuanian text helpers for the automatic checks: folding diacritics, words with their
 * offsets, and a stem that matches inflected forms with or without diacritics.
 * Pure: no fs, no DB.
 */
import { stemmer } from "@orama/stemmers/lithuanian";

const FOLD: Record<string, string> = { ą: "a", č: "c", ę: "e", ė: "e", į: "i", š: "s", ų: "u", ū: "u", ž: "z" };

/** Lower case without Lithuanian diacritics: "Ačiū" → "aciu". */
export function fold(text: string): string {
  return text.toLowerCase().replace(/[ąčęėįšųūž]/g, (c) => FOLD[c] ?? c);
}

export const HAS_DIACRITIC = /[ąčęėįšųūžĄČĘĖĮŠŲŪŽ]/;

export type Word = { text: string; start: number; end: number };

const WORD = /[\p{L}][\p{L}\p{M}'’-]*[\p{L}]|[\p{L}]/gu;

/** Words (letters, inner hyphens and apostrophes) with their offsets in `text`. */
export function words(text: string): Word[] {
  const out: Word[] = [];
  for (const m of text.matchAll(WORD)) out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

const stemCache = new Map<string, string>();

/**
 * A key that is equal for inflected forms of one word, written with or without
 * diacritics: the stem of the folded word ("laišką", "laiska" → "laisk").
 */
export function stemKey(word: string): string {
  const lower = word.toLowerCase();
  let key = stemCache.get(lower);
  if (key === undefined) {
    key = stemmer(fold(lower));
    if (stemCache.size > 50_000) stemCache.clear();
    stemCache.set(lower, key);
  }
  return key;
}

/** Sentence-ish spans: split at . ! ? and line ends, keeping offsets. */
export function sentences(text: string): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  const re = /[^.!?\n]+[.!?]*/g;
  for (const m of text.matchAll(re)) {
    const trimmed = m[0].trim();
    if (trimmed) out.push({ text: trimmed, start: m.index + m[0].indexOf(trimmed) });
  }
  return out;
}

/** Non-empty lines, trimmed, with their 1-based line numbers. */
export function lines(text: string): { text: string; line: number }[] {
  return text
    .split(/\r?\n/)
    .map((t, i) => ({ text: t.trim(), line: i + 1 }))
    .filter((l) => l.text !== "");
}

/** Collapse whitespace for evidence strings; long spans are cut with an ellipsis. */
export function clip(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
