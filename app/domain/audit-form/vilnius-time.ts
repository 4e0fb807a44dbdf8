/**
 * The interaction time is entered as a local Vilnius date and time (<input type=datetime-local>,
 * "2026-11-21T14:30") and stored as UTC milliseconds. The conversion itself is the CSV
 * reader's (one DST-aware implementation for both); this only adapts the input's format.
 */
import { formatVilniusDateTime, parseVilniusDateTime } from "../csv/datetime";

/** "YYYY-MM-DDTHH:mm" in Vilnius for a moment (the input's value). */
export function toVilniusInput(ms: number): string {
  return formatVilniusDateTime(ms).slice(0, 16).replace(" ", "T");
}

/** The moment a Vilnius wall-clock time denotes, or null for malformed or nonexistent input. */
export function fromVilniusInput(value: string): number | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?$/.test(value.trim())) return null;
  const parsed = parseVilniusDateTime(value);
  return parsed.ok ? parsed.ms : null;
}
