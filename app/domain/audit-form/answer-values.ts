/**
 * An answer as one comparable string per item, and back to form fields: what the field
 * sync merges (domain/field-sync/merge.ts) and counts as waiting. The same normalisation
 * applies to answers read from a form (answersFromForm) and answers the server stored, so
 * an answer that round-trips through the server compares equal to itself.
 */
import type { Checklist } from "../checklists/schema";
import { formatDecimal } from "../decimal";
import type { RawAnswer } from "../scoring/types";
import { answersFromForm, field } from "./fields";

/** The key of the overall comment among the item keys. */
export const OVERALL_COMMENT = "overallComment";

type Canonical = [
  choice: string | null,
  number: number | null,
  phrases: string[] | null,
  other: string | null,
  otherAs: string | null,
  comment: string | null,
];

/** "" for an unanswered item, else a JSON string of the answer's stored parts. */
export function answerValue(a: RawAnswer): string {
  const other = a.other_phrase?.trim() || null;
  const c: Canonical = [
    a.choice || null,
    typeof a.number === "number" && Number.isFinite(a.number) ? a.number : null,
    Array.isArray(a.phrases) ? [...a.phrases].sort() : null,
    other,
    other ? (a.other_phrase_as ?? null) : null,
    a.comment?.trim() || null,
  ];
  return c.every((part) => part === null) ? "" : JSON.stringify(c);
}

/** The answer a value stands for (undefined for ""). */
export function answerOfValue(key: string, value: string): RawAnswer | undefined {
  if (!value) return undefined;
  const [choice, number, phrases, other, otherAs, comment] = JSON.parse(value) as Canonical;
  const a: RawAnswer = { key };
  if (choice) a.choice = choice as RawAnswer["choice"];
  if (number !== null) a.number = number;
  if (phrases) a.phrases = phrases;
  if (other) a.other_phrase = other;
  if (otherAs) a.other_phrase_as = otherAs as RawAnswer["other_phrase_as"];
  if (comment) a.comment = comment;
  return a;
}

/** Item key → value of every answered item, plus the overall comment. */
export function valuesOfAnswers(answers: RawAnswer[], overallComment: string | null): Record<string, string> {
  const values: Record<string, string> = {};
  for (const a of answers) {
    const v = answerValue(a);
    if (v) values[a.key] = v;
  }
  const comment = overallComment?.trim();
  if (comment) values[OVERALL_COMMENT] = comment;
  return values;
}

/** The values of a form's fields (as FormData entries). */
export function valuesOfEntries(checklist: Checklist, entries: [string, string][]): Record<string, string> {
  const byName = new Map<string, string[]>();
  for (const [n, v] of entries) byName.set(n, [...(byName.get(n) ?? []), v]);
  const answers = answersFromForm(checklist, (name) => byName.get(name) ?? []);
  return valuesOfAnswers(answers, byName.get(OVERALL_COMMENT)?.[0] ?? null);
}

/** The form fields that show an answer (the inverse of answersFromForm for one item). */
export function answerEntries(key: string, a: RawAnswer | undefined, decimalSeparator: "," | "."): [string, string][] {
  if (!a) return [];
  const out: [string, string][] = [];
  if (a.choice) out.push([field.choice(key), a.choice]);
  if (typeof a.number === "number") out.push([field.number(key), formatDecimal(a.number, decimalSeparator)]);
  for (const p of a.phrases ?? []) out.push([field.phrase(key), p]);
  if (a.phrases && a.phrases.length === 0 && !a.other_phrase) out.push([field.noPhrase(key), "1"]);
  if (a.other_phrase) out.push([field.other(key), a.other_phrase]);
  if (a.other_phrase && a.other_phrase_as) out.push([field.otherAs(key), a.other_phrase_as]);
  if (a.comment) out.push([field.comment(key), a.comment]);
  return out;
}
