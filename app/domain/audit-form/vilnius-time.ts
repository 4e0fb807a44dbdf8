/**
 * The interaction time is entered as a local Vilnius date and time (<input type=datetime-local>,
 * "2026-11-21T14:30") and stored as UTC milliseconds. Pure, DST-aware through Intl.
 */
const ZONE = "Europe/Vilnius";
const parts = new Intl.DateTimeFormat("en-CA", {
  timeZone: ZONE, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23",
});

function wallClock(ms: number) {
  const p = Object.fromEntries(parts.formatToParts(ms).map((x) => [x.type, x.value]));
  return { y: +p.year, mo: +p.month, d: +p.day, h: +p.hour, mi: +p.minute };
}

/** "YYYY-MM-DDTHH:mm" in Vilnius for a moment (the input's value). */
export function toVilniusInput(ms: number): string {
  const w = wallClock(ms);
  const two = (n: number) => String(n).padStart(2, "0");
  return `${w.y}-${two(w.mo)}-${two(w.d)}T${two(w.h)}:${two(w.mi)}`;
}

/** The moment a Vilnius wall-clock time denotes, or null for malformed input. */
export function fromVilniusInput(value: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::\d{2})?$/.exec(value.trim());
  if (!m) return null;
  const [y, mo, d, h, mi] = m.slice(1).map(Number);
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59) return null;
  const asUtc = Date.UTC(y, mo - 1, d, h, mi);
  // The zone's offset at that moment; a second pass settles the days when it changes.
  let guess = asUtc;
  for (let i = 0; i < 2; i++) {
    const w = wallClock(guess);
    const offset = Date.UTC(w.y, w.mo - 1, w.d, w.h, w.mi) - guess;
    guess = asUtc - offset;
  }
  return guess;
}
