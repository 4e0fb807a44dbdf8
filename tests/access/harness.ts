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
import { makeOrg, makeOrganisation, makeUser, sessionFor } from "../helpers/users";
import { userOrganisations } from "../../db/schema";
import type { AccessArea, AccessRow, Fixtures, Organisation, OrgWho, Outcome, Who } from "./types";

const areas = import.meta.glob<Record<string, AccessArea>>("./routes.*.ts", { eager: true });
const allAreas: AccessArea[] = Object.values(areas).flatMap((mod) => Object.values(mod));
export const rows: AccessRow[] = allAreas.flatMap((a) => a.rows);

export type AccessApp = {
  build: ServerBuild;
  handle: (request: Request) => Promise<Response>;
  db: Db;
  org: Organisation;
  cookies: Record<Who, string>;
  /** Users of every role of a second organisation, which must not reach the first one's objects. */
  otherOrg: Organisation;
  otherCookies: Record<OrgWho, string>;
  fixtures: Fixtures;
};

/** Loads the production build and sets up the organisation and every area's fixtures. */
export async function startAccessApp(): Promise<AccessApp> {
  const buildFile = path.resolve("build/index.js");
  if (!fs.existsSync(buildFile)) throw new Error("No build/index.js: run `npx remix build` before this test (npm test does).");
  const build = (await import(pathToFileURL(buildFile).href)) as ServerBuild;
  const db = testDb();
  const org = await makeOrganisation(db);
  // Under the other standard only: the first organisation's VMB checklists do not exist for it.
  const otherOrg = await makeOrganisation(db, makeOrg(db, "KITA", ["KMSA"]));
  // Above the organisations: the platform administrator, and a programme viewer of the test organisation.
  const platform = await makeUser(db, "platform_admin");
  const viewer = await makeUser(db, "programme_viewer");
  db.insert(userOrganisations).values({ userId: viewer.id, orgId: org.orgId }).run();
  const fixtures: Fixtures = {};
  for (const area of allAreas) Object.assign(fixtures, await area.setup?.(db, org));
  const cookies = {
    ...org.cookies,
    platform_admin: sessionFor(db, platform.id),
    programme_viewer: sessionFor(db, viewer.id),
    anonymous: "",
  };
  return { build, handle: createAppHandler(build, "production"), db, org, cookies, otherOrg, otherCookies: otherOrg.cookies, fixtures };
}

export function rowLabel(row: AccessRow, who: string): string {
  return `${row.method ?? "GET"} ${typeof row.path === "string" ? row.path : row.route} as ${who}`;
}

/** The request a row makes, for a role (or signed out: an empty cookie). */
export function rowRequest(row: AccessRow, fixtures: Fixtures, cookie: string, ip?: string): Request {
  const url = typeof row.path === "string" ? row.path : row.path(fixtures);
  const init = { cookie: cookie || undefined, ip };
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

/** Whether a row points at an object of the first organisation (its path or form uses the fixtures). */
export const namesObject = (row: AccessRow) => typeof row.path === "function" || typeof row.form === "function";

/**
 * What a user of another organisation gets: a row that names an object is a 404 wherever
 * the own organisation's user of that role gets in (200, a redirect, a 400); a row without
 * one is the same; a row may say otherwise (otherOrg).
 */
export function otherOrgOutcome(row: AccessRow, who: OrgWho): Outcome {
  const own = row.expect[who];
  if (row.otherOrg?.[who] !== undefined) return row.otherOrg[who]!;
  if (!namesObject(row)) return own;
  return own === 200 || own === 302 || own === 400 ? 404 : own;
}

/** Counts and last changes of the tables a write would touch (not the sessions), to prove a denied write changed nothing. */
export function dataFingerprint(db: Db): string {
  const tables = [
    "organisations",
    "user_organisations",
    "departments",
    "employees",
    "users",
    "user_departments",
    "audits",
    "audit_answers",
    "audit_history",
    "inspections",
    "checklists",
    "audit_acknowledgements",
    "disputes",
    "dispute_items",
  ];
  return tables
    .map((t) => JSON.stringify(db.$client.prepare(`SELECT count(*) AS n FROM ${t}`).get()))
    .concat(JSON.stringify(db.$client.prepare("SELECT total(updated_at) AS u FROM audits").get()))
    .concat(JSON.stringify(db.$client.prepare("SELECT total(updated_at) AS u FROM users").get()))
    .concat(JSON.stringify(db.$client.prepare("SELECT total(updated_at) AS u FROM employees").get()))
    .concat(JSON.stringify(db.$client.prepare("SELECT total(updated_at) AS u FROM departments").get()))
    .concat(JSON.stringify(db.$client.prepare("SELECT total(opinion_at) + total(decided_at) AS u FROM disputes").get()))
    .concat(JSON.stringify(db.$client.prepare("SELECT count(*) AS n, total(read_at) AS u FROM notifications").get()))
    .join("|");
}
