// Every page's title (route `meta`) is in the user's language: called with the root data of
// a Lithuanian and of an English user, each page module gives a title, and the two differ
// (issue 12: 21 of 22 routes hard-coded Lithuanian). Runs against the build, like the access matrix.
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { ServerBuild } from "@remix-run/node";
import { beforeAll, describe, expect, it } from "vitest";

let build: ServerBuild;

beforeAll(async () => {
  const file = path.resolve("build/index.js");
  if (!fs.existsSync(file)) throw new Error("No build/index.js: run `npx remix build` before this test (npm test does).");
  build = (await import(pathToFileURL(file).href)) as ServerBuild;
});

type Meta = (args: unknown) => { title?: string }[];

function titleOf(id: string, locale: "lt" | "en"): string | undefined {
  const meta = build.routes[id].module.meta as Meta;
  const matches = [
    { id: "root", data: { locale } },
    { id, data: undefined, params: { id: "1501" } },
  ];
  const result = meta({ data: undefined, params: { id: "1501", jobId: "x" }, matches, location: { pathname: "/", search: "", hash: "" } });
  return result.find((d) => d.title)?.title;
}

describe("page titles", () => {
  it("every page (a route with a component) has a title in the user's language", () => {
    const pages = Object.entries(build.routes)
      .filter(([id, r]) => id !== "root" && r.module.default)
      .map(([id]) => id);
    expect(pages.length).toBeGreaterThan(20);
    const problems: string[] = [];
    for (const id of pages) {
      if (!build.routes[id].module.meta) {
        problems.push(`${id}: no meta`);
        continue;
      }
      const lt = titleOf(id, "lt");
      const en = titleOf(id, "en");
      if (!lt?.endsWith("· Etalonas") || !en?.endsWith("· Etalonas")) problems.push(`${id}: "${lt}" / "${en}"`);
      else if (lt === en) problems.push(`${id}: the same title in both languages ("${lt}")`);
    }
    expect(problems).toEqual([]);
  });

  it("audit numbers in titles are not grouped like amounts", () => {
    expect(titleOf("routes/audits.$id", "lt")).toBe("Vertinimas Nr. 1501 · Etalonas");
  });
});
