// "Nobody is ranked or coloured on fewer than N audits": below N, an average is shown with
// its n and interval but takes no place in a ranking and gets no good/bad colour.
import type { Interval } from "./intervals";

export const DEFAULT_MIN_AUDITS_FOR_RANKING = 3;

/** The setting's value, or the default when it is missing or not a positive integer. */
export function parseMinAudits(value: string | null | undefined): number {
  if (value == null || !/^\s*\d+\s*$/.test(value)) return DEFAULT_MIN_AUDITS_FOR_RANKING;
  const n = Number(value);
  return n >= 1 ? n : DEFAULT_MIN_AUDITS_FOR_RANKING;
}

/** not_ranked: a row that is never compared (audits without a named employee). */
export type Standing = "above" | "below" | "level" | "too_few" | "not_ranked";

/**
 * Where a unit stands against a reference average (e.g. an employee against their
 * department): above or below only when the whole 95 % interval is on one side, so a
 * colour means a difference the data supports, not noise.
 */
export function standing(n: number, interval: Interval | null, reference: number | null, minN: number): Standing {
  if (n < minN || interval === null || reference === null) return "too_few";
  if (interval.low > reference) return "above";
  if (interval.high < reference) return "below";
  return "level";
}

/**
 * Orders rows for a ranking: rows with at least minN audits by mean (best first), then
 * the rest by label, unranked. Returns the rows with their rank (null when unranked).
 */
export function rankRows<T extends { n: number; mean: number | null; label: string }>(
  rows: T[],
  minN: number,
): (T & { rank: number | null })[] {
  const ranked = rows
    .filter((r) => r.n >= minN && r.mean !== null)
    .sort((a, b) => b.mean! - a.mean! || a.label.localeCompare(b.label, "lt"));
  const rest = rows.filter((r) => !(r.n >= minN && r.mean !== null)).sort((a, b) => a.label.localeCompare(b.label, "lt"));
  return [...ranked.map((r, i) => ({ ...r, rank: i + 1 })), ...rest.map((r) => ({ ...r, rank: null }))];
}
