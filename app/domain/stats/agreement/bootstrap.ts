// Bootstrapped 95 % interval for Krippendorff's α, after Hayes & Krippendorff (2007) and
// Krippendorff's "Algorithm for bootstrapping a distribution of α": the expected
// disagreement stays fixed, M pairs of values are drawn from the observed coincidences, and
// each draw gives α_b = 1 − Σδ² / (M · D_e).
import type { AlphaResult } from "./krippendorff";
import { seededRandom } from "./random";

export type AlphaInterval = { low: number; high: number };

export type BootstrapOptions = { samples?: number; seed?: number; confidence?: number };

export function bootstrapAlpha(result: AlphaResult, options: BootstrapOptions = {}): AlphaInterval | null {
  if (result.alpha === null) return null;
  const { samples = 2000, seed = 20070101, confidence = 0.95 } = options;
  const { co, delta, expected, pairable: n } = result;
  const size = co.values.length;

  // Cells c ≤ k with their probability (off-diagonal cells count both halves) and δ².
  const cumulative: number[] = [];
  const cellDelta: number[] = [];
  let sum = 0;
  let nonZero = 0;
  for (let c = 0; c < size; c++) {
    for (let k = c; k < size; k++) {
      const o = co.matrix[c][k];
      if (o > 0) nonZero += c === k ? 1 : 2;
      sum += (c === k ? o : 2 * o) / n;
      cumulative.push(sum);
      cellDelta.push(delta[c][k]);
    }
  }
  const raters = result.maxPerUnit;
  const draws = Math.max(1, Math.round(Math.min(25 * nonZero, ((raters - 1) * n) / 2)));

  const random = seededRandom(seed);
  const alphas: number[] = [];
  let ones = 0;
  const diagonalCells = co.matrix.filter((row, c) => row[c] > 0).length;
  for (let s = 0; s < samples; s++) {
    let total = 0;
    for (let d = 0; d < draws; d++) total += cellDelta[pick(cumulative, random() * sum)];
    let alpha = Math.max(-1, 1 - total / (draws * expected));
    if (alpha === 1 && diagonalCells === 1) alpha = 0;
    else if (alpha === 1) ones++;
    alphas.push(alpha);
  }
  // A sample without any variation would have an undefined α (0/0); the algorithm counts
  // the expected number of such samples as 0 instead of a perfect 1.
  let undefinedSamples = Math.min(ones, Math.round(samples * co.matrix.reduce((acc, row, c) => acc + (row[c] / n) ** draws, 0)));
  for (let i = 0; i < alphas.length && undefinedSamples > 0; i++) {
    if (alphas[i] === 1) {
      alphas[i] = 0;
      undefinedSamples--;
    }
  }
  alphas.sort((a, b) => a - b);
  const tail = (1 - confidence) / 2;
  const low = alphas[Math.max(Math.trunc(tail * samples), 1) - 1];
  const high = alphas[Math.min(Math.trunc((1 - tail) * samples) + 1, samples) - 1];
  return { low, high };
}

/** Index of the first cumulative probability ≥ u (binary search). */
function pick(cumulative: number[], u: number): number {
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cumulative[mid] < u) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
