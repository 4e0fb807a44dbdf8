/**
 * When an interaction can plausibly have happened: not in the future (beyond a few minutes
 * of clock difference) and not before the year 2000 (a year such as 1900 or 0202 is a typo;
 * the standards audited here are far younger). One rule for the form and the CSV import.
 */

/** 2000-01-01 00:00 in Vilnius (UTC+2 in winter). */
export const EARLIEST_INTERACTION_MS = Date.UTC(1999, 11, 31, 22);
export const EARLIEST_INTERACTION_INPUT = "2000-01-01T00:00";
/** Clock difference between the user's machine and ours that we tolerate. */
export const FUTURE_TOLERANCE_MS = 5 * 60_000;

export function interactionTimeProblem(ms: number, now: number): "future" | "too_early" | null {
  if (ms > now + FUTURE_TOLERANCE_MS) return "future";
  if (ms < EARLIEST_INTERACTION_MS) return "too_early";
  return null;
}
