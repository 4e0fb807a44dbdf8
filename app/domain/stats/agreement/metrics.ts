// Squared difference functions δ²(c, k) of Krippendorff (2011) for each level of measurement.
import type { Coincidences } from "./coincidence";
import type { AgreementLevel } from "./types";

/** δ² for every pair of value indices of the coincidence matrix. */
export function deltaMatrix(co: Coincidences, level: AgreementLevel): number[][] {
  const { values, marginals } = co;
  return values.map((c, i) =>
    values.map((k, j) => {
      if (i === j) return 0;
      if (level === "nominal") return 1;
      if (level === "interval") return (Number(c) - Number(k)) ** 2;
      // Ordinal: the marginal sums between the two ranks, less half of each end's own sum.
      const [lo, hi] = i < j ? [i, j] : [j, i];
      let sum = 0;
      for (let g = lo; g <= hi; g++) sum += marginals[g];
      return (sum - (marginals[lo] + marginals[hi]) / 2) ** 2;
    }),
  );
}
