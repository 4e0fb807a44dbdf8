// The overview's first screen: four figures for the period, each against the period of the
// same length just before it, with a named test of whether the change is more than noise
// (app/domain/stats/change.ts).
import { countChange, meanChange, rateChange, type Change } from "../stats/change";
import { addMonths } from "../time";

/** The aggregate sums of a period (as the score tables keep them). */
export type PeriodSums = { audits: number; scored: number; sum: number; sumSq: number; critical: number; passes: number };

/** The months just before from…to, as many as it has. */
export function previousPeriod(from: string, to: string): { from: string; to: string } {
  const [fy, fm] = from.split("-").map(Number);
  const [ty, tm] = to.split("-").map(Number);
  const length = ty * 12 + tm - (fy * 12 + fm) + 1;
  return { from: addMonths(from, -length), to: addMonths(from, -1) };
}

/** What the period is compared with: the months just before it, or the same months a year earlier. */
export const COMPARISONS = ["previous", "year"] as const;
export type Comparison = (typeof COMPARISONS)[number];

export function comparisonPeriod(from: string, to: string, compare: Comparison): { from: string; to: string } {
  return compare === "year" ? { from: addMonths(from, -12), to: addMonths(to, -12) } : previousPeriod(from, to);
}

export type KeyFigure = {
  key: "mean" | "passRate" | "critical" | "audits";
  /** This period's value (a score, a proportion, a count); null: no audits to compute it from. */
  value: number | null;
  previous: number | null;
  change: Change;
  /** Whether a rise is good news (false for critical failures), so the page can say "better" or "worse". */
  higherIsBetter: boolean | null;
};

const ratio = (x: number, n: number) => (n > 0 ? x / n : null);

const NO_CHANGE: Change = { delta: null, interval: null, significant: false };

export function keyFigures(current: PeriodSums, previous: PeriodSums): KeyFigure[] {
  // Without a single audit before (data that starts in this period) there is nothing to compare with.
  if (previous.audits === 0) return figures(current, previous).map((f) => ({ ...f, previous: null, change: NO_CHANGE }));
  return figures(current, previous);
}

function figures(current: PeriodSums, previous: PeriodSums): KeyFigure[] {
  const critical = rateChange({ x: current.critical, n: current.audits }, { x: previous.critical, n: previous.audits });
  return [
    {
      key: "mean",
      value: ratio(current.sum, current.scored),
      previous: ratio(previous.sum, previous.scored),
      change: meanChange(
        { n: current.scored, sum: current.sum, sumSq: current.sumSq },
        { n: previous.scored, sum: previous.sum, sumSq: previous.sumSq },
      ),
      higherIsBetter: true,
    },
    {
      key: "passRate",
      value: ratio(current.passes, current.scored),
      previous: ratio(previous.passes, previous.scored),
      change: rateChange({ x: current.passes, n: current.scored }, { x: previous.passes, n: previous.scored }),
      higherIsBetter: true,
    },
    {
      // The count is shown; whether it changed beyond noise is judged on the share of audits
      // with a critical failure, since the number of audits changes too.
      key: "critical",
      value: current.critical,
      previous: previous.critical,
      change: { ...critical, delta: current.critical - previous.critical },
      higherIsBetter: false,
    },
    {
      key: "audits",
      value: current.audits,
      previous: previous.audits,
      change: countChange(current.audits, previous.audits),
      higherIsBetter: null,
    },
  ];
}
