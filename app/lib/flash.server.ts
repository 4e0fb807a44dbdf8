// One-time messages shown after a successful change ("Skyrius išsaugotas"). The message
// rides in a short-lived cookie across the redirect and is cleared when shown.
import { redirect } from "@remix-run/node";
import type { MessageKey, Params } from "~/i18n";
import { readCookie } from "./cookies.server";

const COOKIE = "etalonas_flash";
export type Flash = { key: MessageKey; params?: Params };

export function redirectWithMessage(to: string, key: MessageKey, params?: Params, init: ResponseInit = {}) {
  const headers = new Headers(init.headers);
  headers.append("Set-Cookie", flashCookie(key, params));
  return redirect(to, { ...init, headers });
}

/** The Set-Cookie header of a message shown on the next page (for JSON answers that the page follows itself). */
export function flashCookie(key: MessageKey, params?: Params) {
  const value = Buffer.from(JSON.stringify({ key, params })).toString("base64url");
  return `${COOKIE}=${value}; Path=/; HttpOnly; SameSite=Lax; Max-Age=60`;
}

/** The pending message and the Set-Cookie that clears it, if there is one. */
export function readFlash(request: Request): { flash: Flash | null; clear: string | null } {
  const value = readCookie(request, COOKIE);
  if (!value) return { flash: null, clear: null };
  const clear = `${COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0`;
  try {
    const flash = JSON.parse(Buffer.from(value, "base64url").toString("utf8")) as Flash;
    return { flash: typeof flash?.key === "string" ? flash : null, clear };
  } catch {
    return { flash: null, clear };
  }
}
