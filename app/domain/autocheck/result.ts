/** The shape both checkers print (the CLI contract of issue 14) and its helpers. */
import type { Checklist, ChecklistItem } from "../checklists/schema";
import type { Answer, CheckResult } from "./writing";

export type ItemResult = { answer: Answer; value?: number | null; evidence: string[] };

export function allItems(checklist: Checklist): ChecklistItem[] {
  return checklist.sections.flatMap((s) => s.items);
}

/** Every item of the checklist, null unless a check answered it; value only on measures. */
export function itemResults(checklist: Checklist, answers: Map<string, CheckResult>): Record<string, ItemResult> {
  const out: Record<string, ItemResult> = {};
  for (const item of allItems(checklist)) {
    const r = answers.get(item.key);
    let answer: Answer = r?.answer ?? null;
    if (answer === "na" && !item.na_allowed) answer = null;
    if (answer === "partial" && item.type !== "yes_partial_no") answer = null;
    const result: ItemResult = { answer, evidence: r?.evidence ?? [] };
    if (item.type === "measure") result.value = r?.value ?? null;
    out[item.key] = result;
  }
  return out;
}

/** A stored suggestion for one item of an audit (an answer the checker gave, with its evidence). */
export type Suggestion = { key: string; answer: "yes" | "partial" | "no" | "na"; number: number | null; evidence: string[] };
