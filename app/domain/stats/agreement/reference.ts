// Each rater's agreement with a reference answer key, or, without one, with the majority
// of the other raters on each unit (leave-one-out, so a rater never votes for themselves).
import type { AgreementValue, ReliabilityData } from "./types";

export type RaterAgreement = { rater: string; compared: number; agreeing: number; rate: number | null };

/** The most frequent value among the given ones, or null on a tie or without values. */
export function majorityOf(values: Iterable<AgreementValue>): AgreementValue | null {
  const counts = new Map<AgreementValue, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  let best: AgreementValue | null = null;
  let bestCount = 0;
  let tie = false;
  for (const [value, count] of counts) {
    if (count > bestCount) [best, bestCount, tie] = [value, count, false];
    else if (count === bestCount) tie = true;
  }
  return tie ? null : best;
}

/**
 * Agreement of each rater with `reference[u]` on the units where both exist. With
 * `reference` null, the reference of unit u for rater r is the majority of the other raters.
 */
export function agreementWithReference(
  data: ReliabilityData,
  raters: readonly string[],
  reference: ReadonlyArray<AgreementValue | null> | null,
): RaterAgreement[] {
  return raters.map((rater) => {
    let compared = 0;
    let agreeing = 0;
    data.forEach((unit, u) => {
      const own = unit.get(rater);
      if (own === undefined) return;
      const target = reference ? reference[u] : majorityOf([...unit].filter(([other]) => other !== rater).map(([, v]) => v));
      if (target === null || target === undefined) return;
      compared++;
      if (own === target) agreeing++;
    });
    return { rater, compared, agreeing, rate: compared ? agreeing / compared : null };
  });
}
