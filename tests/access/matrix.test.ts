/// <reference types="vite/client" />
// The access matrix: every route × every role (and signed out) → the expected outcome,
// run against the real built app. A route of the build that no row covers fails the test.
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { ServerBuild } from "@remix-run/node";
import { beforeAll, describe, expect, it } from "vitest";
import { createAppHandler } from "../../server/app-handler";
import { testDb } from "../helpers/db";
import { getRequest, postRequest } from "../helpers/requests";
import { makeOrganisation } from "../helpers/users";
import { ALL, type AccessArea, type AccessRow, type Fixtures, type Outcome, type Who } from "./types";

const areas = import.meta.glob<Record<string, AccessArea>>("./routes.*.ts", { eager: true });
const allAreas: AccessArea[] = Object.values(areas).flatMap((mod) => Object.values(mod));
const rows: AccessRow[] = allAreas.flatMap((a) => a.rows);

const buildFile = path.resolve("build/index.js");

let handle: (request: Request) => Promise<Response>;
let build: ServerBuild;
let cookies: Record<string, string>;
const fixtures: Fixtures = {};

beforeAll(async () => {
  if (!fs.existsSync(buildFile)) throw new Error("No build/index.js: run `npx remix build` before this test (npm test does).");
  build = (await import(pathToFileURL(buildFile).href)) as ServerBuild;
  handle = createAppHandler(build, "production");
  const db = testDb();
  const org = await makeOrganisation(db);
  cookies = { ...org.cookies, anonymous: "" };
  for (const area of allAreas) Object.assign(fixtures, await area.setup?.(db, org));
});

function outcomeOf(response: Response): Outcome {
  if (response.status >= 300 && response.status < 400) {
    const location = response.headers.get("Location") ?? "";
    return new URL(location, "http://x").pathname === "/login" ? "login" : 302;
  }
  return response.status as Outcome;
}

describe("access matrix", () => {
  it("covers every route of the app", () => {
    const covered = new Set(rows.map((r) => r.route));
    const missing = Object.keys(build.routes).filter((id) => id !== "root" && !covered.has(id));
    expect(missing, "routes with no row in tests/access/routes.*.ts").toEqual([]);
  });

  for (const row of rows) {
    for (const who of ALL) {
      const label = `${row.method ?? "GET"} ${typeof row.path === "string" ? row.path : row.route} as ${who}`;
      it(`${label} → ${row.expect[who]}`, async () => {
        const url = typeof row.path === "string" ? row.path : row.path(fixtures);
        const init = { cookie: cookies[who as Who] || undefined };
        const request =
          row.method === "POST"
            ? postRequest(url, typeof row.form === "function" ? row.form(fixtures) : (row.form ?? {}), init)
            : getRequest(url, init);
        const response = await handle(request);
        expect(outcomeOf(response)).toBe(row.expect[who]);
      });
    }
  }
});
