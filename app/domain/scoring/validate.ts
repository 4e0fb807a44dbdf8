/**
 * Validation of a whole set of answers against a checklist. Invalid answers are
 * rejected with precise errors, never coerced.
 */
import type { Checklist, ChecklistItem } from "../checklists/schema";
import { answerError } from "./messages";
import { answerErrors } from "./resolve";
import type { AnswerError, RawAnswer } from "./types";

export interface ValidateOptions {
  /** true on submit: every item needs an answer ("na" where allowed). false for drafts. */
  requireComplete: boolean;
}

export function checklistItems(checklist: Checklist): ChecklistItem[] {
  return checklist.sections.flatMap((s) => s.items);
}

export function validateAnswers(
  checklist: Checklist,
  answers: readonly RawAnswer[],
  { requireComplete }: ValidateOptions,
): AnswerError[] {
  const items = new Map(checklistItems(checklist).map((item) => [item.key, item]));
  const errors: AnswerError[] = [];
  const answered = new Set<string>();
  for (const raw of answers as readonly unknown[]) {
    const key = (raw as { key?: unknown } | null)?.key;
    if (raw === null || typeof raw !== "object" || typeof key !== "string") {
      errors.push(answerError("invalid_answer", typeof key === "string" ? key : "?"));
      continue;
    }
    const item = items.get(key);
    if (!item) {
      errors.push(answerError("unknown_key", key));
      continue;
    }
    if (answered.has(key)) {
      errors.push(answerError("duplicate_key", key, item));
      continue;
    }
    answered.add(key);
    errors.push(...answerErrors(item, raw as RawAnswer));
  }
  if (requireComplete)
    for (const item of items.values())
      if (!answered.has(item.key)) errors.push(answerError("missing_answer", item.key, item));
  return errors;
}
