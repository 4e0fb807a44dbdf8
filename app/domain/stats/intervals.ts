// Means and 95 % intervals from the running sums the aggregates keep (n, Σx, Σx²).
import { studentTQuantile, Z_975 } from "./student-t";

export type Interval = { low: number; high: number };

export function mean(n: number, sum: number): number | null {
  return n > 0 ? sum / n : null;
}

/** Sample standard deviation (n − 1 in the denominator) from n, Σx and Σx²; null below 2. */
export function sampleSd(n: number, sum: number, sumSq: number): number | null {
  if (n < 2) return null;
  // Σx² − (Σx)²/n can dip a hair below zero through rounding when all values are equal.
  const variance = Math.max(0, (sumSq - (sum * sum) / n) / (n - 1));
  return Math.sqrt(variance);
}

/** 95 % t-interval for the mean: x̄ ± t(0.975, n−1)·s/√n. Null below 2 observations. */
export function tInterval(n: number, sum: number, sumSq: number, confidence = 0.95): Interval | null {
  const sd = sampleSd(n, sum, sumSq);
  if (sd === null) return null;
  const m = sum / n;
  const half = studentTQuantile(1 - (1 - confidence) / 2, n - 1) * (sd / Math.sqrt(n));
  return { low: m - half, high: m + half };
}

/** Wilson score interval for a proportion x/n (95 %). Null when n = 0. */
export function wilsonInterval(x: number, n: number, z = Z_975): Interval | null {
  if (n <= 0) return null;
  if (x < 0 || x > n) throw new RangeError("x must be between 0 and n");
  const p = x / n;
  const z2 = z * z;
  const denom = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denom;
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denom;
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

export function rate(x: number, n: number): number | null {
  return n > 0 ? x / n : null;
}

export type ScoreSummary = {
  /** Audits with a score (the n of the mean). */
  n: number;
  mean: number | null;
  sd: number | null;
  /** 95 % t-interval, clipped to the 0–100 scale scores live on. */
  interval: Interval | null;
};

/** Mean, SD and 95 % interval of audit scores (0–100) from the aggregate sums. */
export function summariseScores(n: number, sum: number, sumSq: number): ScoreSummary {
  const ci = tInterval(n, sum, sumSq);
  return {
    n,
    mean: mean(n, sum),
    sd: sampleSd(n, sum, sumSq),
    interval: ci && { low: Math.max(0, ci.low), high: Math.min(100, ci.high) },
  };
}

export type RateSummary = { x: number; n: number; rate: number | null; interval: Interval | null };

/** A proportion with its Wilson interval (pass rate, failure rate). */
export function summariseRate(x: number, n: number): RateSummary {
  return { x, n, rate: rate(x, n), interval: wilsonInterval(x, n) };
}
