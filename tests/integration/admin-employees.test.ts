// Employees admin: create, edit, deactivate, link accounts, validation and access.
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "~/db.server";
import { updateDepartment } from "~/models/people/department.server";
import { action as editAction, loader as editLoader } from "~/routes/admin.employees.$id/route";
import { loader as listLoader } from "~/routes/admin.employees._index/route";
import { employees } from "../../db/schema";
import { testDb } from "../helpers/db";
import { getRequest, postRequest, settle } from "../helpers/requests";
import { makeDepartment, makeOrganisation, makeUser } from "../helpers/users";
import type { Role } from "../../db/schema";

let db: Db;
let org: Awaited<ReturnType<typeof makeOrganisation>>;

beforeAll(async () => {
  db = testDb();
  org = await makeOrganisation(db);
});

type Args = LoaderFunctionArgs & ActionFunctionArgs;
const args = (request: Request, id?: string) => ({ request, params: id ? { id } : {}, context: {} }) as Args;

function save(id: string, form: Record<string, string>, cookie = org.cookies.admin) {
  return settle(() => editAction(args(postRequest(`/admin/employees/${id}`, form, { cookie }), id)));
}

function list(query: string, cookie = org.cookies.admin) {
  return settle(() => listLoader(args(getRequest(`/admin/employees${query}`, { cookie }))));
}

/** A failed submission: `data(submission.reply(), { status: 400 })`. */
function rejected(result: unknown) {
  const r = result as { init?: { status?: number }; data?: { error?: Record<string, string[]> } };
  expect(r.init?.status).toBe(400);
  return r.data?.error ?? {};
}

function redirected(result: unknown, to: string) {
  expect(result).toBeInstanceOf(Response);
  const response = result as Response;
  expect(response.status).toBe(302);
  expect(response.headers.get("Location")).toBe(to);
}

const valid = () => ({
  firstName: "Ona",
  lastName: "Šimkutė",
  position: "Klientų aptarnavimo specialistė",
  departmentId: String(org.own.id),
  active: "on",
});

const byLastName = (lastName: string) => db.select().from(employees).where(eq(employees.lastName, lastName)).get();

describe("employees admin", () => {
  it("creates an employee, with e-mail in lower case, and redirects with a message", async () => {
    const result = await save("new", { ...valid(), email: " Ona.Simkute@Demo.LT ", code: "T-001" });
    redirected(result, "/admin/employees");
    expect((result as Response).headers.get("Set-Cookie")).toContain("etalonas_flash=");
    const saved = byLastName("Šimkutė")!;
    expect(saved).toMatchObject({ firstName: "Ona", email: "ona.simkute@demo.lt", code: "T-001", active: true, departmentId: org.own.id });
  });

  it("lists with department filter and a diacritic-insensitive name search", async () => {
    await save("new", { ...valid(), firstName: "Jonas", lastName: "Žukauskas", departmentId: String(org.other.id) });
    const all = (await list("")) as Awaited<ReturnType<typeof listLoader>>;
    expect(all.employees.map((e) => e.name)).toEqual(["Ona Šimkutė", "Jonas Žukauskas"]);
    const own = (await list(`?department=${org.own.id}`)) as Awaited<ReturnType<typeof listLoader>>;
    expect(own.employees.map((e) => e.name)).toEqual(["Ona Šimkutė"]);
    expect(own.filters.departmentId).toBe(org.own.id);
    const search = (await list("?q=ZUKAUS")) as Awaited<ReturnType<typeof listLoader>>;
    expect(search.employees.map((e) => e.name)).toEqual(["Jonas Žukauskas"]);
    const both = (await list(`?q=simkute&department=${org.other.id}`)) as Awaited<ReturnType<typeof listLoader>>;
    expect(both.employees).toEqual([]);
  });

  it("rejects missing and malformed fields with 400 and field errors", async () => {
    const errors = rejected(
      await save("new", { firstName: " ", lastName: "", position: "", departmentId: "", email: "ne-adresas", code: "a b" }),
    );
    expect(errors).toMatchObject({
      firstName: ["form.required"],
      lastName: ["form.required"],
      position: ["form.required"],
      departmentId: ["form.required"],
      email: ["form.invalidEmail"],
      code: ["admin.employee.codeFormat"],
    });
    const long = rejected(await save("new", { ...valid(), firstName: "A".repeat(81) }));
    expect(long.firstName).toEqual(['form.tooLong|{"max":80}']);
  });

  it("refuses a taken e-mail or code (case-insensitive)", async () => {
    const errors = rejected(await save("new", { ...valid(), lastName: "Kita", email: "ONA.SIMKUTE@demo.lt", code: "t-001" }));
    expect(errors.email).toEqual(["admin.employee.emailTaken"]);
    expect(errors.code).toEqual(["admin.employee.codeTaken"]);
    expect(byLastName("Kita")).toBeUndefined();
  });

  it("needs an existing, active department for a new employee", async () => {
    expect(rejected(await save("new", { ...valid(), departmentId: "999999" })).departmentId).toEqual(["admin.employee.departmentUnknown"]);
    const closed = makeDepartment(db, "UZD", "Uždarytas skyrius");
    const id = db
      .insert(employees)
      .values({ orgId: closed.orgId, firstName: "Rita", lastName: "Senoji", position: "X", departmentId: closed.id })
      .returning()
      .get().id;
    updateDepartment(db, closed.orgId, closed.id, { code: "UZD", name: "Uždarytas skyrius", active: false });
    expect(rejected(await save("new", { ...valid(), departmentId: String(closed.id) })).departmentId).toEqual([
      "admin.employee.departmentInactive",
    ]);
    // An employee who already belongs to it can still be edited there.
    redirected(await save(String(id), { ...valid(), lastName: "Senoji", departmentId: String(closed.id) }), "/admin/employees");
  });

  it("edits and deactivates an employee", async () => {
    const id = String(byLastName("Šimkutė")!.id);
    const form = await settle(() => editLoader(args(getRequest(`/admin/employees/${id}`, { cookie: org.cookies.admin }), id)));
    expect((form as Awaited<ReturnType<typeof editLoader>>).employee?.lastName).toBe("Šimkutė");
    // An unchecked checkbox is absent from the form: that deactivates.
    const { active: _active, ...inactive } = valid();
    redirected(await save(id, { ...inactive, position: "Vyresnioji specialistė", email: "ona.simkute@demo.lt" }), "/admin/employees");
    expect(byLastName("Šimkutė")).toMatchObject({
      active: false,
      position: "Vyresnioji specialistė",
      email: "ona.simkute@demo.lt",
      code: null,
    });
  });

  it("links only an employee-role account that is not linked elsewhere", async () => {
    const account = await makeUser(db, "employee");
    const id = String(byLastName("Šimkutė")!.id);
    const form = (await settle(() => editLoader(args(getRequest(`/admin/employees/${id}`, { cookie: org.cookies.admin }), id)))) as Awaited<
      ReturnType<typeof editLoader>
    >;
    expect(form.accounts.map((a) => a.id)).toContain(account.id);
    expect(form.accounts.map((a) => a.id)).not.toContain(org.users.supervisor.id);
    redirected(await save(id, { ...valid(), userId: String(account.id) }), "/admin/employees");
    expect(byLastName("Šimkutė")!.userId).toBe(account.id);
    const other = String(byLastName("Žukauskas")!.id);
    const taken = rejected(await save(other, { ...valid(), lastName: "Žukauskas", userId: String(account.id) }));
    expect(taken.userId).toEqual(["admin.employee.accountUnavailable"]);
    const wrongRole = rejected(await save(other, { ...valid(), lastName: "Žukauskas", userId: String(org.users.supervisor.id) }));
    expect(wrongRole.userId).toEqual(["admin.employee.accountUnavailable"]);
    const listed = (await list("?q=Šimkutė")) as Awaited<ReturnType<typeof listLoader>>;
    expect(listed.employees[0].account).toBe(account.email);
  });

  it("gives 404 for an unknown employee", async () => {
    const result = await settle(() => editLoader(args(getRequest("/admin/employees/999999", { cookie: org.cookies.admin }), "999999")));
    expect((result as Response).status).toBe(404);
    expect(((await save("999999", valid())) as Response).status).toBe(404);
  });

  it.each<Role>(["leadership", "supervisor", "mystery_shopper", "employee"])("refuses %s with 403", async (role) => {
    const cookie = org.cookies[role];
    expect(((await list("", cookie)) as Response).status).toBe(403);
    const id = String(byLastName("Šimkutė")!.id);
    const form = await settle(() => editLoader(args(getRequest(`/admin/employees/${id}`, { cookie }), id)));
    expect((form as Response).status).toBe(403);
    expect(((await save(id, { ...valid(), lastName: "Įsilaužėlė" }, cookie)) as Response).status).toBe(403);
    expect(((await save("new", { ...valid(), lastName: "Įsilaužėlė" }, cookie)) as Response).status).toBe(403);
    expect(byLastName("Įsilaužėlė")).toBeUndefined();
  });

  it("sends the signed-out to sign-in", async () => {
    const result = (await save("new", valid(), "")) as Response;
    expect(result.status).toBe(302);
    expect(result.headers.get("Location")).toMatch(/^\/login/);
  });
});
