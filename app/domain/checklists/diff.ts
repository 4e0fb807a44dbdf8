/**
 * What changed between two versions of one checklist, for people: items added and removed,
 * and per kept item (same key) its text, guidance, weight, flags, phrases and rule. Pure.
 * Item keys are permanent (checklists/README.md), so a kept key is the same rule.
 */
import type { Checklist, ChecklistItem, Localized } from "./schema";

export const ITEM_FLAGS = ["critical", "na_allowed", "comment_required_on_fail"] as const;
export type ItemFlag = (typeof ITEM_FLAGS)[number];
export type PhraseList = "recommended" | "forbidden";

export type ChecklistChange =
  | { kind: "checklist"; what: "title" | "pass_mark" | "channels" | "audit_types" | "sections" }
  | { kind: "item_added" | "item_removed"; key: string; text: Localized }
  | { kind: "text" | "guidance"; key: string; text: Localized; from: Localized }
  | { kind: "weight"; key: string; text: Localized; from: number; to: number }
  | { kind: "flag"; key: string; text: Localized; flag: ItemFlag; to: boolean }
  | { kind: "phrases"; key: string; text: Localized; added: { list: PhraseList; phrase: string }[]; removed: { list: PhraseList; phrase: string }[] }
  | { kind: "rule"; key: string; text: Localized; what: "type" | "unit" | "threshold" | "source" | "require_recommended" | "phrase_notes" | "section" };

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function itemsWithSection(c: Checklist) {
  return new Map(c.sections.flatMap((s) => s.items.map((item) => [item.key, { item, section: s.key }] as const)));
}

function phraseChanges(before: ChecklistItem, after: ChecklistItem) {
  const lists = (i: ChecklistItem) => (i.type === "phrase" ? i.phrases : { recommended: [], forbidden: [] });
  const added: { list: PhraseList; phrase: string }[] = [];
  const removed: { list: PhraseList; phrase: string }[] = [];
  for (const list of ["recommended", "forbidden"] as const) {
    const from = new Set(lists(before)[list]);
    const to = new Set(lists(after)[list]);
    for (const phrase of to) if (!from.has(phrase)) added.push({ list, phrase });
    for (const phrase of from) if (!to.has(phrase)) removed.push({ list, phrase });
  }
  return { added, removed };
}

function itemChanges(before: ChecklistItem, after: ChecklistItem, moved: boolean): ChecklistChange[] {
  const key = after.key;
  const text = after.text;
  const out: ChecklistChange[] = [];
  if (!same(before.text, after.text)) out.push({ kind: "text", key, text, from: before.text });
  if (!same(before.guidance, after.guidance)) out.push({ kind: "guidance", key, text, from: before.guidance });
  if (before.weight !== after.weight) out.push({ kind: "weight", key, text, from: before.weight, to: after.weight });
  for (const flag of ITEM_FLAGS) if (before[flag] !== after[flag]) out.push({ kind: "flag", key, text, flag, to: after[flag] });
  const rule = (what: Extract<ChecklistChange, { kind: "rule" }>["what"]) => out.push({ kind: "rule", key, text, what });
  if (before.type !== after.type) rule("type");
  if (before.type === "measure" && after.type === "measure") {
    if (before.unit !== after.unit) rule("unit");
    if (!same(before.threshold, after.threshold)) rule("threshold");
  }
  if (!same(before.source, after.source)) rule("source");
  if (moved) rule("section");
  const phrases = phraseChanges(before, after);
  if (phrases.added.length || phrases.removed.length) out.push({ kind: "phrases", key, text, ...phrases });
  if (before.type === "phrase" && after.type === "phrase") {
    if (before.phrases.require_recommended !== after.phrases.require_recommended) rule("require_recommended");
    if (!same(before.phrases.notes ?? {}, after.phrases.notes ?? {})) rule("phrase_notes");
  }
  return out;
}

/** Changes from `before` to `after`, checklist-level first, then items in the order of `after` (removed ones last). */
export function diffChecklists(before: Checklist, after: Checklist): ChecklistChange[] {
  const out: ChecklistChange[] = [];
  if (!same(before.title, after.title)) out.push({ kind: "checklist", what: "title" });
  if (before.pass_mark !== after.pass_mark) out.push({ kind: "checklist", what: "pass_mark" });
  if (!same(before.channels, after.channels)) out.push({ kind: "checklist", what: "channels" });
  if (!same(before.audit_types, after.audit_types)) out.push({ kind: "checklist", what: "audit_types" });
  const sections = (c: Checklist) => c.sections.map((s) => [s.key, s.title]);
  if (!same(sections(before), sections(after))) out.push({ kind: "checklist", what: "sections" });
  const old = itemsWithSection(before);
  const next = itemsWithSection(after);
  for (const [key, { item, section }] of next) {
    const was = old.get(key);
    if (!was) out.push({ kind: "item_added", key, text: item.text });
    else out.push(...itemChanges(was.item, item, was.section !== section));
  }
  for (const [key, { item }] of old) if (!next.has(key)) out.push({ kind: "item_removed", key, text: item.text });
  return out;
}
