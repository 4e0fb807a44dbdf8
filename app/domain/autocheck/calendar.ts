/**
 * Time for the reply-time check: Vilnius local time ↔ instants (DST included) and the
 * Lithuanian working calendar. Working hours are the hours that fall on working days
 * (Monday–Friday that are not public holidays, whole Vilnius days), so a reply sent on
 * Friday 15:00 and answered on Monday 15:00 took 72 calendar hours and 24 working hours.
 */

import { isWorkingDay as isWorkingDate } from "../calendar/working-days";
import { parseVilniusDateTime, vilniusOffset } from "../time";

const WITH_OFFSET = /^\s*\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(:\d{2}(\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})\s*$/i;

/**
 * "2026-11-20 09:00" or "2026-11-20" (Vilnius time) → instant; a time with an explicit offset
 * ("2026-11-20T07:00Z", "…09:00+02:00") is taken as written. Null when it is not a time.
 */
export function parseVilniusTime(text: string): Date | null {
  if (WITH_OFFSET.test(text)) {
    const instant = new Date(
      text
        .trim()
        .replace(/\s*(Z|[+-]\d{2}:?\d{2})$/i, "$1")
        .replace(" ", "T")
        .replace(/([+-]\d{2})(\d{2})$/, "$1:$2"),
    );
    return Number.isNaN(instant.getTime()) ? null : instant;
  }
  // Vilnius wall time through the one time module; an hour skipped in March is not a time.
  const local = parseVilniusDateTime(text, { dateOnly: true });
  return local.ok ? new Date(local.ms) : null;
}

// The holidays are the one Lithuanian calendar's (app/domain/calendar).
export { easterSunday, publicHolidays } from "../calendar/working-days";

const pad = (n: number) => String(n).padStart(2, "0");

export function isWorkingDay(year: number, month: number, day: number): boolean {
  return isWorkingDate(`${year}-${pad(month)}-${pad(day)}`);
}

export function calendarHours(from: Date, to: Date): number {
  return (to.getTime() - from.getTime()) / 3_600_000;
}

/** Hours between two instants that fall on Vilnius working days. Negative when `to` is earlier. */
const midnightCache = new Map<number, number>();

/** Vilnius midnight of a calendar day (given as a UTC date), memoised: Intl is slow. */
function midnight(day: Date): number {
  const key = day.getTime();
  let instant = midnightCache.get(key);
  if (instant === undefined) {
    const parsed = parseVilniusDateTime(day.toISOString().slice(0, 10), { dateOnly: true });
    if (!parsed.ok) throw new Error(`no Vilnius midnight on ${day.toISOString()}`);
    instant = parsed.ms;
    if (midnightCache.size > 20_000) midnightCache.clear();
    midnightCache.set(key, instant);
  }
  return instant;
}

export function workingHours(from: Date, to: Date): number {
  if (to < from) return -workingHours(to, from);
  let total = 0;
  // The Vilnius calendar day of `from`, as a UTC date.
  const wall = new Date(from.getTime() + vilniusOffset(from.getTime()));
  let day = new Date(Date.UTC(wall.getUTCFullYear(), wall.getUTCMonth(), wall.getUTCDate()));
  for (let guard = 0; guard < 3700; guard++) {
    const y = day.getUTCFullYear();
    const m = day.getUTCMonth() + 1;
    const d = day.getUTCDate();
    const dayStart = midnight(day);
    if (dayStart >= to.getTime()) break;
    const next = new Date(day.getTime() + 86_400_000);
    const dayEnd = midnight(next);
    if (isWorkingDay(y, m, d)) {
      const a = Math.max(dayStart, from.getTime());
      const b = Math.min(dayEnd, to.getTime());
      if (b > a) total += (b - a) / 3_600_000;
    }
    day = next;
  }
  return total;
}

/** One decimal, as the CLI prints hours. */
export function roundHours(hours: number): number {
  return Math.round(hours * 10) / 10;
}
