/**
 * Names of the audit form's fields, and parsing of a submitted form into RawAnswer[].
 * Pure: used by the server (action) and the browser (local backup of unsent changes).
 *
 * Item keys contain dots ("vmb.greet.phrase"), so fields are "<kind>:<item key>".
 */
import type { Checklist } from "../checklists/schema";
import { parseDecimal } from "../decimal";
import { CHOICES, type Choice, type OtherPhraseJudgement, type RawAnswer } from "../scoring/types";

export const field = {
  choice: (key: string) => `choice:${key}`,
  number: (key: string) => `number:${key}`,
  phrase: (key: string) => `phrase:${key}`,
  /** "None of the listed phrases": an answer with an empty phrase list. */
  noPhrase: (key: string) => `nophrase:${key}`,
  other: (key: string) => `other:${key}`,
  /** The auditor's judgement of the other phrase: "recommended" or "forbidden". */
  otherAs: (key: string) => `otheras:${key}`,
  comment: (key: string) => `comment:${key}`,
};

/** Form field prefixes that carry answers (everything else is ignored by the parser). */
export const ANSWER_FIELD = /^(choice|number|phrase|nophrase|other|otheras|comment):/;

const MAX_TEXT = 2000;

/** "12,5" and "12.5" are both 12.5 (the one parser of typed numbers); anything else is NaN. */
export function parseNumber(text: string): number {
  return parseDecimal(text) ?? Number.NaN;
}

/**
 * The answers in a submitted form. An item with nothing filled in is left out (unanswered);
 * values are passed on as given so that validateAnswers reports what is wrong.
 */
export function answersFromForm(checklist: Checklist, getAll: (name: string) => string[]): RawAnswer[] {
  const first = (name: string) => (getAll(name)[0] ?? "").trim();
  const answers: RawAnswer[] = [];
  for (const section of checklist.sections) {
    for (const item of section.items) {
      const key = item.key;
      const answer: RawAnswer = { key };
      const choice = first(field.choice(key));
      if (choice) answer.choice = choice as Choice;
      const comment = first(field.comment(key)).slice(0, MAX_TEXT);
      if (comment) answer.comment = comment;
      if (item.type === "measure") {
        const number = first(field.number(key));
        if (number) answer.number = parseNumber(number);
      }
      if (item.type === "phrase") {
        const phrases = [...new Set(getAll(field.phrase(key)).filter(Boolean))];
        const other = first(field.other(key)).slice(0, MAX_TEXT);
        if (phrases.length || first(field.noPhrase(key)) || other) answer.phrases = phrases;
        if (other) answer.other_phrase = other;
        // Only with the text: a judgement left over from cleared text is not an answer.
        const judged = first(field.otherAs(key));
        if (other && judged) answer.other_phrase_as = judged as OtherPhraseJudgement;
      }
      if (Object.keys(answer).length > 1) answers.push(answer);
    }
  }
  return answers;
}

/** Errors that only mean "not finished yet": a draft may have them. */
export const INCOMPLETE_CODES = new Set([
  "missing_answer",
  "missing_choice",
  "missing_number",
  "comment_required",
  "missing_other_phrase_as",
]);

export function isChoice(value: unknown): value is Choice {
  return (CHOICES as readonly unknown[]).includes(value);
}
