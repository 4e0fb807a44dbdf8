// Where sign-in and the language switch may send the browser afterwards: only a path of
// this app. Browsers "repair" odd URLs before following them (a tab or a newline is
// dropped, a backslash becomes a slash), so `/\t/evil.example` turns into
// `//evil.example`, another site. Hence a strict form, not a blacklist: every path segment
// is plain unreserved characters (no %-escapes, no empty segment, no dot segments), the
// query and fragment are visible ASCII without backslashes, and the path must match one of
// the app's routes (registered from the server build by server/app-handler.ts).

const SEGMENT = /^[A-Za-z0-9._~-]+$/;
const REST = /^[\x21-\x5b\x5d-\x7e]*$/; // visible ASCII except "\"
const MAX_LENGTH = 2000;

type Pattern = string[];
type BuildRoute = { path?: string; parentId?: string };

declare global {
  var __etalonasRoutePatterns: Pattern[] | undefined;
}

/** Full path patterns of the build's routes (parents' paths joined), split into segments. */
export function routePatterns(routes: Record<string, BuildRoute | undefined>): Pattern[] {
  const full = (id: string | undefined, depth = 0): string[] => {
    const route = id ? routes[id] : undefined;
    if (!route || depth > 50) return [];
    return [...full(route.parentId, depth + 1), ...(route.path ?? "").split("/").filter(Boolean)];
  };
  const patterns = Object.keys(routes).map((id) => full(id));
  const seen = new Set<string>();
  return patterns.filter((p) => !seen.has(p.join("/")) && !!seen.add(p.join("/")));
}

/** Called once with the server build's routes; until then only the form is checked. */
export function registerAppRoutes(routes: Record<string, BuildRoute | undefined>) {
  globalThis.__etalonasRoutePatterns = routePatterns(routes);
}

function matches(pattern: Pattern, segments: string[]): boolean {
  let i = 0;
  for (const part of pattern) {
    if (part === "*") return true;
    const optional = part.endsWith("?");
    const name = optional ? part.slice(0, -1) : part;
    const value = segments[i];
    if (value === undefined) {
      if (optional) continue;
      return false;
    }
    if (name.startsWith(":") || value.toLowerCase() === name.toLowerCase()) i++;
    else if (!optional) return false;
  }
  return i === segments.length;
}

function isAppPath(segments: string[]): boolean {
  const patterns = globalThis.__etalonasRoutePatterns;
  return !patterns || patterns.some((pattern) => matches(pattern, segments));
}

/** `to` when it is a path of this app, else the fallback. */
export function safeRedirect(to: FormDataEntryValue | string | null | undefined, fallback = "/"): string {
  if (typeof to !== "string" || to.length > MAX_LENGTH || !to.startsWith("/")) return fallback;
  const cut = to.search(/[?#]/);
  const path = cut === -1 ? to : to.slice(0, cut);
  const rest = cut === -1 ? "" : to.slice(cut);
  const segments = path === "/" ? [] : path.slice(1).split("/");
  if (segments.some((s) => !SEGMENT.test(s) || s === "." || s === "..")) return fallback;
  if (!REST.test(rest)) return fallback;
  return isAppPath(segments) ? to : fallback;
}
