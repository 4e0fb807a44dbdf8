/**
 * Time for the reply-time check: Vilnius local time ↔ instants (DST included) and the
 * Lithuanian working calendar. Working hours are the hours that fall on working days
 * (Monday–Friday that are not public holidays, whole Vilnius days), so a reply sent on
 * Friday 15:00 and answered on Monday 15:00 took 72 calendar hours and 24 working hours.
 */

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

/** Easter Sunday (Gregorian, anonymous algorithm) as [month, day]. */
export function easterSunday(year: number): [number, number] {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return [month, day];
}

const FIXED_HOLIDAYS = ["01-01", "02-16", "03-11", "05-01", "06-24", "07-06", "08-15", "11-01", "11-02", "12-24", "12-25", "12-26"];

function firstSunday(year: number, month: number): number {
  const weekday = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
  return 1 + ((7 - weekday) % 7);
}

const pad = (n: number) => String(n).padStart(2, "0");

/** Public holidays of Lithuania in a year, as "MM-DD" (Labour Code art. 123). */
export function publicHolidays(year: number): Set<string> {
  const days = new Set(FIXED_HOLIDAYS);
  const [em, ed] = easterSunday(year);
  const easter = new Date(Date.UTC(year, em - 1, ed));
  const monday = new Date(easter.getTime() + 86_400_000);
  days.add(`${pad(em)}-${pad(ed)}`);
  days.add(`${pad(monday.getUTCMonth() + 1)}-${pad(monday.getUTCDate())}`);
  days.add(`05-${pad(firstSunday(year, 5))}`); // Mother's Day
  days.add(`06-${pad(firstSunday(year, 6))}`); // Father's Day
  return days;
}

const holidayCache = new Map<number, Set<string>>();

export function isWorkingDay(year: number, month: number, day: number): boolean {
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  if (weekday === 0 || weekday === 6) return false;
  let holidays = holidayCache.get(year);
  if (!holidays) holidayCache.set(year, (holidays = publicHolidays(year)));
  return !holidays.has(`${pad(month)}-${pad(day)}`);
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
