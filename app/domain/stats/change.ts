// Is a change between two periods larger than the noise? Each figure gets a named test at
// the 5 % level, stated as a 95 % interval of the difference (significant when it leaves out
// zero), which is more telling than comparing two intervals for overlap (too strict: two 95 %
// intervals can overlap while the difference is clearly non-zero).
//   means (average score): Welch's two-sample t interval (Welch 1947, Satterthwaite df);
//   proportions (pass rate, critical failure rate): Newcombe's hybrid score interval
//     (Newcombe 1998, method 10), from the two Wilson intervals;
//   counts in periods of equal length (audits): the conditional test for two Poisson counts
//     (x₁ given x₁ + x₂ is binomial with p = ½ when the rates are equal), with a Wilson interval.
import { wilsonInterval, type Interval } from "./intervals";
import { studentTQuantile, Z_975 } from "./student-t";

export type Change = {
  /** current − previous (score points, a proportion, or a count); null when either side is missing. */
  delta: number | null;
  /** 95 % interval of the difference (for counts: of the current share of both periods' total). */
  interval: Interval | null;
  /** The difference is larger than the noise (the interval leaves out no change). */
  significant: boolean;
};

const NONE: Change = { delta: null, interval: null, significant: false };

/** Welch's 95 % interval for the difference of two means, from n, Σx and Σx² of each sample. */
export function meanChange(
  current: { n: number; sum: number; sumSq: number },
  previous: { n: number; sum: number; sumSq: number },
): Change {
  const part = ({ n, sum, sumSq }: { n: number; sum: number; sumSq: number }) => {
    const variance = Math.max(0, (sumSq - (sum * sum) / n) / (n - 1));
    return { mean: sum / n, se2: variance / n, n };
  };
  if (current.n < 1 || previous.n < 1) return NONE;
  const delta = current.sum / current.n - previous.sum / previous.n;
  if (current.n < 2 || previous.n < 2) return { delta, interval: null, significant: false };
  const a = part(current);
  const b = part(previous);
  const se2 = a.se2 + b.se2;
  if (se2 === 0) return { delta, interval: { low: delta, high: delta }, significant: delta !== 0 };
  const df = (se2 * se2) / ((a.se2 * a.se2) / (a.n - 1) + (b.se2 * b.se2) / (b.n - 1));
  const half = studentTQuantile(0.975, df) * Math.sqrt(se2);
  const interval = { low: delta - half, high: delta + half };
  return { delta, interval, significant: interval.low > 0 || interval.high < 0 };
}

/** Newcombe's hybrid score interval (method 10) for p₁ − p₂, with x successes of n. */
export function rateChange(current: { x: number; n: number }, previous: { x: number; n: number }): Change {
  const w1 = wilsonInterval(current.x, current.n, Z_975);
  const w2 = wilsonInterval(previous.x, previous.n, Z_975);
  if (!w1 || !w2) return NONE;
  const p1 = current.x / current.n;
  const p2 = previous.x / previous.n;
  const delta = p1 - p2;
  const low = delta - Math.sqrt((p1 - w1.low) ** 2 + (w2.high - p2) ** 2);
  const high = delta + Math.sqrt((w1.high - p1) ** 2 + (p2 - w2.low) ** 2);
  return { delta, interval: { low, high }, significant: low > 0 || high < 0 };
}

/** Two counts over periods of the same length: the current share of both, tested against ½. */
export function countChange(current: number, previous: number): Change {
  const both = current + previous;
  if (both === 0) return { delta: 0, interval: null, significant: false };
  const share = wilsonInterval(current, both, Z_975)!;
  return { delta: current - previous, interval: share, significant: share.low > 0.5 || share.high < 0.5 };
}
