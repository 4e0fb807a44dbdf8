/**
 * The one definition of what an answer counts as (PRODUCT.md "Scoring"): yes = 1,
 * partial = 0.5, no = 0, N/A = null (left out of numerator and denominator). Scoring turns a
 * choice into a value with `choiceValue`; the rule statistics (dashboard aggregates) turn a
 * stored value back into its class with `classOfValue` and count it with `countValue`; the
 * aggregates' SQL is built from VALUES, so all three agree by construction.
 */
import type { AnswerValue, Choice } from "./types";

export const VALUES: Readonly<Record<Choice, AnswerValue>> = { yes: 1, partial: 0.5, no: 0, na: null };

export const choiceValue = (choice: Choice): AnswerValue => VALUES[choice];

/** The class of a stored value; null (N/A or unanswered) is "na". Any other number is a bug. */
export function classOfValue(value: number | null): Choice {
  if (value === null) return "na";
  if (value === VALUES.yes) return "yes";
  if (value === VALUES.partial) return "partial";
  if (value === VALUES.no) return "no";
  throw new Error(`${value} is not an answer value`);
}

/** How the answers to one rule split: applicable = yes + partial + no; na = not counted. */
export type ChoiceCounts = { applicable: number; yes: number; partial: number; no: number; na: number };

export const noCounts = (): ChoiceCounts => ({ applicable: 0, yes: 0, partial: 0, no: 0, na: 0 });

/** Adds (sign 1) or removes (sign -1) one answer of the given value. */
export function countValue(counts: ChoiceCounts, value: number | null, sign: 1 | -1 = 1): ChoiceCounts {
  const cls = classOfValue(value);
  counts[cls] += sign;
  if (cls !== "na") counts.applicable += sign;
  return counts;
}
