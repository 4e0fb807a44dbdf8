// Departments admin list: each row counts the active employees of that department.
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "~/db.server";
import { createEmployee } from "~/models/people/employee.server";
import { loader } from "~/routes/admin.departments._index/route";
import { testDb } from "../helpers/db";
import { getRequest, routeArgs } from "../helpers/requests";
import { makeOrganisation, testOrgId } from "../helpers/users";

let db: Db;
let org: Awaited<ReturnType<typeof makeOrganisation>>;

beforeAll(async () => {
  db = testDb();
  org = await makeOrganisation(db);
});

function employee(departmentId: number, lastName: string, active = true) {
  return createEmployee(db, testOrgId(db), {
    firstName: "Test",
    lastName,
    position: "Specialistas",
    departmentId,
    email: null,
    code: null,
    userId: null,
    active,
  });
}

describe("departments list", () => {
  it("counts each department's own active employees", async () => {
    for (const name of ["A", "B", "C"]) employee(org.own.id, name);
    employee(org.own.id, "Išėjęs", false);
    employee(org.other.id, "D");
    const { departments } = await loader(routeArgs(getRequest("/admin/departments", { cookie: org.cookies.admin })) as never);
    const counts = Object.fromEntries(departments.map((d) => [d.id, d.employeeCount]));
    expect(counts[org.own.id]).toBe(3);
    expect(counts[org.other.id]).toBe(1);
  });
});
