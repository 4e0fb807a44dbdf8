// Which requests take a write turn (app/lib/write-gate.server.ts), decided from the route
// that will handle the request and its `handle.writeGate` (app/lib/route-handle.ts), so
// that no route has to remember the gate in its code.
import { matchRoutes, type AgnosticRouteObject } from "@remix-run/router";
import type { ServerBuild } from "@remix-run/node";
import type { RouteHandle, WriteGate } from "../app/lib/route-handle";

type Route = { id: string; path?: string; index?: boolean; children?: Route[] };

function routeTree(build: ServerBuild, parentId?: string): Route[] {
  return Object.values(build.routes)
    .filter((r) => r.parentId === parentId)
    .map((r) => ({ id: r.id, path: r.path, index: r.index, children: r.index ? undefined : routeTree(build, r.id) }));
}

/** `/a/b.data` (a single-fetch data request) is `/a/b`; `/_root.data` is `/`. */
const routePathname = (url: URL) =>
  url.pathname.endsWith(".data") ? url.pathname.replace(/\.data$/, "").replace(/^\/_root$/, "/") : url.pathname;

/** The route whose action a POST (PUT, …) to this URL runs, as Remix picks it. */
function actionRouteId(routes: Route[], url: URL): string | undefined {
  const matches = matchRoutes(routes as AgnosticRouteObject[], routePathname(url));
  if (!matches?.length) return undefined;
  const last = matches[matches.length - 1].route as Route;
  // Like @remix-run/router's getTargetMatch: an index route's action needs `?index`, else
  // the deepest route that adds to the path answers.
  if (last.index && url.searchParams.getAll("index").some((v) => v === "")) return last.id;
  const contributing = matches.filter((m, i) => i === 0 || (m.route.path ?? "").length > 0);
  return (contributing[contributing.length - 1].route as Route).id;
}

/** A route's whole URL pattern: its own path after its ancestors'. */
function fullPath(build: ServerBuild, id: string): string {
  const route = build.routes[id];
  const parent = route.parentId ? fullPath(build, route.parentId) : "";
  return route.path ? `${parent}/${route.path}`.replace(/\/+/g, "/") : parent;
}

/** A whole-URL pattern as a regular expression, compiled once (`:param`, `:param?`, `*`). */
function patternRegExp(pattern: string): RegExp {
  const segments = pattern
    .split("/")
    .filter(Boolean)
    .map((segment) => {
      if (segment === "*") return "(?:/.*)?";
      if (segment.startsWith(":")) return segment.endsWith("?") ? "(?:/[^/]+)?" : "/[^/]+";
      return "/" + segment.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    });
  return new RegExp(`^${segments.join("")}/?$`, "i");
}

/** A function telling whether a request must take a write turn. */
export function writePolicy(build: ServerBuild): (request: Request) => boolean {
  const routes = routeTree(build);
  const gateOf = (id: string | undefined): WriteGate =>
    (id ? (build.routes[id]?.module.handle as RouteHandle | undefined)?.writeGate : undefined) ?? "action";
  // Matching the whole route table costs ~0.5 ms a request, a quarter of a submission's
  // server time: it is done only when the URL could be a route that declares "none" (the
  // action's route always matches its own whole pattern), which most writes cannot.
  const nonePatterns = Object.keys(build.routes)
    .filter((id) => gateOf(id) === "none")
    .map((id) => patternRegExp(fullPath(build, id)));
  return (request) => {
    if (request.method === "GET" || request.method === "HEAD") return false;
    const url = new URL(request.url);
    const pathname = routePathname(url);
    if (!nonePatterns.some((pattern) => pattern.test(pathname))) return true;
    return gateOf(actionRouteId(routes, url)) !== "none";
  };
}
