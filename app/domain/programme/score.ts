// One audit's stage scores: Σ(weight × value) / Σ(weight) × 100 over the items of the stage's
// sections that apply (N/A and unanswered items, value null, are left out of both sums), as
// the audit score is computed over the whole checklist. A stage with no applicable item has no
// score (absent from the result), never 0 or 100.
//
// A critical failure does NOT zero the stage scores. The audit score is 0 because one broken
// critical rule (personal data, dignity, safety) fails the whole interaction; the stage scores
// say how well each stage of the process went, which is what a programme compares across
// organisations. Zeroing them would put a data-protection lapse into the greeting, closing and
// every other stage of that audit, and mix one rule's outcome into every stage; the critical
// item's own "no" (value 0) still counts in the stage its section belongs to, and critical
// failures stay visible in each organisation's own dashboards.
import type { StageItems } from "./stage-items";
import type { Stage } from "./stages";

/** Stage → score (0–100) for the stages the audit has an applicable item of. */
export function auditStageScores(values: Iterable<readonly [string, number | null]>, items: StageItems): Map<Stage, number> {
  const sums = new Map<Stage, { earned: number; possible: number }>();
  for (const [key, value] of values) {
    if (value === null) continue;
    const item = items.get(key);
    if (!item) continue;
    let s = sums.get(item.stage);
    if (!s) sums.set(item.stage, (s = { earned: 0, possible: 0 }));
    s.earned += item.weight * value;
    s.possible += item.weight;
  }
  const scores = new Map<Stage, number>();
  for (const [stage, s] of sums) if (s.possible > 0) scores.set(stage, (100 * s.earned) / s.possible);
  return scores;
}
