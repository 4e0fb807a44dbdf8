/**
 * The Lithuanian working-day calendar, on Vilnius calendar dates ("YYYY-MM-DD"). A working
 * day is Monday to Friday and not a public holiday of the Labour Code, art. 123. Pure: no
 * time zone is involved once a date is known; `vilniusDate` turns an instant into one.
 */
import { addDays, vilniusOffset } from "../time";

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const pad = (n: number) => String(n).padStart(2, "0");

/** Easter Sunday (Gregorian calendar, the anonymous "Meeus/Jones/Butcher" computus) as [month, day]. */
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

/**
 * Fixed holidays as "MM-DD", with the year each became a holiday where it is recent
 * (All Souls' Day, 2 November, since 2020; Christmas Eve since 2012), so that past audits
 * keep the calendar that applied to them.
 */
const FIXED_HOLIDAYS: [day: string, since: number][] = [
  ["01-01", 0], // Naujieji metai
  ["02-16", 0], // Lietuvos valstybės atkūrimo diena
  ["03-11", 0], // Lietuvos nepriklausomybės atkūrimo diena
  ["05-01", 0], // Tarptautinė darbo diena
  ["06-24", 0], // Joninės (Rasos)
  ["07-06", 0], // Valstybės (Karaliaus Mindaugo karūnavimo) diena
  ["08-15", 0], // Žolinė
  ["11-01", 0], // Visų šventųjų diena
  ["11-02", 2020], // Mirusiųjų atminimo diena (Vėlinės)
  ["12-24", 2012], // Kūčios
  ["12-25", 0], // Kalėdos
  ["12-26", 0],
];

/** Day of the month of the first Sunday of a month. */
function firstSunday(year: number, month: number): number {
  const weekday = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
  return 1 + ((7 - weekday) % 7);
}

/** Public holidays of Lithuania in a year, as "MM-DD" (Labour Code art. 123). */
export function publicHolidays(year: number): Set<string> {
  const days = new Set(FIXED_HOLIDAYS.filter(([, since]) => year >= since).map(([day]) => day));
  const [em, ed] = easterSunday(year);
  const monday = new Date(Date.UTC(year, em - 1, ed + 1));
  days.add(`${pad(em)}-${pad(ed)}`); // Velykos
  days.add(`${pad(monday.getUTCMonth() + 1)}-${pad(monday.getUTCDate())}`); // antroji Velykų diena
  days.add(`05-${pad(firstSunday(year, 5))}`); // Motinos diena
  days.add(`06-${pad(firstSunday(year, 6))}`); // Tėvo diena
  return days;
}

const holidayCache = new Map<number, Set<string>>();

function parse(date: string): [number, number, number] {
  const m = DATE.exec(date);
  if (!m) throw new RangeError(`not a date (YYYY-MM-DD): ${date}`);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const check = new Date(Date.UTC(y, mo - 1, d));
  if (check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) throw new RangeError(`no such date: ${date}`);
  return [y, mo, d];
}

export function isPublicHoliday(date: string): boolean {
  const [y, m, d] = parse(date);
  let holidays = holidayCache.get(y);
  if (!holidays) holidayCache.set(y, (holidays = publicHolidays(y)));
  return holidays.has(`${pad(m)}-${pad(d)}`);
}

export function isWeekend(date: string): boolean {
  const [y, m, d] = parse(date);
  const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return weekday === 0 || weekday === 6;
}

export function isWorkingDay(date: string): boolean {
  return !isWeekend(date) && !isPublicHoliday(date);
}

/**
 * The date `n` working days after `date` (before it when n < 0); the start date itself is
 * not counted, so from Friday 2026-11-20 one working day is Monday 2026-11-23. n = 0 is the date itself.
 */
export function addWorkingDays(date: string, n: number): string {
  if (!Number.isInteger(n)) throw new RangeError(`not a whole number of days: ${n}`);
  parse(date);
  const step = n < 0 ? -1 : 1;
  let day = date;
  for (let left = Math.abs(n); left > 0;) {
    day = addDays(day, step);
    if (isWorkingDay(day)) left--;
  }
  return day;
}

/**
 * Working days after `from` up to and including `to` (negative when `to` is earlier): the
 * inverse of addWorkingDays for a working-day `to`.
 */
export function workingDaysBetween(from: string, to: string): number {
  parse(from);
  parse(to);
  if (to < from) return -workingDaysBetween(to, from);
  let count = 0;
  for (let day = addDays(from, 1); day <= to; day = addDays(day, 1)) if (isWorkingDay(day)) count++;
  return count;
}

/** The Vilnius calendar date of an instant (UTC ms). */
export function vilniusDate(ms: number): string {
  return new Date(ms + vilniusOffset(ms)).toISOString().slice(0, 10);
}
