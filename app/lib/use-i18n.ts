import { useRouteLoaderData } from "@remix-run/react";
import { useEffect, useMemo, useState } from "react";
import { DEFAULT_LOCALE, formatDate, formatDateTime, formatNumber, hasCatalogue, makeT, registerCatalogue, type Locale } from "~/i18n";
import type { loader as rootLoader } from "~/root";

export function useRootData() {
  return useRouteLoaderData<typeof rootLoader>("root");
}

export function useLocale(): Locale {
  return useRootData()?.locale ?? DEFAULT_LOCALE;
}

/**
 * The browser holds only the language it started in (entry.client.tsx). When the language
 * changes without a new document (signing in as a user who chose English), this loads the
 * messages and renders the app again; until then the default language shows.
 */
export function useLanguageMessages(locale: Locale) {
  const [, loaded] = useState(0);
  useEffect(() => {
    if (locale !== "en" || hasCatalogue("en")) return;
    let current = true;
    void import("~/i18n/en").then(({ en }) => {
      registerCatalogue("en", en);
      if (current) loaded((n) => n + 1);
    });
    return () => {
      current = false;
    };
  }, [locale]);
}

/** Translation and formatting bound to the page's language. */
export function useI18n() {
  const locale = useLocale();
  return useMemo(
    () => ({
      locale,
      t: makeT(locale),
      date: (ms: number) => formatDate(locale, ms),
      dateTime: (ms: number) => formatDateTime(locale, ms),
      number: (value: number, digits?: number) => formatNumber(locale, value, digits),
    }),
    [locale],
  );
}

export function useOptionalUser() {
  return useRootData()?.user ?? null;
}
