// Page titles in the user's language: a route's meta function has no hooks, so the locale
// comes from the root loader's data among the matches.
import type { MetaFunction } from "@remix-run/node";
import { DEFAULT_LOCALE, isLocale, translate, type Locale, type MessageKey, type Params } from "~/i18n";

type Matches = Parameters<MetaFunction>[0]["matches"];

export function metaLocale(matches: Matches): Locale {
  const locale = (matches.find((m) => m.id === "root")?.data as { locale?: unknown } | undefined)?.locale;
  return isLocale(locale) ? locale : DEFAULT_LOCALE;
}

/** "<text> · Etalonas". */
export function titled(text: string) {
  return [{ title: `${text} · Etalonas` }];
}

/** The title of a page from a message key, in the user's language. */
export function pageTitle(matches: Matches, key: MessageKey, params?: Params) {
  return titled(translate(metaLocale(matches), key, params));
}
