/**
 * Krippendorff's conventions (2004, §11.4): rely on data with α ≥ 0.800, draw tentative
 * conclusions from 0.667 ≤ α < 0.800, and discard data below 0.667.
 */
export type AlphaVerdict = "reliable" | "tentative" | "unreliable";

export function interpretAlpha(alpha: number | null): AlphaVerdict | null {
  if (alpha === null) return null;
  if (alpha >= 0.8) return "reliable";
  if (alpha >= 0.667) return "tentative";
  return "unreliable";
}
