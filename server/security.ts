// Request safety shared by the production server and the tests: refuse cross-site
// writes, and put the security headers on every response.
import { env } from "../app/env.server";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** Extra origins allowed to post (comma-separated APP_ORIGIN), e.g. behind a proxy. */
function allowedOrigins(request: Request): Set<string> {
  const own = new URL(request.url).origin;
  return new Set([own, ...(env().APP_ORIGIN ?? [])]);
}

/**
 * A browser always sends Origin (or at least Sec-Fetch-Site) with a cross-site POST;
 * a request with neither comes from a non-browser client, which cannot carry a
 * victim's cookies, so it is allowed.
 */
export function isCrossSiteWrite(request: Request): boolean {
  if (SAFE_METHODS.has(request.method.toUpperCase())) return false;
  const origin = request.headers.get("Origin");
  if (origin && origin !== "null") return !allowedOrigins(request).has(origin);
  if (origin === "null") return true;
  const site = request.headers.get("Sec-Fetch-Site");
  if (site) return site !== "same-origin" && site !== "none";
  return false;
}

export function contentSecurityPolicy(nonce: string): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`,
    // Style sheets only from our own files: no <style> element can be injected. Style
    // attributes stay allowed (style-src-attr): the server-rendered HTML of recharts and of
    // React's style props carries them, and they cannot run script. Browsers without CSP
    // level 3 (before Chrome 75, Firefox 108, Safari 15.4) fall back to style-src, which
    // keeps both allowed for them, as before.
    "style-src 'self' 'unsafe-inline'",
    "style-src-elem 'self'",
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    // The service worker (public/sw.js): 'strict-dynamic' in script-src would not cover it.
    "worker-src 'self'",
    "manifest-src 'self'",
    "form-action 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** A year of HTTPS-only for this host, sent on pages that came over HTTPS (see README). */
export const HSTS = "max-age=31536000";

export function applySecurityHeaders(headers: Headers, nonce: string, secure = false) {
  if (secure) headers.set("Strict-Transport-Security", HSTS);
  headers.set("Content-Security-Policy", contentSecurityPolicy(nonce));
  headers.set("X-Content-Type-Options", "nosniff");
  headers.set("Referrer-Policy", "same-origin");
  headers.set("X-Frame-Options", "DENY");
  headers.set("Cross-Origin-Opener-Policy", "same-origin");
  headers.set("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
  // Pages and data carry names and scores (personal data): never cache them.
  if (!headers.has("Cache-Control")) headers.set("Cache-Control", "no-store");
}
