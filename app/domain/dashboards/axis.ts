// The score axis of a trend chart, fitted to what is drawn: lines that sit between 78 and 98
// on a 0–100 axis look flat. The axis still holds every value and every reference line (pass
// mark, target), with a little padding, on round numbers, never beyond the 0–100 scale; the
// page says where it starts, so a cut axis does not mislead.

/** The least span shown, in score points: smaller wiggles are not blown up to fill the chart. */
const MIN_SPAN = 10;
const STEP = 5;

export function fittedScoreDomain(values: (number | null)[], references: (number | null)[] = []): [number, number] {
  const shown = [...values, ...references].filter((v): v is number => v !== null && Number.isFinite(v));
  if (!shown.length) return [0, 100];
  let low = Math.min(...shown);
  let high = Math.max(...shown);
  const pad = Math.max((high - low) * 0.1, 1);
  low -= pad;
  high += pad;
  if (high - low < MIN_SPAN) {
    const grow = (MIN_SPAN - (high - low)) / 2;
    low -= grow;
    high += grow;
  }
  low = Math.max(0, Math.floor(low / STEP) * STEP);
  high = Math.min(100, Math.ceil(high / STEP) * STEP);
  return [low, high];
}

/** Ticks on round numbers across a fitted domain: every 5 points, or 10 or 20 on a wider axis. */
export function scoreTicks([low, high]: [number, number]): number[] {
  const span = high - low;
  const step = span <= 40 ? 5 : span <= 80 ? 10 : 20;
  const ticks: number[] = [];
  for (let v = Math.ceil(low / step) * step; v <= high; v += step) ticks.push(v);
  return ticks;
}
