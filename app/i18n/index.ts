// Interface language. Lithuanian is the default; English second. Messages live in one
// file per area (app/i18n/{lt,en}/<area>.ts); English must have every Lithuanian key.
import { en } from "./en";
import { lt } from "./lt";
import type { PluralForms } from "./types";

export type { PluralForms } from "./types";
import type { Locale } from "../domain/enums";
import { VILNIUS_ZONE } from "../domain/time";

export { LOCALES, type Locale } from "../domain/enums";
export const DEFAULT_LOCALE: Locale = "lt";

export type MessageKey = keyof typeof lt;
export type Params = Record<string, string | number>;

const catalogues: Record<Locale, Record<MessageKey, string | PluralForms>> = { lt, en };
const intlLocale: Record<Locale, string> = { lt: "lt-LT", en: "en-GB" };

export function isLocale(value: unknown): value is Locale {
  return value === "lt" || value === "en";
}

function interpolate(template: string, params: Params | undefined, locale: Locale): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) return `{${name}}`;
    return typeof value === "number" ? formatNumber(locale, value) : value;
  });
}

/** Translates a key; a message with plural forms picks the form for params.count. */
export function translate(locale: Locale, key: MessageKey, params?: Params): string {
  const message = catalogues[locale][key] ?? catalogues.lt[key] ?? key;
  if (typeof message === "string") return interpolate(message, params, locale);
  const count = Number(params?.count ?? 0);
  const category = new Intl.PluralRules(intlLocale[locale]).select(count) as keyof PluralForms;
  return interpolate(message[category] ?? message.other, params, locale);
}

export function formatNumber(locale: Locale, value: number, fractionDigits?: number): string {
  return new Intl.NumberFormat(intlLocale[locale], {
    maximumFractionDigits: fractionDigits ?? 2,
    minimumFractionDigits: fractionDigits ?? 0,
  }).format(value);
}


/** 2026-11-21 in both languages (ISO order is what Lithuanian uses). */
export function formatDate(_locale: Locale, ms: number | Date): string {
  return new Intl.DateTimeFormat("sv-SE", { timeZone: VILNIUS_ZONE, dateStyle: "short" }).format(ms);
}

export function formatDateTime(locale: Locale, ms: number | Date): string {
  const time = new Intl.DateTimeFormat(intlLocale[locale], {
    timeZone: VILNIUS_ZONE,
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).format(ms);
  return `${formatDate(locale, ms)} ${time}`;
}

export function makeT(locale: Locale) {
  return (key: MessageKey, params?: Params) => translate(locale, key, params);
}
export type T = ReturnType<typeof makeT>;
