/**
 * Validation and resolution of one answer against its item.
 *
 * Resolution rules:
 * - yes_no / yes_partial_no: the choice (yes 1, partial 0.5, no 0, na null).
 * - measure: pass (yes) when number ≤ threshold.max, or ≥ threshold.min; else no.
 * - phrase:  any forbidden phrase ticked, or another phrase judged like a forbidden one ⇒ no
 *            (even if a recommended one was also used);
 *            else a recommended phrase ticked, or another phrase judged like a recommended one ⇒ yes;
 *            else (nothing heard that the lists or the auditor's judgement cover):
 *              require_recommended = true (default) ⇒ no: the standard expects a greeting etc.
 *              require_recommended = false ⇒ yes: the item only checks that no forbidden
 *                phrase was used (e.g. conflict phrases).
 *            The standards' lists end with „ir pan.“ (they are examples), so every phrase item
 *            takes another phrase with the auditor's judgement (`other_phrase_as`). Text without
 *            a judgement (a draft being typed) counts for nothing.
 * - "na" (where na_allowed) ⇒ null, excluded from numerator and denominator.
 */
import type { ChecklistItem, MeasureItem } from "../checklists/schema";
import { MEASURE_BOUNDS, measureBoundProblem } from "./measure-bounds";
import { answerError } from "./messages";
import { choiceValue } from "./classify";
import {
  CHOICES,
  InvalidAnswersError,
  OTHER_PHRASE_JUDGEMENTS,
  type AnswerError,
  type Choice,
  type RawAnswer,
  type ResolvedAnswer,
} from "./types";

const isString = (p: unknown) => typeof p === "string";
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
      const other = present(raw.other_phrase) ? raw.other_phrase_as : undefined;
      if (other === "forbidden" || chosen.some((p) => item.phrases.forbidden.includes(p))) return "no";
      if (other === "recommended" || chosen.some((p) => item.phrases.recommended.includes(p))) return "yes";
      return item.phrases.require_recommended ? "no" : "yes";
    }
  }
}

const knownPhrases = new WeakMap<ChecklistItem, ReadonlySet<string>>();

/** The item's listed phrases, built once per item (imports check 100 000 answers of the same items). */
function phrasesOf(item: ChecklistItem & { type: "phrase" }): ReadonlySet<string> {
  let known = knownPhrases.get(item);
  if (!known) knownPhrases.set(item, (known = new Set([...item.phrases.recommended, ...item.phrases.forbidden])));
  return known;
}

/** One error of the item (a module-level function: this runs for every answer of an import). */
function fail(item: ChecklistItem, code: Parameters<typeof answerError>[0], value?: string): AnswerError[] {
  return [answerError(code, item.key, item, { value })];
}

function boundErrors(item: MeasureItem, n: number): AnswerError[] {
  const problem = measureBoundProblem(item.unit, n);
  if (!problem) return [];
  return [answerError(problem, item.key, item, { value: String(n), max: String(MEASURE_BOUNDS[item.unit].max), unit: item.unit })];
}

/** Errors in the shape of one answer, ignoring the comment rule. */
export function answerShapeErrors(item: ChecklistItem, raw: RawAnswer): AnswerError[] {
  const { choice } = raw;
  const hasNumber = raw.number !== undefined && raw.number !== null;
  const hasPhrases = raw.phrases !== undefined || present(raw.other_phrase) || raw.other_phrase_as !== undefined;
  if (choice !== undefined && !(CHOICES as readonly unknown[]).includes(choice)) return fail(item, "invalid_choice", String(choice));
  if (raw.comment !== undefined && typeof raw.comment !== "string") return fail(item, "invalid_comment");
  if (choice === "na") {
    if (!item.na_allowed) return fail(item, "na_not_allowed");
    if (hasNumber || (raw.phrases?.length ?? 0) > 0 || present(raw.other_phrase) || raw.other_phrase_as !== undefined)
      return fail(item, "na_with_value");
    return [];
  }
  switch (item.type) {
    case "yes_no":
    case "yes_partial_no":
      if (hasNumber) return fail(item, "number_on_choice_item");
      if (hasPhrases) return fail(item, "phrases_not_allowed");
      if (choice === undefined) return fail(item, "missing_choice");
      if (choice === "partial" && item.type === "yes_no") return fail(item, "partial_not_allowed");
      return [];
    case "measure":
      if (choice !== undefined) return fail(item, "choice_not_allowed");
      if (hasPhrases) return fail(item, "phrases_not_allowed");
      if (!hasNumber) return fail(item, "missing_number");
      if (typeof raw.number !== "number" || !Number.isFinite(raw.number)) return fail(item, "not_a_number");
      if (raw.number < 0 && !item.negative_allowed) return fail(item, "negative_number");
      return boundErrors(item, raw.number);
    case "phrase": {
      if (choice !== undefined) return fail(item, "choice_not_allowed");
      if (hasNumber) return fail(item, "number_on_phrase_item");
      const chosen: unknown = raw.phrases ?? [];
      if (!Array.isArray(chosen) || !chosen.every(isString)) return fail(item, "invalid_phrases");
      if (raw.other_phrase !== undefined && typeof raw.other_phrase !== "string") return fail(item, "invalid_phrases");
      const judged = raw.other_phrase_as;
      if (judged !== undefined && !(OTHER_PHRASE_JUDGEMENTS as readonly unknown[]).includes(judged))
        return fail(item, "invalid_other_phrase_as", String(judged));
      if (judged !== undefined && !present(raw.other_phrase)) return fail(item, "other_phrase_as_without_text");
      const known = phrasesOf(item);
      const errors: AnswerError[] = [];
      const seen = new Set<string>();
      for (const p of chosen as string[]) {
        if (!known.has(p)) errors.push(...fail(item, "unknown_phrase", p));
        else if (seen.has(p)) errors.push(...fail(item, "duplicate_phrase", p));
        seen.add(p);
      }
      if (!errors.length && judged === undefined && present(raw.other_phrase)) return fail(item, "missing_other_phrase_as");
      return errors;
    }
  }
}

/** What made the answer "no", so the message can say it (the number, or the phrases). */
function commentDetail(item: ChecklistItem, raw: RawAnswer) {
  if (item.type === "measure") {
    const { max, min } = item.threshold;
    return {
      kind: "measure" as const,
      value: String(raw.number),
      max: max === undefined ? undefined : String(max),
      min: min === undefined ? undefined : String(min),
    };
  }
  return item.type === "phrase" ? { kind: "phrase" as const } : {};
}

/** All errors of one answer, including "comment required when the answer resolves to no or partial". */
export function answerErrors(item: ChecklistItem, raw: RawAnswer): AnswerError[] {
  const shape = answerShapeErrors(item, raw);
  if (shape.length) return shape;
  if (item.comment_required_on_fail && !present(raw.comment)) {
    const choice = resolveValid(item, raw);
    if (choice === "no" || choice === "partial") return [answerError("comment_required", item.key, item, commentDetail(item, raw))];
  }
  return [];
}

/** What one answer counts as. Throws InvalidAnswersError when the answer is invalid for the item. */
export function resolveAnswer(item: ChecklistItem, raw: RawAnswer): ResolvedAnswer {
  if (raw.key !== item.key) throw new InvalidAnswersError([answerError("unknown_key", raw.key, item)]);
  const errors = answerErrors(item, raw);
  if (errors.length) throw new InvalidAnswersError(errors);
  const choice = resolveValid(item, raw);
  return { key: item.key, choice, value: choiceValue(choice) };
}
