// Test users of every role, and signed-in cookies for them.
import type { Db } from "../../app/db.server";
import { createSession } from "../../app/lib/session.server";
import { createDepartment } from "../../app/models/people/department.server";
import { createUser } from "../../app/models/people/user.server";
import type { Role } from "../../db/schema";
import { getRequest } from "./requests";

export const TEST_PASSWORD = "correct horse battery staple";

let counter = 0;

export async function makeUser(db: Db, role: Role, options: { departmentIds?: number[]; email?: string } = {}) {
  counter += 1;
  return createUser(db, {
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

export function makeDepartment(db: Db, code: string, name = `Skyrius ${code}`) {
  return createDepartment(db, { code, name, active: true });
}

/** Two departments and a signed-in user of every role; the supervisor has only the first. */
export async function makeOrganisation(db: Db) {
  const own = makeDepartment(db, `OWN${++counter}`);
  const other = makeDepartment(db, `OTH${++counter}`);
  const users = {
    admin: await makeUser(db, "admin"),
    leadership: await makeUser(db, "leadership"),
    supervisor: await makeUser(db, "supervisor", { departmentIds: [own.id] }),
    mystery_shopper: await makeUser(db, "mystery_shopper"),
    employee: await makeUser(db, "employee"),
  };
  const cookies = Object.fromEntries(Object.entries(users).map(([role, user]) => [role, sessionFor(db, user.id)])) as Record<Role, string>;
  return { own, other, users, cookies };
}
