import type { Localized } from "../checklists/schema";

/** Choices an auditor can make on a yes_no / yes_partial_no item; "na" on any item with na_allowed. */
export const CHOICES = ["yes", "partial", "no", "na"] as const;
export type Choice = (typeof CHOICES)[number];

/**
 * How the auditor judged a phrase that is not on the item's lists (the standards' lists end
 * with „ir pan.“, so they are examples): like a recommended one (passes) or like a forbidden one (fails).
 */
export const OTHER_PHRASE_JUDGEMENTS = ["recommended", "forbidden"] as const;
export type OtherPhraseJudgement = (typeof OTHER_PHRASE_JUDGEMENTS)[number];

/**
 * One answer as submitted. Exactly one kind of value per item type:
 * - yes_no / yes_partial_no: `choice`
 * - measure: `number` (the measured value, in the item's unit)
 * - phrase: `phrases` (listed phrases heard/read) and/or `other_phrase` (free text) with
 *   `other_phrase_as` (how the auditor judged it; required with the text on submit)
 * and `choice: "na"` alone for any item whose na_allowed is true.
 * Empty strings in `comment` / `other_phrase` count as absent.
 */
export interface RawAnswer {
  key: string;
  choice?: Choice;
  number?: number;
  phrases?: string[];
  other_phrase?: string;
  other_phrase_as?: OtherPhraseJudgement;
  comment?: string;
}

/** yes = 1, partial = 0.5, no = 0, N/A (or unanswered in a draft) = null. */
export type AnswerValue = 1 | 0.5 | 0 | null;

export interface ResolvedAnswer {
  key: string;
  /** What the answer counts as: measure and phrase items resolve to yes, no or na. */
  choice: Choice;
  value: AnswerValue;
}

export const ANSWER_ERROR_CODES = [
  "invalid_answer",
  "unknown_key",
  "duplicate_key",
  "missing_answer",
  "invalid_choice",
  "missing_choice",
  "partial_not_allowed",
  "na_not_allowed",
  "na_with_value",
  "choice_not_allowed",
  "number_on_choice_item",
  "number_on_phrase_item",
  "phrases_not_allowed",
  "missing_number",
  "not_a_number",
  "negative_number",
  "not_whole_number",
  "number_too_large",
  "invalid_phrases",
  "unknown_phrase",
  "duplicate_phrase",
  "missing_other_phrase_as",
  "invalid_other_phrase_as",
  "other_phrase_as_without_text",
  "invalid_comment",
  "comment_required",
  "mixed_columns",
] as const;
export type AnswerErrorCode = (typeof ANSWER_ERROR_CODES)[number];

export interface AnswerError {
  /** Item key the error is about (the submitted key for unknown_key). */
  key: string;
  code: AnswerErrorCode;
  message: Localized;
}

export class InvalidAnswersError extends Error {
  constructor(readonly errors: AnswerError[]) {
    super(`Invalid answers:\n${errors.map((e) => `  - ${e.key} [${e.code}]: ${e.message.en}`).join("\n")}`);
    this.name = "InvalidAnswersError";
  }
}
