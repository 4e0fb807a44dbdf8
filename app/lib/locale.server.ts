import { DEFAULT_LOCALE, isLocale, type Locale } from "~/i18n";
import type { SessionUser } from "./auth.server";
import { readCookie } from "./cookies.server";

export const LANG_COOKIE = "etalonas_lang";

/** The user's saved language, else the language cookie of a signed-out visitor, else Lithuanian. */
export function resolveLocale(request: Request, user: SessionUser | null): Locale {
  if (user) return user.locale;
  const chosen = readCookie(request, LANG_COOKIE);
  return isLocale(chosen) ? chosen : DEFAULT_LOCALE;
}

export function langCookie(locale: Locale) {
  return `${LANG_COOKIE}=${locale}; Path=/; SameSite=Lax; Max-Age=31536000`;
}
