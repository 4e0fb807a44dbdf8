// Number formatting shared by the dashboard tables, charts and CSV: scores with one
// decimal, rates as percentages, intervals as "low–high"; "—" where there is nothing.
import type { Locale, MessageKey, Params } from "~/i18n";

export type Fmt = {
  locale: Locale;
  t: (key: MessageKey, params?: Params) => string;
  number: (value: number, digits?: number) => string;
  date: (ms: number) => string;
};

export const DASH = "—";

export function score(f: Fmt, value: number | null): string {
  return value === null ? DASH : f.number(value, 1);
}

export function interval(f: Fmt, low: number | null, high: number | null): string {
  return low === null || high === null ? DASH : `${f.number(low, 1)}–${f.number(high, 1)}`;
}

export function percent(f: Fmt, rate: number | null): string {
  return rate === null ? DASH : `${f.number(rate * 100, 1)} %`;
}

export function percentInterval(f: Fmt, low: number | null, high: number | null): string {
  return low === null || high === null ? DASH : `${f.number(low * 100, 1)}–${f.number(high * 100, 1)} %`;
}

export function monthLabel(month: string): string {
  return month;
}
