/**
 * What a measure can plausibly be, per unit: a count of rings is a whole number, and no
 * value is beyond what a real interaction could take (a typo such as 1e23 minutes must be
 * refused, not scored as a failure and averaged into the dashboards).
 */
import type { Unit } from "../checklists/schema";

export const MEASURE_BOUNDS: Record<Unit, { max: number; whole: boolean }> = {
  // A call that rings more than 100 times has been abandoned long before.
  rings: { max: 100, whole: true },
  // Minutes measure a visit or an opening time: more than a day is a typo.
  minutes: { max: 24 * 60, whole: false },
  // Hours measure a written reply: more than a year is a typo.
  hours: { max: 365 * 24, whole: false },
};

/** Why a non-negative number is implausible for the unit, or null. */
export function measureBoundProblem(unit: Unit, n: number): "not_whole_number" | "number_too_large" | null {
  const bounds = MEASURE_BOUNDS[unit];
  if (bounds.whole && !Number.isInteger(n)) return "not_whole_number";
  if (n > bounds.max) return "number_too_large";
  return null;
}
