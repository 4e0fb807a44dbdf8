// Which items of a checklist version count towards which stage, with their weights: the
// sections' stage tags (checklist schema: section.stage) spread over their items.
import type { Checklist } from "../checklists/schema";
import { isStage, type Stage } from "./stages";

/** Item key → its stage and weight; items of sections tagged "none" are left out. */
export type StageItems = ReadonlyMap<string, { stage: Stage; weight: number }>;

/** Whether any section of the version carries a stage tag (versions stored before stages existed carry none). */
export function hasStageTags(checklist: Pick<Checklist, "sections">): boolean {
  return checklist.sections.some((s) => s.stage !== undefined);
}

/**
 * The stage items of a checklist version. A version without any tag (stored before stages
 * existed) takes its sections' stages from `tagged`, section by section key (the earliest
 * tagged version of the same checklist, so the answer never changes once given); a section
 * key `tagged` does not have counts under no stage. The weights are always the version's own.
 */
export function stageItems(checklist: Pick<Checklist, "sections">, tagged?: Pick<Checklist, "sections"> | null): StageItems {
  const source = hasStageTags(checklist) ? checklist : tagged && hasStageTags(tagged) ? tagged : null;
  const stageOf = new Map(source?.sections.map((s) => [s.key, s.stage]) ?? []);
  const items = new Map<string, { stage: Stage; weight: number }>();
  for (const section of checklist.sections) {
    const stage = stageOf.get(section.key);
    if (!isStage(stage)) continue;
    for (const item of section.items) items.set(item.key, { stage, weight: item.weight ?? 1 });
  }
  return items;
}
