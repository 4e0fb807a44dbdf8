/**
 * Validation of a whole set of answers against a checklist. Invalid answers are
 * rejected with precise errors, never coerced.
 */
import type { Checklist, ChecklistItem } from "../checklists/schema";
import type { Column } from "../checklists/weighting";
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

const itemMaps = new WeakMap<Checklist, ReadonlyMap<string, ChecklistItem>>();

/**
 * The checklist's items by key, in checklist order. Built once per checklist object
 * (checklists are never changed in place: an edit makes a new version), because an import
 * validates 100 000 rows against the same few checklists.
 */
export function checklistItemMap(checklist: Checklist): ReadonlyMap<string, ChecklistItem> {
  let map = itemMaps.get(checklist);
  if (!map) itemMaps.set(checklist, (map = new Map(checklistItems(checklist).map((item) => [item.key, item]))));
  return map;
}

export function validateAnswers(checklist: Checklist, answers: readonly RawAnswer[], { requireComplete }: ValidateOptions): AnswerError[] {
  const items = checklistItemMap(checklist);
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
    for (const e of answerErrors(item, raw as RawAnswer)) errors.push(e);
  }
  if (requireComplete)
    for (const item of items.values()) if (!answered.has(item.key)) errors.push(answerError("missing_answer", item.key, item));
  errors.push(...mixedColumnErrors(items, answers));
  return errors;
}

/**
 * Appearance items follow one column of the standard's table (women / men) per person
 * observed: answering items of both columns (anything but N/A) is an error, reported on
 * the answered items of the column with fewer answers (the auditor's likely slip).
 */
function mixedColumnErrors(items: ReadonlyMap<string, ChecklistItem>, answers: readonly RawAnswer[]): AnswerError[] {
  const answered: Record<Column, ChecklistItem[]> = { women: [], men: [] };
  for (const raw of answers as readonly unknown[]) {
    const a = raw as RawAnswer | null;
    const item = typeof a?.key === "string" ? items.get(a.key) : undefined;
    if (item?.column && a?.choice !== "na") answered[item.column].push(item);
  }
  if (!answered.women.length || !answered.men.length) return [];
  const fewer = answered.women.length < answered.men.length ? answered.women : answered.men;
  return [...new Set(fewer)].map((item) => answerError("mixed_columns", item.key, item));
}
