/// <reference types="vite/client" />
// What the access tests share: every row of tests/access/routes.*.ts, the built app with an
// organisation and the areas' fixtures, and how a response is read as an outcome.
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { ServerBuild } from "@remix-run/node";
import type { Db } from "../../app/db.server";
import { createAppHandler } from "../../server/app-handler";
import { testDb } from "../helpers/db";
import { getRequest, postRequest } from "../helpers/requests";
import { makeOrganisation } from "../helpers/users";
import type { AccessArea, AccessRow, Fixtures, Organisation, Outcome, Who } from "./types";

const areas = import.meta.glob<Record<string, AccessArea>>("./routes.*.ts", { eager: true });
const allAreas: AccessArea[] = Object.values(areas).flatMap((mod) => Object.values(mod));
export const rows: AccessRow[] = allAreas.flatMap((a) => a.rows);

export type AccessApp = {
  build: ServerBuild;
  handle: (request: Request) => Promise<Response>;
  db: Db;
  org: Organisation;
  cookies: Record<Who, string>;
  fixtures: Fixtures;
};

/** Loads the production build and sets up the organisation and every area's fixtures. */
export async function startAccessApp(): Promise<AccessApp> {
  const buildFile = path.resolve("build/index.js");
  if (!fs.existsSync(buildFile)) throw new Error("No build/index.js: run `npx remix build` before this test (npm test does).");
  const build = (await import(pathToFileURL(buildFile).href)) as ServerBuild;
  const db = testDb();
  const org = await makeOrganisation(db);
  const fixtures: Fixtures = {};
  for (const area of allAreas) Object.assign(fixtures, await area.setup?.(db, org));
  return { build, handle: createAppHandler(build, "production"), db, org, cookies: { ...org.cookies, anonymous: "" }, fixtures };
}

export function rowLabel(row: AccessRow, who: string): string {
  return `${row.method ?? "GET"} ${typeof row.path === "string" ? row.path : row.route} as ${who}`;
}

/** The request a row makes, for a role (or signed out: an empty cookie). */
export function rowRequest(row: AccessRow, fixtures: Fixtures, cookie: string): Request {
  const url = typeof row.path === "string" ? row.path : row.path(fixtures);
  const init = { cookie: cookie || undefined };
  return row.method === "POST"
    ? postRequest(url, typeof row.form === "function" ? row.form(fixtures) : (row.form ?? {}), init)
    : getRequest(url, init);
}

export function outcomeOf(response: Response): Outcome {
  if (response.status >= 300 && response.status < 400) {
    const location = response.headers.get("Location") ?? "";
    return new URL(location, "http://x").pathname === "/login" ? "login" : 302;
  }
  return response.status as Outcome;
}
