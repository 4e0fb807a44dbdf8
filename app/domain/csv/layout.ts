/**
 * Column layout of audit files, shared by the template, the export and the import:
 * the fixed columns, then per item its value column followed by the optional
 * "<key>:comment" and (phrase items) "<key>:other" + "<key>:other_as" columns, then (export only)
 * the computed columns.
 */
import type { Checklist, ChecklistItem } from "../checklists/schema";
import { checklistItems, type RawAnswer } from "../scoring";
import { AUDIT_COLUMNS } from "./headers";
import { CHOICE_OUT, formatDecimal, formatPhrases, OTHER_AS_OUT } from "./values";

export const COMPUTED_COLUMNS = ["state", "score", "passed", "critical_failure"] as const;
export const sectionColumn = (key: string) => `section:${key}`;
export const commentColumn = (key: string) => `${key}:comment`;
export const otherColumn = (key: string) => `${key}:other`;
export const otherAsColumn = (key: string) => `${key}:other_as`;

export type ItemLayout = { key: string; comment: boolean; other: boolean };

/** Item columns of the checklists in order, each key once (keys may be shared between checklists). */
export function itemLayout(
  checklists: Checklist[],
  withComment: (key: string) => boolean,
  withOther: (key: string) => boolean,
): ItemLayout[] {
  const seen = new Set<string>();
  const out: ItemLayout[] = [];
  for (const checklist of checklists)
    for (const item of checklistItems(checklist)) {
      if (seen.has(item.key)) continue;
      seen.add(item.key);
      out.push({ key: item.key, comment: withComment(item.key), other: item.type === "phrase" && withOther(item.key) });
    }
  return out;
}

export function itemHeader(layout: ItemLayout[]): string[] {
  return layout.flatMap((i) => [
    i.key,
    ...(i.comment ? [commentColumn(i.key)] : []),
    ...(i.other ? [otherColumn(i.key), otherAsColumn(i.key)] : []),
  ]);
}

/** The value cell of an answer: taip / ne / iš dalies / n.d., a number, or phrases. */
export function answerCell(answer: RawAnswer | undefined): string {
  if (!answer) return "";
  if (answer.choice) return CHOICE_OUT[answer.choice];
  if (answer.number !== undefined) return formatDecimal(answer.number);
  if (answer.phrases !== undefined) return formatPhrases(answer.phrases);
  return "";
}

export function itemCells(layout: ItemLayout[], answers: readonly RawAnswer[]): string[] {
  const byKey = new Map(answers.map((a) => [a.key, a]));
  return layout.flatMap((i) => {
    const a = byKey.get(i.key);
    const judged = a?.other_phrase_as ? OTHER_AS_OUT[a.other_phrase_as] : "";
    return [answerCell(a), ...(i.comment ? [a?.comment ?? ""] : []), ...(i.other ? [a?.other_phrase ?? "", judged] : [])];
  });
}

/** Comment of the example "partial" answer: every "no" and "partial" needs one. */
export const EXAMPLE_COMMENT = "Pavyzdys: kas buvo ne taip.";

/**
 * An example answer a reader of the template can copy, valid for the importer: the women's
 * column of an appearance table is N/A (the men's is answered), "partial" carries a comment.
 */
function exampleAnswer(item: ChecklistItem): string {
  if (item.column === "women") return CHOICE_OUT.na;
  switch (item.type) {
    case "yes_no":
      return "taip";
    case "yes_partial_no":
      return "iš dalies";
    case "measure":
      return formatDecimal(item.threshold.max ?? item.threshold.min!);
    case "phrase":
      return item.phrases.recommended.length ? item.phrases.recommended[0] : formatPhrases([]);
  }
}

/** Template of one checklist: the header and one example row. */
export function templateRows(checklist: Checklist, example: { departmentCode: string; interactionAt: string }): string[][] {
  const layout = itemLayout(
    [checklist],
    () => true,
    () => true,
  );
  const fixed: Record<(typeof AUDIT_COLUMNS)[number], string> = {
    external_ref: "AGENTURA-2026-0001",
    checklist_id: checklist.id,
    audit_type: checklist.audit_types[0],
    channel: checklist.channels[0],
    department_code: example.departmentCode,
    employee: "Vardenis Pavardenis",
    auditor_email: "",
    interaction_at: example.interactionAt,
    location: "",
    scenario: "",
    overall_comment: "Pavyzdinė eilutė: pakeiskite arba ištrinkite.",
  };
  const items = new Map(checklistItems(checklist).map((i) => [i.key, i]));
  const cells = layout.flatMap((i) => {
    const value = exampleAnswer(items.get(i.key)!);
    return [value, ...(i.comment ? [value === CHOICE_OUT.partial ? EXAMPLE_COMMENT : ""] : []), ...(i.other ? ["", ""] : [])];
  });
  return [
    [...AUDIT_COLUMNS, ...itemHeader(layout)],
    [...AUDIT_COLUMNS.map((c) => fixed[c]), ...cells],
  ];
}
