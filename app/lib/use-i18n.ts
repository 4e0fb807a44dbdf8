import { useRouteLoaderData } from "@remix-run/react";
import { useMemo } from "react";
import { DEFAULT_LOCALE, formatDate, formatDateTime, formatNumber, makeT, type Locale } from "~/i18n";
import type { loader as rootLoader } from "~/root";

export function useRootData() {
  return useRouteLoaderData<typeof rootLoader>("root");
}

export function useLocale(): Locale {
  return useRootData()?.locale ?? DEFAULT_LOCALE;
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
