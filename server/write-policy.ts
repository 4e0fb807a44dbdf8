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

/** The route whose action a POST (PUT, …) to this URL runs, as Remix picks it. */
function actionRouteId(routes: Route[], url: URL): string | undefined {
  // Single-fetch data requests: `/a/b.data` is `/a/b`, `/_root.data` is `/`.
  const pathname = url.pathname.endsWith(".data") ? url.pathname.replace(/\.data$/, "").replace(/^\/_root$/, "/") : url.pathname;
  const matches = matchRoutes(routes as AgnosticRouteObject[], pathname);
  if (!matches?.length) return undefined;
  const last = matches[matches.length - 1].route as Route;
  // Like @remix-run/router's getTargetMatch: an index route's action needs `?index`, else
  // the deepest route that adds to the path answers.
  if (last.index && url.searchParams.getAll("index").some((v) => v === "")) return last.id;
  const contributing = matches.filter((m, i) => i === 0 || (m.route.path ?? "").length > 0);
  return (contributing[contributing.length - 1].route as Route).id;
}

/** A function telling whether a request must take a write turn. */
export function writePolicy(build: ServerBuild): (request: Request) => boolean {
  const routes = routeTree(build);
  const gateOf = (id: string | undefined): WriteGate =>
    (id ? (build.routes[id]?.module.handle as RouteHandle | undefined)?.writeGate : undefined) ?? "action";
  return (request) => {
    if (request.method === "GET" || request.method === "HEAD") return false;
    return gateOf(actionRouteId(routes, new URL(request.url))) !== "none";
  };
}
