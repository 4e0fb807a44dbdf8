// Krippendorff's α = 1 − D_o / D_e for any number of raters, missing values and the
// nominal, ordinal or interval metric (Krippendorff 2011, "Computing Krippendorff's
// Alpha-Reliability", §C–E).
import { coincidences, type Coincidences } from "./coincidence";
import { deltaMatrix } from "./metrics";
import type { AgreementLevel, ReliabilityData } from "./types";

export type AlphaResult =
  | {
      alpha: number;
      /** Observed and expected disagreement, both per pairable value. */
      observed: number;
      expected: number;
      pairable: number;
      /** The most values any unit has (the bootstrap's m). */
      maxPerUnit: number;
      co: Coincidences;
      delta: number[][];
    }
  | {
      alpha: null;
      /** Why α is undefined: fewer than two pairable values, or one value only (D_e = 0). */
      reason: "not_pairable" | "no_variation";
      pairable: number;
    };

export function krippendorffAlpha(data: ReliabilityData, level: AgreementLevel): AlphaResult {
  const co = coincidences(data);
  const n = co.total;
  if (n < 2) return { alpha: null, reason: "not_pairable", pairable: n };
  if (level !== "nominal") {
    for (const v of co.values) {
      if (typeof v !== "number") throw new TypeError(`${level} data must be numbers, got "${v}"`);
    }
  }
  const delta = deltaMatrix(co, level);
  let observed = 0;
  let expected = 0;
  co.values.forEach((_, c) => {
    co.values.forEach((__, k) => {
      observed += co.matrix[c][k] * delta[c][k];
      expected += co.marginals[c] * co.marginals[k] * delta[c][k];
    });
  });
  observed /= n;
  expected /= n * (n - 1);
  // Every pairable value the same: α = 1 − 0/0 is undefined, however perfect it looks.
  if (expected === 0) return { alpha: null, reason: "no_variation", pairable: n };
  const maxPerUnit = Math.max(...data.map((unit) => unit.size));
  return { alpha: 1 - observed / expected, observed, expected, pairable: n, maxPerUnit, co, delta };
}
