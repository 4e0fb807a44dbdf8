/**
 * Dates and times in CSV files are local Vilnius time (where the audits happen), written
 * as 2026-11-21 14:05, 2026-11-21T14:05 or 2026.11.21 14:05 (seconds optional). They are
 * converted to UTC milliseconds with the daylight-saving rules of Europe/Vilnius:
 * - a time that occurs twice (the autumn hour 03:00–03:59) means the first occurrence;
 * - a time that does not exist (the spring hour 03:00–03:59) is an error.
 */
const ZONE = "Europe/Vilnius";
const parts = new Intl.DateTimeFormat("en-GB", {
  timeZone: ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
});

type Local = { year: number; month: number; day: number; hour: number; minute: number; second: number };

function localOf(ms: number): Local {
  const p: Record<string, number> = {};
  for (const part of parts.formatToParts(ms)) if (part.type !== "literal") p[part.type] = Number(part.value);
  return { year: p.year, month: p.month, day: p.day, hour: p.hour, minute: p.minute, second: p.second };
}

const asUtc = (l: Local) => Date.UTC(l.year, l.month - 1, l.day, l.hour, l.minute, l.second);

/** Zone offset (ms) at an instant, asking Intl (slow: ~10 µs a call). */
function zoneOffset(ms: number): number {
  const whole = Math.floor(ms / 1000) * 1000;
  return asUtc(localOf(whole)) - whole;
}

const HOUR = 3_600_000;
/** Offsets of whole UTC hours in which the offset does not change; bounded. */
const hourOffsets = new Map<number, number>();

/**
 * Zone offset (ms) at an instant: local wall time − UTC. A file of 100 000 rows asks this
 * three times a row, so it is cached per UTC hour — only for hours whose first and last
 * second have the same offset (modern transitions fall on whole hours; historical ones,
 * such as local mean time, may not and are computed every time).
 */
function offsetAt(ms: number): number {
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

const DATE_TIME = /^(\d{4})[-.](\d{1,2})[-.](\d{1,2})(?:[T ]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

export type DateParse = { ok: true; ms: number } | { ok: false; reason: "format" | "invalid" | "nonexistent" };

/** Local Vilnius wall time → UTC ms; `dateOnly` allows a bare date (midnight). */
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
  // The offsets in force a day before and after cover both sides of any transition.
  const candidates = [...new Set([offsetAt(wall - 86_400_000), offsetAt(wall + 86_400_000)])]
    .map((offset) => wall - offset)
    .filter((ms) => ms + offsetAt(ms) === wall)
    .sort((a, b) => a - b);
  return candidates.length ? { ok: true, ms: candidates[0] } : { ok: false, reason: "nonexistent" };
}

const pad = (n: number) => String(n).padStart(2, "0");

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
