// Published data sets for the agreement tests.
import type { AgreementValue, ReliabilityData } from "./types";

/** Rows are raters, columns units; null is a missing value. */
export function fromRaterRows(rows: Record<string, (AgreementValue | null)[]>): ReliabilityData {
  const units = Math.max(...Object.values(rows).map((r) => r.length));
  return Array.from(
    { length: units },
    (_, u) =>
      new Map(
        Object.entries(rows)
          .filter(([, values]) => values[u] !== null && values[u] !== undefined)
          .map(([rater, values]) => [rater, values[u]!] as const),
      ),
  );
}

/** Rows are units, columns categories, cells how many raters chose it (raters anonymous). */
export function fromCategoryCounts(table: number[][]): ReliabilityData {
  return table.map((row) => {
    const unit = new Map<string, AgreementValue>();
    row.forEach((count, category) => {
      for (let i = 0; i < count; i++) unit.set(`r${unit.size + 1}`, category + 1);
    });
    return unit;
  });
}

/** Two raters' contingency table (rows rater A, columns rater B) as reliability data. */
export function fromContingency(table: number[][]): ReliabilityData {
  const data: Map<string, AgreementValue>[] = [];
  table.forEach((row, a) =>
    row.forEach((count, b) => {
      for (let i = 0; i < count; i++)
        data.push(
          new Map<string, AgreementValue>([
            ["A", a],
            ["B", b],
          ]),
        );
    }),
  );
  return data;
}

/** Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", §E: 4 observers × 12 units. */
export const KRIPPENDORFF_2011 = fromRaterRows({
  A: [1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null],
  B: [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, 3],
  C: [null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, null],
  D: [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null],
});

/** Wikipedia's "Fleiss' kappa" worked example: 10 subjects, 14 raters, 5 categories (κ = 0.210). */
export const FLEISS_WIKIPEDIA = fromCategoryCounts([
  [0, 0, 0, 0, 14],
  [0, 2, 6, 4, 2],
  [0, 0, 3, 5, 6],
  [0, 3, 9, 2, 0],
  [2, 2, 8, 1, 1],
  [7, 7, 0, 0, 0],
  [3, 2, 6, 3, 0],
  [2, 5, 3, 2, 2],
  [6, 5, 2, 1, 0],
  [0, 2, 2, 3, 7],
]);
