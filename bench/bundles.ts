// Page weight from the production build: for a route, the gzipped JavaScript a browser loads
// (entry, root and route modules with all their imports, from the build's asset manifest)
// and the gzipped CSS linked by the root and the route (their `links` exports).
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import type { ServerBuild } from "@remix-run/node";
import { ROOT, round } from "./lib";

export const BUNDLE_ROUTES = [
  { route: "audit form (/audits/$id/edit)", id: "routes/audits.$id_.edit", target_js_kb: 130 },
  { route: "overview (/dashboards)", id: "routes/dashboards._index", target_js_kb: 250 },
];

const gzipKb = (publicPath: string) => gzipSync(fs.readFileSync(path.join(ROOT, "public", publicPath))).length / 1024;

export async function measureBundles() {
  const build = (await import(pathToFileURL(path.join(ROOT, "build/index.js")).href)) as ServerBuild;
  const { assets } = build;
  return BUNDLE_ROUTES.map(({ route, id, target_js_kb }) => {
    const entry = assets.routes[id];
    if (!entry) throw new Error(`no route ${id} in the build`);
    const js = new Set<string>([assets.entry.module, ...assets.entry.imports]);
    for (const r of [assets.routes.root, entry]) {
      js.add(r.module);
      for (const i of r.imports ?? []) js.add(i);
    }
    const css = new Set<string>();
    for (const routeId of ["root", id]) {
      const links = (build.routes[routeId].module as { links?: () => { rel?: string; href?: string }[] }).links?.() ?? [];
      for (const l of links) if (l.rel === "stylesheet" && l.href?.startsWith("/build/")) css.add(l.href);
      for (const c of (assets.routes[routeId] as { css?: string[] }).css ?? []) css.add(c);
    }
    const sum = (files: Set<string>) => [...files].reduce((s, f) => s + gzipKb(f), 0);
    return { route, js_gz_kb: round(sum(js), 1), css_gz_kb: round(sum(css), 1), js_files: js.size, css_files: css.size, target_js_kb };
  });
}
