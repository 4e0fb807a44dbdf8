/**
 * Validation and resolution of one answer against its item.
 *
 * Resolution rules:
 * - yes_no / yes_partial_no: the choice (yes 1, partial 0.5, no 0, na null).
 * - measure: pass (yes) when number ≤ threshold.max, or ≥ threshold.min; else no.
 * - phrase:  any forbidden phrase chosen ⇒ no (even if a recommended one was also used);
 *            else a recommended phrase chosen ⇒ yes;
 *            else (nothing chosen, or only `other_phrase` text):
 *              require_recommended = true (default) ⇒ no: the standard expects one of its
 *                phrases, and the auditor is told to tick the listed phrase for mere
 *                grammatical variants ("Labą dieną" ⇒ "Laba diena"), so free text means
 *                the employee used none of them. Its text is kept for reviewers.
 *              require_recommended = false ⇒ yes: the item only checks that no forbidden
 *                phrase was used (e.g. conflict phrases).
 * - "na" (where na_allowed) ⇒ null, excluded from numerator and denominator.
 */
import type { ChecklistItem } from "../checklists/schema";
import { answerError } from "./messages";
import { CHOICES, InvalidAnswersError, type AnswerError, type AnswerValue, type Choice, type RawAnswer, type ResolvedAnswer } from "./types";

const VALUE: Record<Choice, AnswerValue> = { yes: 1, partial: 0.5, no: 0, na: null };

const present = (s: unknown) => s !== undefined && s !== null && !(typeof s === "string" && s.trim() === "");

/** Resolution assuming the answer is structurally valid (see answerShapeErrors). */
export function resolveValid(item: ChecklistItem, raw: RawAnswer): Choice {
  if (raw.choice === "na") return "na";
  switch (item.type) {
    case "yes_no":
    case "yes_partial_no":
      return raw.choice as Choice;
    case "measure": {
      const n = raw.number as number;
      const { max, min } = item.threshold;
      const pass = max !== undefined ? n <= max : n >= (min as number);
      return pass ? "yes" : "no";
    }
    case "phrase": {
      const chosen = raw.phrases ?? [];
      if (chosen.some((p) => item.phrases.forbidden.includes(p))) return "no";
      if (chosen.some((p) => item.phrases.recommended.includes(p))) return "yes";
      return item.phrases.require_recommended ? "no" : "yes";
    }
  }
}

export const choiceValue = (choice: Choice): AnswerValue => VALUE[choice];

/** Errors in the shape of one answer, ignoring the comment rule. */
export function answerShapeErrors(item: ChecklistItem, raw: RawAnswer): AnswerError[] {
  const err = (code: Parameters<typeof answerError>[0], value?: string) => [answerError(code, item.key, item, { value })];
  const { choice } = raw;
  const hasNumber = raw.number !== undefined && raw.number !== null;
  const hasPhrases = raw.phrases !== undefined || present(raw.other_phrase);
  if (choice !== undefined && !(CHOICES as readonly unknown[]).includes(choice)) return err("invalid_choice", String(choice));
  if (raw.comment !== undefined && typeof raw.comment !== "string") return err("invalid_comment");
  if (choice === "na") {
    if (!item.na_allowed) return err("na_not_allowed");
    if (hasNumber || (raw.phrases?.length ?? 0) > 0 || present(raw.other_phrase)) return err("na_with_value");
    return [];
  }
  switch (item.type) {
    case "yes_no":
    case "yes_partial_no":
      if (hasNumber) return err("number_on_choice_item");
      if (hasPhrases) return err("phrases_not_allowed");
      if (choice === undefined) return err("missing_choice");
      if (choice === "partial" && item.type === "yes_no") return err("partial_not_allowed");
      return [];
    case "measure":
      if (choice !== undefined) return err("choice_not_allowed");
      if (hasPhrases) return err("phrases_not_allowed");
      if (!hasNumber) return err("missing_number");
      if (typeof raw.number !== "number" || !Number.isFinite(raw.number)) return err("not_a_number");
      if (raw.number < 0) return err("negative_number");
      return [];
    case "phrase": {
      if (choice !== undefined) return err("choice_not_allowed");
      if (hasNumber) return err("number_on_phrase_item");
      const chosen: unknown = raw.phrases ?? [];
      if (!Array.isArray(chosen) || chosen.some((p) => typeof p !== "string")) return err("invalid_phrases");
      if (raw.other_phrase !== undefined && typeof raw.other_phrase !== "string") return err("invalid_phrases");
      const known = new Set([...item.phrases.recommended, ...item.phrases.forbidden]);
      const errors: AnswerError[] = [];
      const seen = new Set<string>();
      for (const p of chosen as string[]) {
        if (!known.has(p)) errors.push(...err("unknown_phrase", p));
        else if (seen.has(p)) errors.push(...err("duplicate_phrase", p));
        seen.add(p);
      }
      return errors;
    }
  }
}

/** All errors of one answer, including "comment required when the answer resolves to no". */
export function answerErrors(item: ChecklistItem, raw: RawAnswer): AnswerError[] {
  const shape = answerShapeErrors(item, raw);
  if (shape.length) return shape;
  if (item.comment_required_on_fail && resolveValid(item, raw) === "no" && !present(raw.comment))
    return [answerError("comment_required", item.key, item)];
  return [];
}

/** What one answer counts as. Throws InvalidAnswersError when the answer is invalid for the item. */
export function resolveAnswer(item: ChecklistItem, raw: RawAnswer): ResolvedAnswer {
  if (raw.key !== item.key) throw new InvalidAnswersError([answerError("unknown_key", raw.key, item)]);
  const errors = answerErrors(item, raw);
  if (errors.length) throw new InvalidAnswersError(errors);
  const choice = resolveValid(item, raw);
  return { key: item.key, choice, value: VALUE[choice] };
}
