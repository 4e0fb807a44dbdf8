// Users admin: create, edit, deactivate (ends sessions), reset password, self-protection, access.
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "~/db.server";
import { createUser, getUser } from "~/models/people/user.server";
import { loader as homeLoader } from "~/routes/_index";
import { action as loginAction } from "~/routes/login";
import { action as editAction, loader as editLoader } from "~/routes/admin.users.$id/route";
import { loader as listLoader } from "~/routes/admin.users._index/route";
import { sessions, users, type Role } from "../../db/schema";
import { testDb } from "../helpers/db";
import { getRequest, postRequest, settle } from "../helpers/requests";
import { makeOrganisation, makeUser, sessionFor, TEST_PASSWORD, testOrgId } from "../helpers/users";

let db: Db;
let org: Awaited<ReturnType<typeof makeOrganisation>>;

beforeAll(async () => {
  db = testDb();
  org = await makeOrganisation(db);
});

type Args = LoaderFunctionArgs & ActionFunctionArgs;
const args = (request: Request, id?: string) => ({ request, params: id ? { id } : {}, context: {} }) as Args;

function save(id: string | number, form: Record<string, string | string[]>, cookie = org.cookies.admin) {
  return settle(() => editAction(args(postRequest(`/admin/users/${id}`, form, { cookie }), String(id))));
}

/** A failed submission: `data({ form, result: submission.reply() }, { status: 400 })`. */
function rejected(result: unknown, form: "user" | "password" = "user") {
  const r = result as { init?: { status?: number }; data?: { form: string; result: { error?: Record<string, string[]> } } };
  expect(r.init?.status).toBe(400);
  expect(r.data?.form).toBe(form);
  return r.data?.result.error ?? {};
}

function redirected(result: unknown, to = "/admin/users") {
  expect(result).toBeInstanceOf(Response);
  expect((result as Response).status).toBe(302);
  expect((result as Response).headers.get("Location")).toBe(to);
}

const byEmail = (email: string) => db.select().from(users).where(eq(users.email, email)).get();
const sessionCount = (userId: number) => db.select().from(sessions).where(eq(sessions.userId, userId)).all().length;

/** What the user's next request meets: their page, or a redirect to sign-in. */
async function nextRequest(cookie: string) {
  const result = await settle(() => homeLoader(args(getRequest("/", { cookie }))));
  return result instanceof Response ? new URL(result.headers.get("Location")!, "http://x").pathname : "page";
}

async function signIn(email: string, password: string) {
  const result = await settle(() => loginAction(args(postRequest("/login", { email, password, redirectTo: "/" }))));
  return result instanceof Response ? result.status : (result as { init: { status: number } }).init.status;
}

describe("users admin", () => {
  it("creates a supervisor with their departments, e-mail in lower case", async () => {
    const result = await save("new", {
      email: "Nauja.Vedeja@Test.LT",
      name: "Nauja Vedėja",
      role: "supervisor",
      departmentIds: [String(org.own.id), String(org.other.id)],
      password: "ilgas slaptažodis 1",
    });
    redirected(result);
    const created = byEmail("nauja.vedeja@test.lt")!;
    expect(created).toMatchObject({ name: "Nauja Vedėja", role: "supervisor", active: true });
    expect(getUser(db, testOrgId(db), created.id)!.departmentIds.sort()).toEqual([org.own.id, org.other.id].sort());
    expect(await signIn("nauja.vedeja@test.lt", "ilgas slaptažodis 1")).toBe(302);
  });

  it("lists users in Lithuanian alphabetical order, with supervisors' departments", async () => {
    for (const name of ["Zenonas Zarankus", "Šarūnas Šimkus", "Saulius Sabonis"]) {
      await createUser(db, testOrgId(db), {
        email: `${name.split(" ")[1].toLowerCase()}@test.lt`,
        name,
        role: "employee",
        active: true,
        departmentIds: [],
        password: TEST_PASSWORD,
      });
    }
    const list = (await settle(() => listLoader(args(getRequest("/admin/users", { cookie: org.cookies.admin }))))) as Awaited<
      ReturnType<typeof listLoader>
    >;
    const row = list.users.find((u) => u.email === "nauja.vedeja@test.lt")!;
    expect(row.departments.map((d) => d.id).sort()).toEqual([org.own.id, org.other.id].sort());
    expect(list.actorId).toBe(org.users.admin.id);
    const names = list.users.map((u) => u.name).filter((n) => /^(Zenonas|Šarūnas|Saulius)/.test(n));
    expect(names).toEqual(["Saulius Sabonis", "Šarūnas Šimkus", "Zenonas Zarankus"]);
  });

  it("rejects bad input with 400 and field errors", async () => {
    const errors = rejected(await save("new", { email: "ne adresas", name: "", role: "boss", password: "trumpas" }));
    expect(errors).toMatchObject({
      email: ["form.invalidEmail"],
      name: ["form.required"],
      role: ["admin.user.roleInvalid"],
      password: ['admin.user.passwordTooShort|{"min":12}'],
    });
    const long = rejected(await save("new", { email: "ilgas@test.lt", name: "Ilgas", role: "employee", password: "x".repeat(129) }));
    expect(long.password).toEqual(['admin.user.passwordTooLong|{"max":128}']);
    expect(byEmail("ilgas@test.lt")).toBeUndefined();
  });

  it("requires a department for a supervisor and a unique e-mail (case-insensitive)", async () => {
    const noDept = rejected(
      await save("new", { email: "be.skyriaus@test.lt", name: "Be Skyriaus", role: "supervisor", password: TEST_PASSWORD }),
    );
    expect(noDept.departmentIds).toEqual(["admin.user.departmentsRequired"]);
    const unknown = rejected(
      await save("new", {
        email: "be.skyriaus@test.lt",
        name: "Be Skyriaus",
        role: "supervisor",
        departmentIds: "999999",
        password: TEST_PASSWORD,
      }),
    );
    expect(unknown.departmentIds).toEqual(["admin.user.departmentUnknown"]);
    const taken = rejected(await save("new", { email: "NAUJA.VEDEJA@test.lt", name: "Kita", role: "employee", password: TEST_PASSWORD }));
    expect(taken.email).toEqual(["admin.user.emailTaken"]);
    expect(byEmail("be.skyriaus@test.lt")).toBeUndefined();
  });

  it("edits role and departments; a non-supervisor keeps no departments", async () => {
    const user = byEmail("nauja.vedeja@test.lt")!;
    const form = (await settle(() =>
      editLoader(args(getRequest(`/admin/users/${user.id}`, { cookie: org.cookies.admin }), String(user.id))),
    )) as Awaited<ReturnType<typeof editLoader>>;
    expect(form.user).toMatchObject({ email: "nauja.vedeja@test.lt", role: "supervisor" });
    expect(form.passwordRule).toEqual({ min: 12, max: 128 });
    redirected(
      await save(user.id, { email: user.email, name: "Nauja Vadovė", role: "leadership", departmentIds: String(org.own.id), active: "on" }),
    );
    expect(getUser(db, testOrgId(db), user.id)).toMatchObject({ name: "Nauja Vadovė", role: "leadership", departmentIds: [] });
  });

  it("deactivating a user ends their sessions at once", async () => {
    const user = await makeUser(db, "mystery_shopper");
    const cookie = sessionFor(db, user.id);
    expect(await nextRequest(cookie)).toBe("page");
    redirected(await save(user.id, { email: user.email, name: user.name, role: "mystery_shopper" }));
    expect(getUser(db, testOrgId(db), user.id)!.active).toBe(false);
    expect(sessionCount(user.id)).toBe(0);
    expect(await nextRequest(cookie)).toBe("/login");
    expect(await signIn(user.email, TEST_PASSWORD)).toBe(401);
  });

  it("resets a password: the old one stops working, the new one works, sessions end", async () => {
    const user = await makeUser(db, "employee");
    const cookie = sessionFor(db, user.id);
    const short = rejected(await save(user.id, { intent: "reset-password", password: "per trumpas" }), "password");
    expect(short.password).toEqual(['admin.user.passwordTooShort|{"min":12}']);
    expect(await nextRequest(cookie)).toBe("page");
    redirected(await save(user.id, { intent: "reset-password", password: "  naujas ilgas slaptažodis  " }));
    expect(await nextRequest(cookie)).toBe("/login");
    expect(await signIn(user.email, TEST_PASSWORD)).toBe(401);
    // Taken exactly as typed, spaces included.
    expect(await signIn(user.email, "naujas ilgas slaptažodis")).toBe(401);
    expect(await signIn(user.email, "  naujas ilgas slaptažodis  ")).toBe(302);
  });

  it("an admin cannot deactivate or demote themself", async () => {
    const admin = org.users.admin;
    const errors = rejected(await save(admin.id, { email: admin.email, name: admin.name, role: "leadership" }));
    expect(errors.role).toEqual(["admin.user.cannotDemoteSelf"]);
    expect(errors.active).toEqual(["admin.user.cannotDeactivateSelf"]);
    expect(getUser(db, testOrgId(db), admin.id)).toMatchObject({ role: "admin", active: true });
    expect(await nextRequest(org.cookies.admin)).toBe("page");
  });

  it("gives 404 for an unknown user", async () => {
    const result = await settle(() => editLoader(args(getRequest("/admin/users/999999", { cookie: org.cookies.admin }), "999999")));
    expect((result as Response).status).toBe(404);
    expect(((await save(999999, { intent: "reset-password", password: TEST_PASSWORD })) as Response).status).toBe(404);
  });

  it.each<Role>(["leadership", "supervisor", "mystery_shopper", "employee"])("refuses %s with 403", async (role) => {
    const cookie = org.cookies[role];
    const target = org.users.employee;
    expect(((await settle(() => listLoader(args(getRequest("/admin/users", { cookie }))))) as Response).status).toBe(403);
    expect(
      ((await settle(() => editLoader(args(getRequest(`/admin/users/${target.id}`, { cookie }), String(target.id))))) as Response).status,
    ).toBe(403);
    expect(((await save(target.id, { intent: "reset-password", password: "įsilaužėlio slaptažodis" }, cookie)) as Response).status).toBe(
      403,
    );
    expect(
      ((await save(target.id, { email: target.email, name: target.name, role: "admin", active: "on" }, cookie)) as Response).status,
    ).toBe(403);
    expect(
      ((await save("new", { email: "isilauzelis@test.lt", name: "X", role: "admin", password: TEST_PASSWORD }, cookie)) as Response).status,
    ).toBe(403);
    expect(getUser(db, testOrgId(db), target.id)!.role).toBe("employee");
    expect(byEmail("isilauzelis@test.lt")).toBeUndefined();
  });
});
