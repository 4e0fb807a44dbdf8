// NUL and other control characters are refused in names and codes typed into the admin
// forms (issue 15, defect 7), with a field error and status 400, and nothing saved.
import { count } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { action as departmentAction } from "../../app/routes/admin.departments.$id/route";
import { action as employeeAction } from "../../app/routes/admin.employees.$id/route";
import { action as userAction } from "../../app/routes/admin.users.$id/route";
import { departments, employees, users } from "../../db/schema";
import { testDb } from "../helpers/db";
import { postRequest, routeArgs, settle } from "../helpers/requests";
import { makeOrganisation, TEST_PASSWORD } from "../helpers/users";

const db = testDb();
let org: Awaited<ReturnType<typeof makeOrganisation>>;
beforeAll(async () => {
  org = await makeOrganisation(db);
});

type Refused = { init?: { status?: number }; data?: { error?: Record<string, string[]>; result?: { error?: Record<string, string[]> } } };
const post = (path: string, form: Record<string, string>) => postRequest(path, form, { cookie: org.cookies.admin });
const rows = (table: typeof departments | typeof employees | typeof users) => db.select({ n: count() }).from(table).get()!.n;

describe("control characters in admin forms", () => {
  it("are refused in a department's name", async () => {
    const before = rows(departments);
    const result = (await settle(() =>
      departmentAction(routeArgs(post("/admin/departments/new", { code: "NUL", name: "Skyrius\u0000" }), { id: "new" })),
    )) as Refused;
    expect(result.init?.status).toBe(400);
    expect(result.data?.error?.name).toEqual(["form.controlCharacters"]);
    expect(rows(departments)).toBe(before);
  });

  it("are refused in an employee's names and position", async () => {
    const before = rows(employees);
    const form = {
      firstName: "Jo\u0000nas",
      lastName: "Pet\u001braitis",
      position: "Specialistas\u202E",
      departmentId: String(org.own.id),
    };
    const result = (await settle(() => employeeAction(routeArgs(post("/admin/employees/new", form), { id: "new" })))) as Refused;
    expect(result.init?.status).toBe(400);
    expect(result.data?.error).toMatchObject({
      firstName: ["form.controlCharacters"],
      lastName: ["form.controlCharacters"],
      position: ["form.controlCharacters"],
    });
    expect(rows(employees)).toBe(before);
  });

  it("are refused in a user's name", async () => {
    const before = rows(users);
    const form = { email: "nul@test.lt", name: "Vardas\u0000Pavardė", role: "employee", password: TEST_PASSWORD };
    const result = (await settle(() => userAction(routeArgs(post("/admin/users/new", form), { id: "new" })))) as Refused;
    expect(result.init?.status).toBe(400);
    expect(result.data?.result?.error?.name).toEqual(["form.controlCharacters"]);
    expect(rows(users)).toBe(before);
  });
});
