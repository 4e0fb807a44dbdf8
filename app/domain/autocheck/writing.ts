/**
 * Checks of the writing of one reply (VMB 4.2.1, 4.2.3; KMSA VI): subject, thanks for the
 * letter, respectful address, Lithuanian letters, spelling and the signature block. Each
 * returns an answer (null when the text does not allow one) and the evidence.
 */
import type { AutocheckConfig } from "./config";
import {
  EMAIL_ADDRESS,
  FAMILIAR_GREETING,
  FAMILIAR_YOU,
  ORGANISATION_MARKERS,
  PHONE,
  POLITE_GREETING,
  POSITION_WORDS,
  THANK_OBJECT,
  THANK_WORD,
  URL,
} from "./lexicon";
import type { Speller } from "./speller";
import { clip, fold, HAS_DIACRITIC, lines, sentences, words, type Word } from "./text";

export type Answer = "yes" | "partial" | "no" | "na" | null;
export type CheckResult = { answer: Answer; evidence: string[]; value?: number | null };

const REPLY_PREFIX = /^\s*((re|fw|fwd|aw|wg|ats|atsakymas|prk|persiųsta|tr|sv|vs)\s*(\[\d+\])?\s*:\s*)+/i;

export function checkSubject(subject: string | null): CheckResult {
  const rest = (subject ?? "").replace(REPLY_PREFIX, "").trim();
  if (!/\p{L}{2,}/u.test(rest)) return { answer: "no", evidence: [subject ? `Tema: „${subject}“` : "Tema tuščia"] };
  return { answer: "yes", evidence: [`Tema: „${clip(subject ?? "")}“`] };
}

export function checkThanks(text: string): CheckResult {
  for (const s of sentences(text)) {
    const f = fold(s.text);
    if (THANK_WORD.test(f) && THANK_OBJECT.test(f.slice(f.search(THANK_WORD)))) return { answer: "yes", evidence: [clip(s.text)] };
  }
  return { answer: "no", evidence: [] };
}

export function checkRespectfulAddress(text: string): CheckResult {
  // Skip markers mail systems put on top ("[EXTERNAL]", "[cid:image001.png]").
  const first = lines(text).find((l) => !/^\[[^\]]*\]$/.test(l.text))?.text ?? "";
  const f = fold(first);
  const you = FAMILIAR_YOU.exec(fold(text));
  if (POLITE_GREETING.test(f)) {
    if (you) return { answer: "no", evidence: [clip(first), `„${you[0]}“`] };
    return { answer: "yes", evidence: [clip(first)] };
  }
  if (FAMILIAR_GREETING.test(f)) return { answer: "no", evidence: [clip(first)] };
  // "Jonai," alone: an address by name without a greeting; leave it to the auditor.
  if (/^(\p{Lu}\p{Ll}+\s*){1,2}[,!]?\s*$/u.test(first)) return { answer: null, evidence: [clip(first)] };
  return { answer: "no", evidence: first ? [clip(first)] : [] };
}

/** Text without addresses, links and codes, whose words are checked for spelling. */
function checkableText(text: string): string {
  return text
    .replace(EMAIL_ADDRESS, " ")
    .replace(URL, " ")
    .replace(/\S*\d\S*/g, " ");
}

const RESTORE: Record<string, string[]> = { a: ["ą"], c: ["č"], e: ["ę", "ė"], i: ["į"], s: ["š"], u: ["ų", "ū"], z: ["ž"] };

/** A spelling of `word` with Lithuanian letters that the dictionary knows ("aciu" → "ačiū"). */
export function restoreDiacritics(word: string, speller: Speller, limit = 400): string | null {
  const positions = [...word].flatMap((c, i) => (RESTORE[c] ? [i] : []));
  if (positions.length === 0) return null;
  const chars = [...word];
  let tried = 0;
  const walk = (k: number): string | null => {
    if (tried > limit) return null;
    if (k === positions.length) {
      tried++;
      const candidate = chars.join("");
      return candidate !== word && speller.correct(candidate) ? candidate : null;
    }
    const i = positions[k];
    const original = chars[i];
    for (const option of [original, ...RESTORE[original]]) {
      chars[i] = option;
      const found = walk(k + 1);
      if (found) {
        chars[i] = original;
        return found;
      }
    }
    chars[i] = original;
    return null;
  };
  return walk(0);
}

export type WordReport = {
  total: number;
  unknown: string[];
  /** Words written without the diacritics they need: [as written, restored]. */
  missingDiacritics: [string, string][];
  withDiacritics: number;
};

/**
 * A capitalised word is a name unless it starts a sentence of a prose line and the next word
 * is lower case („Šildimo sąskaita…“); names come alone in lines or as „Ona Petraitienė“.
 */
function sentenceStartToCheck(text: string, all: Word[], i: number): boolean {
  const w = all[i];
  const lineStart = text.lastIndexOf("\n", w.start - 1) + 1;
  const lineEnd = text.indexOf("\n", w.end);
  const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
  if (line.split(/\s+/).filter(Boolean).length < 6) return false;
  const before = text.slice(lineStart, w.start);
  if (!(before.trim() === "" || /[.!?]\s+$/.test(before))) return false;
  const next = all[i + 1];
  return next !== undefined && /^\p{Ll}/u.test(next.text) && !/^\s*,/.test(text.slice(w.end));
}

export function wordReport(text: string, speller: Speller, config: AutocheckConfig): WordReport {
  const accepted = new Set(config.spelling.accepted_words.map((w) => w.toLowerCase()));
  const report: WordReport = { total: 0, unknown: [], missingDiacritics: [], withDiacritics: 0 };
  const checkable = checkableText(text);
  const all = words(checkable);
  all.forEach((w, i) => {
    report.total++;
    const word = w.text.replace(/[’']/g, "");
    if (HAS_DIACRITIC.test(word)) report.withDiacritics++;
    // Capitalised words are names and places (unless a sentence start); single letters are initials.
    if (/^\p{Lu}/u.test(word) && !sentenceStartToCheck(checkable, all, i)) return;
    if ([...word].length < 2 || accepted.has(word.toLowerCase()) || /^\p{Lu}+$/u.test(word)) return;
    if (word.includes("-") && word.split("-").every((part) => part.length < 2 || speller.correct(part))) return;
    if (speller.correct(word) || speller.correct(word.toLowerCase())) return;
    report.unknown.push(word);
    const lower = word.toLowerCase();
    if (!HAS_DIACRITIC.test(lower)) {
      const restored = restoreDiacritics(lower, speller);
      if (restored) report.missingDiacritics.push([word, restored]);
    }
  });
  return report;
}

export function checkLithuanianLetters(report: WordReport): CheckResult {
  const missing = report.missingDiacritics;
  const evidence = missing.slice(0, 8).map(([w, r]) => `${w} → ${r}`);
  if (report.total < 5) return { answer: null, evidence };
  if (missing.length === 0) return { answer: "yes", evidence: [] };
  const share = missing.length / (missing.length + report.withDiacritics);
  if (report.withDiacritics === 0 || (missing.length >= 3 && share >= 0.3)) return { answer: "no", evidence };
  // One or two slips in a text otherwise written with Lithuanian letters: a spelling matter.
  return { answer: "yes", evidence };
}

export function checkSpelling(report: WordReport, config: AutocheckConfig): CheckResult {
  if (report.total < 5) return { answer: null, evidence: [], value: null };
  const per100 = (report.unknown.length / report.total) * 100;
  const value = Math.round(per100 * 10) / 10;
  const evidence = report.unknown.slice(0, 12);
  const { yes_max_per_100, partial_max_per_100, partial_max_count } = config.spelling;
  const answer =
    per100 <= yes_max_per_100 ? "yes" : per100 <= partial_max_per_100 || report.unknown.length <= partial_max_count ? "partial" : "no";
  return { answer, evidence, value };
}

const CLOSING =
  /^(pagarbiai|su pagarba|geros dienos|geros dienos linkiu|linkejimai|linkiu geros dienos|gero vakaro|geros dienos|sekmes|viso gero|best regards|regards|kind regards|pagarbiai jusu)\b/;

function isNameLine(line: string): boolean {
  const ws = line
    .replace(/^(pagarbiai|su pagarba)\s*,?\s*/i, "")
    .split(/\s+/)
    .filter(Boolean);
  if (ws.length < 2 || ws.length > 4) return false;
  if (!ws.every((w) => /^\p{Lu}[\p{Ll}'-]+,?$|^\p{Lu}\.$/u.test(w))) return false;
  const f = fold(line);
  return !ORGANISATION_MARKERS.test(f) && !POSITION_WORDS.some((p) => f.split(/[\s,]+/).includes(p));
}

export function checkSignature(text: string, organisationNames: string[]): CheckResult {
  const all = lines(text).filter((l) => l.text.length <= 100);
  let block = all.slice(-10);
  // After a closing („Pagarbiai“) the signature follows, maybe with a disclaimer after it.
  const closingAt = all.map((l) => CLOSING.test(fold(l.text))).lastIndexOf(true);
  if (closingAt >= 0 && all.length - closingAt <= 20) block = all.slice(closingAt, closingAt + 12);
  const rows = block.map((l) => l.text);
  const folded = rows.map(fold);
  const orgFolded = organisationNames.map(fold);
  const name = rows.find((r) => isNameLine(r)) ?? null;
  const position = rows.find((r, i) => POSITION_WORDS.some((p) => folded[i].split(/[\s,]+/).includes(p)) && r !== name) ?? null;
  const isOrg = (i: number) => ORGANISATION_MARKERS.test(folded[i]) || orgFolded.some((o) => folded[i].includes(o));
  // Prefer a line of its own ("SĮ „Vilniaus miesto būstas“") over the position's department.
  const organisation = rows.find((r, i) => r !== name && r !== position && isOrg(i)) ?? rows.find((r, i) => r !== name && isOrg(i)) ?? null;
  const contact = rows.find((r) => PHONE.test(r) || /[\w.+-]+@[\w-]+\.\w/.test(r) || /www\.|https?:\/\//i.test(r)) ?? null;
  const found = [name, position, organisation, contact];
  const evidence = [...new Set(found.filter((x): x is string => x !== null))].map((x) => clip(x));
  const count = found.filter((x) => x !== null).length;
  return { answer: count === 4 ? "yes" : count === 3 ? null : "no", evidence };
}
