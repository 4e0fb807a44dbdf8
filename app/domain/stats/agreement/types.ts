/**
 * Reliability data for agreement statistics: one entry per unit (a checklist item, a
 * judged case...), each a map from rater to the value they gave. A missing value (N/A,
 * unanswered, `netaikoma`) is simply absent from the map: missing is never a category.
 */
export type AgreementValue = number | string;
export type ReliabilityData = ReadonlyArray<ReadonlyMap<string, AgreementValue>>;

/**
 * Levels of measurement (Krippendorff 2011): nominal labels, ordinal values (ranks given
 * as numbers, e.g. no = 0 < partial = 1 < yes = 2) and interval numbers.
 */
export type AgreementLevel = "nominal" | "ordinal" | "interval";
export const AGREEMENT_LEVELS: readonly AgreementLevel[] = ["nominal", "ordinal", "interval"];

/** Distinct values in a stable order: numbers ascending, then labels in code-point order. */
export function sortedValues(data: ReliabilityData): AgreementValue[] {
  const seen = new Set<AgreementValue>();
  for (const unit of data) for (const value of unit.values()) seen.add(value);
  return [...seen].sort((a, b) => {
    if (typeof a === "number" && typeof b === "number") return a - b;
    if (typeof a === "number") return -1;
    if (typeof b === "number") return 1;
    return a < b ? -1 : a > b ? 1 : 0;
  });
}
