// Which rules a dashboard lists as "most broken": ranked by failure rate, not by count (a
// rule broken in 75 % of its audits is worse than one broken in 10 % of many more), among
// rules answered often enough for the rate to mean something. The count stays visible.

/** A rule needs this many applicable answers in the period to be ranked. */
export const RULE_MIN_ANSWERS = 5;

type Counted = { itemKey: string; failures: number; applicable: number };

const rateOf = (r: Counted) => r.failures / r.applicable;

/** Broken rules with at least RULE_MIN_ANSWERS answers, highest failure rate first (then most failures). */
export function rankBrokenRules<T extends Counted>(rows: T[], limit: number, minAnswers = RULE_MIN_ANSWERS): T[] {
  return rows
    .filter((r) => r.failures > 0 && r.applicable >= minAnswers)
    .sort((a, b) => rateOf(b) - rateOf(a) || b.failures - a.failures || a.itemKey.localeCompare(b.itemKey))
    .slice(0, limit);
}
