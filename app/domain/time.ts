/**
 * Time in Vilnius, where the audited offices are. Instants are UTC milliseconds everywhere
 * (database, code); people read and write local Vilnius wall time, and aggregates group by
 * Vilnius calendar month. Europe/Vilnius is UTC+2 in winter and UTC+3 in summer, changing
 * on the last Sundays of March (03:00 → 04:00) and October (04:00 → 03:00):
 * - a wall time that occurs twice (the October hour 03:00–03:59) means the first occurrence;
 * - a wall time that does not exist (the March hour 03:00–03:59) is an error.
 * The offsets come from Intl (the platform's time-zone data), cached per UTC hour.
 */
export const VILNIUS_ZONE = "Europe/Vilnius";

const HOUR = 3_600_000;
const DAY = 86_400_000;

const parts = new Intl.DateTimeFormat("en-GB", {
  timeZone: VILNIUS_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
});

type Local = { year: number; month: number; day: number; hour: number; minute: number; second: number };

/** The wall time of an instant, asking Intl (slow: ~10 µs a call). */
function localOf(ms: number): Local {
  const p: Record<string, number> = {};
  for (const part of parts.formatToParts(ms)) if (part.type !== "literal") p[part.type] = Number(part.value);
  return { year: p.year, month: p.month, day: p.day, hour: p.hour, minute: p.minute, second: p.second };
}

const asUtc = (l: Local) => Date.UTC(l.year, l.month - 1, l.day, l.hour, l.minute, l.second);

function zoneOffset(ms: number): number {
  const whole = Math.floor(ms / 1000) * 1000;
  return asUtc(localOf(whole)) - whole;
}

/** Offsets of whole UTC hours in which the offset does not change; bounded. */
const hourOffsets = new Map<number, number>();

/**
 * Zone offset (ms) at an instant: local wall time − UTC. The CSV import asks this three
 * times a row and the aggregates once per answer, so it is cached per UTC hour — only for
 * hours whose first and last second have the same offset (modern changes fall on whole
 * hours; historical ones, such as local mean time before 1920, may not and are computed
 * every time).
 */
export function vilniusOffset(ms: number): number {
  const hour = Math.floor(ms / HOUR);
  const cached = hourOffsets.get(hour);
  if (cached !== undefined) return cached;
  const offset = zoneOffset(ms);
  if (zoneOffset(hour * HOUR) === offset && zoneOffset(hour * HOUR + HOUR - 1000) === offset) {
    if (hourOffsets.size >= 100_000) hourOffsets.clear();
    hourOffsets.set(hour, offset);
  }
  return offset;
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

// ── Months ("YYYY-MM", Vilnius calendar) ────────────────────────────────────────────────

/** "YYYY-MM" of an instant, in Vilnius. */
export function vilniusMonth(ms: number): string {
  const local = new Date(ms + vilniusOffset(ms));
  return `${pad(local.getUTCFullYear(), 4)}-${pad(local.getUTCMonth() + 1)}`;
}

/** "YYYY-MM" + n months (calendar arithmetic). */
export function addMonths(ym: string, delta: number): string {
  const [y, m] = ym.split("-").map(Number);
  const index = y * 12 + (m - 1) + delta;
  return `${Math.floor(index / 12)}-${pad((index % 12) + 1)}`;
}

/** The first millisecond of a Vilnius calendar month. */
export function monthStartMs(ym: string): number {
  const start = parseVilniusDateTime(`${ym}-01`, { dateOnly: true });
  if (!start.ok) throw new Error(`not a month: ${ym}`);
  return start.ms;
}

// ── Dates and wall times ───────────────────────────────────────────────────────────────

const DATE_TIME = /^(\d{4})[-.](\d{1,2})[-.](\d{1,2})(?:[T ]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

export type DateParse = { ok: true; ms: number } | { ok: false; reason: "format" | "invalid" | "nonexistent" };

/**
 * A Vilnius wall time as people (and CSV files) write it — 2026-11-21 14:05,
 * 2026-11-21T14:05 or 2026.11.21 14:05, seconds optional — to UTC ms. `dateOnly` allows a
 * bare date (midnight).
 */
export function parseVilniusDateTime(text: string, { dateOnly = false } = {}): DateParse {
  const m = DATE_TIME.exec(text.trim());
  if (!m) return { ok: false, reason: "format" };
  if (m[4] === undefined && !dateOnly) return { ok: false, reason: "format" };
  const local: Local = {
    year: Number(m[1]),
    month: Number(m[2]),
    day: Number(m[3]),
    hour: Number(m[4] ?? 0),
    minute: Number(m[5] ?? 0),
    second: Number(m[6] ?? 0),
  };
  const wall = asUtc(local);
  const check = new Date(wall);
  if (
    check.getUTCFullYear() !== local.year ||
    check.getUTCMonth() !== local.month - 1 ||
    check.getUTCDate() !== local.day ||
    local.hour > 23 ||
    local.minute > 59 ||
    local.second > 59
  )
    return { ok: false, reason: "invalid" };
  // The offsets in force a day before and after cover both sides of any change.
  const candidates = [...new Set([vilniusOffset(wall - DAY), vilniusOffset(wall + DAY)])]
    .map((offset) => wall - offset)
    .filter((ms) => ms + vilniusOffset(ms) === wall)
    .sort((a, b) => a - b);
  return candidates.length ? { ok: true, ms: candidates[0] } : { ok: false, reason: "nonexistent" };
}

/** UTC ms → "2026-11-21 14:05" in Vilnius time, with ":ss" only when the seconds are not 0. */
export function formatVilniusDateTime(ms: number): string {
  const l = localOf(ms);
  const base = `${l.year}-${pad(l.month)}-${pad(l.day)} ${pad(l.hour)}:${pad(l.minute)}`;
  return l.second ? `${base}:${pad(l.second)}` : base;
}

/** "2026-11-21" + n days (calendar arithmetic, no time zone involved). */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** The UTC range of Vilnius calendar days [from, to] (both inclusive); undefined bounds stay open. */
export function vilniusDayRange(from?: string, to?: string): { from?: number; to?: number } | null {
  const start = (date: string) => {
    const r = parseVilniusDateTime(date, { dateOnly: true });
    return r.ok && /^\d{4}-\d{2}-\d{2}$/.test(date.trim()) ? r.ms : null;
  };
  const f = from ? start(from) : undefined;
  const t = to ? start(addDays(to.trim(), 1)) : undefined;
  if (f === null || t === null) return null;
  return { from: f, to: t };
}

// ── The <input type=datetime-local> of the audit form ("2026-11-21T14:30") ──────────────

/** "YYYY-MM-DDTHH:mm" in Vilnius for an instant (the input's value). */
export function toVilniusInput(ms: number): string {
  return formatVilniusDateTime(ms).slice(0, 16).replace(" ", "T");
}

/** The instant a Vilnius wall-clock time denotes, or null for malformed or nonexistent input. */
export function fromVilniusInput(value: string): number | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?$/.test(value.trim())) return null;
  const parsed = parseVilniusDateTime(value);
  return parsed.ok ? parsed.ms : null;
}
