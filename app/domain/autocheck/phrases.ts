/**
 * Finds the standard's phrases in text with Lithuanian inflection and with or without
 * diacritics („Labą dieną“ is „Laba diena“, „aciu“ is „Ačiū“). Rules that keep prefixes
 * apart (Labas vs Labas rytas, Viso vs Viso gero, Klausau vs Klausau Jūsų, Iki vs Iki
 * pasimatymo):
 * - a one-word phrase counts only as a clause of its own („Iki!“, „Taip?“), never inside a
 *   sentence („iki penktadienio“);
 * - a forbidden phrase found inside a longer recommended one is not a hit.
 * „...“ in a phrase is a gap of a few words; "Vardenis Pavardenis" stands for any name.
 */
import { fold, stemKey, words, type Word } from "./text";

export type PhraseKind = "recommended" | "forbidden" | "unsure";
export type PhraseDef = { phrase: string; kind: PhraseKind };

type Element = { kind: "word"; text: string; folded: string; stem: string; alts: Element[] } | { kind: "gap" } | { kind: "name" };
type Pattern = { def: PhraseDef; elements: Element[]; single: boolean };

export type PhraseHit = { phrase: string; kind: PhraseKind; start: number; end: number; firstWord: number; lastWord: number };

const GAP_WORDS = 6;
const NAME_PLACEHOLDER = /^(vardeni|pavardeni)/i;

function wordElement(text: string): Element {
  return { kind: "word", text, folded: fold(text), stem: stemKey(text), alts: [] };
}

export function compilePhrase(def: PhraseDef): Pattern {
  const cleaned = def.phrase.replace(/\([^)]*\)/g, " ").replace(/\.{2,}|…/g, " … ");
  const elements: Element[] = [];
  const tokens = cleaned.split(/\s+/).filter(Boolean);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token === "…") {
      if (elements.length > 0 && elements[elements.length - 1].kind !== "gap") elements.push({ kind: "gap" });
      continue;
    }
    if (token === "/") continue;
    const ws = words(token).map((w) => w.text);
    for (const [j, w] of ws.entries()) {
      const el: Element = NAME_PLACEHOLDER.test(w) ? { kind: "name" } : wordElement(w);
      const prev = elements[elements.length - 1];
      // "a / b" and "a/b": alternatives for one position.
      const slashBefore = (j === 0 && tokens[i - 1] === "/") || (j > 0 && token.includes("/"));
      if (slashBefore && prev?.kind === "word" && el.kind === "word") prev.alts.push(el);
      else if (!(el.kind === "name" && prev?.kind === "name")) elements.push(el);
    }
  }
  while (elements.length > 0 && elements[elements.length - 1].kind === "gap") elements.pop();
  const wordCount = elements.filter((e) => e.kind !== "gap").length;
  return { def, elements, single: wordCount === 1 };
}

function sameWord(el: Extract<Element, { kind: "word" }>, word: Word): boolean {
  const folded = fold(word.text);
  if (folded === el.folded) return true;
  if (el.folded.length < 4 || folded.length < 4) return false;
  return stemKey(word.text) === el.stem && Math.abs(folded.length - el.folded.length) <= 3;
}

function matchesElement(el: Element, word: Word): boolean {
  if (el.kind === "name") return /^\p{Lu}/u.test(word.text);
  if (el.kind === "gap") return false;
  return sameWord(el, word) || el.alts.some((alt) => alt.kind === "word" && sameWord(alt, word));
}

/** Index of the last word matched, or -1. Between listed words one extra word is allowed. */
function matchAt(elements: Element[], ws: Word[], at: number): number {
  let i = at;
  let lastMatched = -1;
  for (let e = 0; e < elements.length; e++) {
    const el = elements[e];
    if (el.kind === "gap") continue;
    const slack = e === 0 ? 0 : elements[e - 1].kind === "gap" ? GAP_WORDS : 1;
    let found = -1;
    for (let k = i; k <= Math.min(i + slack, ws.length - 1); k++)
      if (matchesElement(el, ws[k])) {
        found = k;
        break;
      }
    if (found < 0) return -1;
    if (el.kind === "name" && found + 1 < ws.length && /^\p{Lu}/u.test(ws[found + 1].text)) found++; // first name + surname
    lastMatched = found;
    i = found + 1;
  }
  return lastMatched;
}

const CLAUSE_EDGE = /^[\s,.!?;:–—\-…"„“”()]*$/;

function standsAlone(text: string, word: Word, bounds: { start: number; end: number }): boolean {
  const before = text.slice(bounds.start, word.start);
  const after = text.slice(word.end, bounds.end);
  const prevChars = before.match(/[^\s]*\s*$/)?.[0] ?? "";
  const nextChars = after.match(/^\s*[^\s]*/)?.[0] ?? "";
  const beforeOk = before.trim() === "" || CLAUSE_EDGE.test(prevChars) || /[,.!?;:–—…]\s*$/.test(before);
  const afterOk = after.trim() === "" || /^\s*[,.!?;:–—…]/.test(after) || CLAUSE_EDGE.test(nextChars);
  return beforeOk && afterOk;
}

export function compilePhrases(defs: PhraseDef[]): Pattern[] {
  return defs.map(compilePhrase).filter((p) => p.elements.length > 0);
}

/** Every phrase found in `text`, with forbidden hits inside recommended ones removed. */
export function findPhrases(text: string, patterns: Pattern[]): PhraseHit[] {
  const ws = words(text);
  const hits: PhraseHit[] = [];
  for (const pattern of patterns)
    for (let at = 0; at < ws.length; at++) {
      const last = matchAt(pattern.elements, ws, at);
      if (last < 0) continue;
      if (pattern.single && !standsAlone(text, ws[at], { start: 0, end: text.length })) continue;
      hits.push({
        phrase: pattern.def.phrase,
        kind: pattern.def.kind,
        start: ws[at].start,
        end: ws[last].end,
        firstWord: at,
        lastWord: last,
      });
      at = last;
    }
  const covering = hits.filter((h) => h.kind !== "forbidden");
  const exact = (h: PhraseHit) =>
    fold(text.slice(h.start, h.end)).replace(/[^\p{L}]+/gu, " ") ===
    fold(h.phrase)
      .replace(/[^\p{L}]+/gu, " ")
      .trim();
  return hits
    .filter(
      // Of two phrases found on the same words („Labas“ also reads as „Laba“), the exact one.
      (h) =>
        !hits.some(
          (o) => o !== h && o.kind === h.kind && o.firstWord === h.firstWord && o.lastWord === h.lastWord && exact(o) && !exact(h),
        ),
    )
    .filter(
      (h) =>
        h.kind !== "forbidden" ||
        !covering.some(
          (r) => r.firstWord <= h.firstWord && r.lastWord >= h.lastWord && r.lastWord - r.firstWord > h.lastWord - h.firstWord,
        ),
    );
}
