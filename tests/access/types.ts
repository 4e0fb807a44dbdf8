import type { Db } from "../../app/db.server";
import type { Role } from "../../db/schema";
import type { makeOrganisation } from "../helpers/users";

/** 200 ok, "login" redirect to sign-in, 302 any other redirect, 403, 404, 405. */
export type Outcome = 200 | 302 | "login" | 400 | 403 | 404 | 405;
export type Who = Role | "anonymous";
export type Organisation = Awaited<ReturnType<typeof makeOrganisation>>;
export type Fixtures = Record<string, number | string>;

export type AccessRow = {
  /** The Remix route id (file name under app/, without extension), e.g. "routes/admin.departments.$id". */
  route: string;
  /** The concrete URL, built from the fixtures. */
  path: string | ((f: Fixtures) => string);
  method?: "GET" | "POST";
  form?: Record<string, string> | ((f: Fixtures) => Record<string, string>);
  expect: Record<Who, Outcome>;
  /**
   * What a user of another organisation gets, by role, where it differs from the rule: a
   * row that names an object (a path or form built from the fixtures) is a 404 wherever the
   * own organisation's user of that role gets in; any other row is the same as for the own.
   */
  otherOrg?: Partial<Record<OrgWho, Outcome>>;
};

/** The roles of an organisation (the other organisation's users have these). */
export type OrgWho = Exclude<Role, "platform_admin" | "programme_viewer">;
export const ORG_WHO: OrgWho[] = ["admin", "leadership", "supervisor", "mystery_shopper", "employee"];

/** Each area's file exports rows and, if it needs objects to point at, a setup. */
export type AccessArea = {
  rows: AccessRow[];
  setup?: (db: Db, org: Organisation) => Promise<Fixtures> | Fixtures;
};

export const ALL: Who[] = [
  "anonymous",
  "platform_admin",
  "programme_viewer",
  "admin",
  "leadership",
  "supervisor",
  "mystery_shopper",
  "employee",
];

/** The same outcome for every signed-in role, and a sign-in redirect for the anonymous. */
export function signedIn(outcome: Outcome): Record<Who, Outcome> {
  return {
    anonymous: "login",
    platform_admin: outcome,
    programme_viewer: outcome,
    admin: outcome,
    leadership: outcome,
    supervisor: outcome,
    mystery_shopper: outcome,
    employee: outcome,
  };
}

/** The same outcome for everyone, signed in or not. */
export function everyone(outcome: Outcome): Record<Who, Outcome> {
  return { ...signedIn(outcome), anonymous: outcome };
}

/** Only these roles get `ok`; other signed-in roles get `denied`; anonymous goes to sign-in. */
export function only(roles: Role[], ok: Outcome = 200, denied: Outcome = 403): Record<Who, Outcome> {
  const result = signedIn(denied);
  for (const role of roles) result[role] = ok;
  return result;
}
