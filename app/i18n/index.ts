// Interface language. Lithuanian is the default; English second. Messages live in one
// file per area (app/i18n/{lt,en}/<area>.ts); English must have every Lithuanian key.
import { serverEn } from "./en-catalogue.server";
import { lt } from "./lt";
import type { PluralForms } from "./types";

export type { PluralForms } from "./types";
import type { Locale } from "../domain/enums";
import { VILNIUS_ZONE } from "../domain/time";

export { LOCALES, type Locale } from "../domain/enums";
export const DEFAULT_LOCALE: Locale = "lt";

export type MessageKey = keyof typeof lt;
export type Params = Record<string, string | number>;

export type Catalogue = Record<MessageKey, string | PluralForms>;
// On the server both languages are here; in the browser English is registered by
// entry.client.tsx before hydration when the page is in English (en-catalogue.server.ts).
const catalogues: Partial<Record<Locale, Catalogue>> = serverEn ? { lt, en: serverEn } : { lt };

export function hasCatalogue(locale: Locale): boolean {
  return catalogues[locale] !== undefined;
}

export function registerCatalogue(locale: Locale, messages: Catalogue) {
  catalogues[locale] = messages;
}
const intlLocale: Record<Locale, string> = { lt: "lt-LT", en: "en-GB" };

// ICU formatters are built once per kind, locale and options and kept: building one is
// slow, and each holds native memory the garbage collector does not count, so that built
// per call (a date per row of a 200-audit list, 400 lists) they took the server from 160 MB
// to 1.2 GB of resident memory that was not given back (issue 15, bench/soak.ts). The keys
// are a handful of fixed option sets, so the map stays small.
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.PluralRules>();
function formatter<T extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.PluralRules>(key: string, make: () => T): T {
  let f = formatters.get(key) as T | undefined;
  if (!f) formatters.set(key, (f = make()));
  return f;
}
const pluralRules = (locale: Locale) => formatter(`plural|${locale}`, () => new Intl.PluralRules(intlLocale[locale]));

export function isLocale(value: unknown): value is Locale {
  return value === "lt" || value === "en";
}

/** Placeholders named id, auditId, jobId… hold identifiers, not amounts. */
const isIdentifier = (name: string) => name === "id" || name.endsWith("Id");

function interpolate(template: string, params: Params | undefined, locale: Locale): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) return `{${name}}`;
    // Amounts are grouped ("1 503 vertinimai"); identifiers never are ("Nr. 1503").
    if (typeof value === "number") return isIdentifier(name) ? String(value) : formatNumber(locale, value);
    return value;
  });
}

/** Translates a key; a message with plural forms picks the form for params.count. */
export function translate(locale: Locale, key: MessageKey, params?: Params): string {
  const message = catalogues[locale]?.[key] ?? lt[key] ?? key;
  if (typeof message === "string") return interpolate(message, params, locale);
  const count = Number(params?.count ?? 0);
  const category = pluralRules(locale).select(count) as keyof PluralForms;
  return interpolate(message[category] ?? message.other, params, locale);
}

export function formatNumber(locale: Locale, value: number, fractionDigits?: number): string {
  const number = formatter(
    `number|${locale}|${fractionDigits ?? ""}`,
    () =>
      new Intl.NumberFormat(intlLocale[locale], {
        maximumFractionDigits: fractionDigits ?? 2,
        minimumFractionDigits: fractionDigits ?? 0,
      }),
  );
  return number.format(value);
}

/** 2026-11-21 in both languages (ISO order is what Lithuanian uses). */
export function formatDate(_locale: Locale, ms: number | Date): string {
  return formatter("date", () => new Intl.DateTimeFormat("sv-SE", { timeZone: VILNIUS_ZONE, dateStyle: "short" })).format(ms);
}

export function formatDateTime(locale: Locale, ms: number | Date): string {
  const time = formatter(
    `time|${locale}`,
    () => new Intl.DateTimeFormat(intlLocale[locale], { timeZone: VILNIUS_ZONE, hour: "2-digit", minute: "2-digit", hourCycle: "h23" }),
  ).format(ms);
  return `${formatDate(locale, ms)} ${time}`;
}

export function makeT(locale: Locale) {
  return (key: MessageKey, params?: Params) => translate(locale, key, params);
}
export type T = ReturnType<typeof makeT>;
