// The coincidence matrix of Krippendorff (2011), §A: every ordered pair of values from two
// different raters of one unit counts 1 / (m_u − 1), m_u being the unit's number of values.
// Units with fewer than two values are not pairable and contribute nothing.
import { sortedValues, type AgreementValue, type ReliabilityData } from "./types";

export type Coincidences = {
  values: AgreementValue[];
  /** o[c][k], symmetric. */
  matrix: number[][];
  /** n_c: row sums (how many pairable values are c). */
  marginals: number[];
  /** n..: the number of pairable values. */
  total: number;
};

export function coincidences(data: ReliabilityData): Coincidences {
  const values = sortedValues(data);
  const index = new Map(values.map((v, i) => [v, i]));
  const matrix = values.map(() => values.map(() => 0));
  for (const unit of data) {
    const m = unit.size;
    if (m < 2) continue;
    const codes = [...unit.values()].map((v) => index.get(v)!);
    for (let i = 0; i < m; i++) {
      for (let j = 0; j < m; j++) {
        if (i !== j) matrix[codes[i]][codes[j]] += 1 / (m - 1);
      }
    }
  }
  const marginals = matrix.map((row) => row.reduce((a, b) => a + b, 0));
  const total = marginals.reduce((a, b) => a + b, 0);
  return { values, matrix, marginals, total };
}
