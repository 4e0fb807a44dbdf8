// Agreement statistics beside α: percent agreement, Fleiss' κ, Cohen's κ and Gwet's AC1.
// All treat values as categories (equal or not); missing values are simply absent.
import { sortedValues, type AgreementValue, type ReliabilityData } from "./types";

/**
 * Agreeing pairs / all pairs of raters who both answered the same unit, pooled over units.
 * Null when no unit has two values. Shown beside α because κ-type statistics collapse when
 * almost every answer is the same ("yes"), while raw agreement stays readable.
 */
export function percentAgreement(data: ReliabilityData): number | null {
  const { pairs, agreeing } = agreementPairs(data);
  return pairs === 0 ? null : agreeing / pairs;
}

/** The pairs behind percent agreement, so that several data sets can be pooled. */
export function agreementPairs(data: ReliabilityData): { pairs: number; agreeing: number } {
  let pairs = 0;
  let agreeing = 0;
  for (const unit of data) {
    const values = [...unit.values()];
    for (let i = 0; i < values.length; i++) {
      for (let j = i + 1; j < values.length; j++) {
        pairs++;
        if (values[i] === values[j]) agreeing++;
      }
    }
  }
  return { pairs, agreeing };
}

/** Counts per unit and category: r[u][k]. Units without a value are dropped. */
function categoryCounts(data: ReliabilityData) {
  const categories = sortedValues(data);
  const index = new Map(categories.map((v, i) => [v, i]));
  const counts = data
    .filter((unit) => unit.size > 0)
    .map((unit) => {
      const row = categories.map(() => 0);
      for (const value of unit.values()) row[index.get(value)!]++;
      return row;
    });
  return { categories, counts };
}

/**
 * Fleiss' κ (Fleiss 1971). Defined only when every unit has the same number n ≥ 2 of
 * values; otherwise null. Null too when chance agreement is 1 (one category only).
 */
export function fleissKappa(data: ReliabilityData): number | null {
  const { counts } = categoryCounts(data);
  if (counts.length === 0) return null;
  const n = counts[0].reduce((a, b) => a + b, 0);
  if (n < 2 || counts.some((row) => row.reduce((a, b) => a + b, 0) !== n)) return null;
  const units = counts.length;
  const p = counts[0].map((_, k) => counts.reduce((acc, row) => acc + row[k], 0) / (units * n));
  const observed = counts.reduce((acc, row) => acc + (row.reduce((a, r) => a + r * r, 0) - n) / (n * (n - 1)), 0) / units;
  const chance = p.reduce((acc, pk) => acc + pk * pk, 0);
  return chance === 1 ? null : (observed - chance) / (1 - chance);
}

/** Every rater's name, in first-seen order. */
export function ratersOf(data: ReliabilityData): string[] {
  const raters = new Set<string>();
  for (const unit of data) for (const rater of unit.keys()) raters.add(rater);
  return [...raters];
}

/**
 * Cohen's κ (Cohen 1960) for exactly two raters, over the units both answered. Null with
 * any other number of raters, without a shared unit, or when chance agreement is 1.
 */
export function cohenKappa(data: ReliabilityData): number | null {
  const raters = ratersOf(data);
  if (raters.length !== 2) return null;
  const [a, b] = raters;
  const pairs: [AgreementValue, AgreementValue][] = [];
  for (const unit of data) {
    if (unit.has(a) && unit.has(b)) pairs.push([unit.get(a)!, unit.get(b)!]);
  }
  if (pairs.length === 0) return null;
  const observed = pairs.filter(([x, y]) => x === y).length / pairs.length;
  const categories = new Set(pairs.flat());
  let chance = 0;
  for (const category of categories) {
    const pa = pairs.filter(([x]) => x === category).length / pairs.length;
    const pb = pairs.filter(([, y]) => y === category).length / pairs.length;
    chance += pa * pb;
  }
  return chance === 1 ? null : (observed - chance) / (1 - chance);
}

/**
 * Gwet's AC1 (Gwet 2008; 2014 for missing values): observed agreement over units with two
 * or more values, chance agreement Σπ_k(1 − π_k)/(q − 1) with π_k averaged over every unit
 * that has a value. Null with fewer than two categories or no pairable unit.
 */
export function gwetAc1(data: ReliabilityData): number | null {
  const { categories, counts } = categoryCounts(data);
  const q = categories.length;
  const pairable = counts.filter((row) => row.reduce((a, b) => a + b, 0) >= 2);
  if (q < 2 || pairable.length === 0) return null;
  const observed =
    pairable.reduce((acc, row) => {
      const r = row.reduce((a, b) => a + b, 0);
      return acc + row.reduce((a, rk) => a + rk * (rk - 1), 0) / (r * (r - 1));
    }, 0) / pairable.length;
  const pi = categories.map((_, k) => counts.reduce((acc, row) => acc + row[k] / row.reduce((a, b) => a + b, 0), 0) / counts.length);
  const chance = pi.reduce((acc, p) => acc + p * (1 - p), 0) / (q - 1);
  return (observed - chance) / (1 - chance);
}
