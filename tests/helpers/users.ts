// Test users of every role, and signed-in cookies for them.
import type { Db } from "../../app/db.server";
import { createSession } from "../../app/lib/session.server";
import { createDepartment } from "../../app/models/people/department.server";
import { createUser } from "../../app/models/people/user.server";
import { PLATFORM_ROLES } from "../../app/domain/enums";
import { organisations, type Role } from "../../db/schema";
import { eq } from "drizzle-orm";
import { getRequest } from "./requests";

export const TEST_PASSWORD = "correct horse battery staple";

let counter = 0;

/** The test database's default organisation (code TEST, both standards), created on first use. */
export function testOrgId(db: Db): number {
  const found = db.select({ id: organisations.id }).from(organisations).where(eq(organisations.code, "TEST")).get();
  if (found) return found.id;
  const values = { code: "TEST", name: "Bandomoji organizacija", standards: ["VMB", "KMSA"] };
  return db.insert(organisations).values(values).returning().get().id;
}

/** Another organisation (its own code), for tests of what one organisation may not see of another. */
export function makeOrg(db: Db, code: string, standards = ["VMB", "KMSA"]): number {
  return db
    .insert(organisations)
    .values({ code, name: `Organizacija ${code}`, standards })
    .returning()
    .get().id;
}

export async function makeUser(db: Db, role: Role, options: { departmentIds?: number[]; email?: string; orgId?: number | null } = {}) {
  counter += 1;
  const platform = (PLATFORM_ROLES as readonly Role[]).includes(role);
  const orgId = options.orgId !== undefined ? options.orgId : platform ? null : testOrgId(db);
  return createUser(db, orgId, {
    email: options.email ?? `${role}${counter}@test.lt`,
    name: `Test ${role} ${counter}`,
    role,
    active: true,
    password: TEST_PASSWORD,
    departmentIds: options.departmentIds ?? [],
  });
}

/** A cookie header for a fresh session of this user (no password round trip). */
export function sessionFor(db: Db, userId: number): string {
  const setCookie = createSession(db, getRequest("/"), userId);
  return setCookie.split(";")[0];
}

export function makeDepartment(db: Db, code: string, name = `Skyrius ${code}`, orgId = testOrgId(db)) {
  return createDepartment(db, orgId, { code, name, active: true });
}

/**
 * Two departments and a signed-in user of every role of an organisation (default: the test
 * organisation); the supervisor has only the first department.
 */
export async function makeOrganisation(db: Db, orgId = testOrgId(db)) {
  const own = makeDepartment(db, `OWN${++counter}`, undefined, orgId);
  const other = makeDepartment(db, `OTH${++counter}`, undefined, orgId);
  const users = {
    admin: await makeUser(db, "admin", { orgId }),
    leadership: await makeUser(db, "leadership", { orgId }),
    supervisor: await makeUser(db, "supervisor", { departmentIds: [own.id], orgId }),
    mystery_shopper: await makeUser(db, "mystery_shopper", { orgId }),
    employee: await makeUser(db, "employee", { orgId }),
  };
  const cookies = Object.fromEntries(Object.entries(users).map(([role, user]) => [role, sessionFor(db, user.id)])) as Record<Role, string>;
  return { orgId, own, other, users, cookies };
}
