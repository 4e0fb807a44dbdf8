// Access rows for the admin pages of employees and users, and of the automatic checks' accuracy: admin only, everyone else 403.
import { createEmployee } from "../../app/models/people/employee.server";
import { createUser } from "../../app/models/people/user.server";
import type { AccessArea } from "./types";
import { only } from "./types";

const PASSWORD = "matricos slaptažodis";

export const adminPeople: AccessArea = {
  setup: async (db, org) => {
    const employee = createEmployee(db, org.orgId, {
      firstName: "Matas",
      lastName: "Matricaitis",
      position: "Specialistas",
      departmentId: org.own.id,
      email: null,
      code: "ACCESS-1",
      active: true,
      userId: null,
    });
    const user = await createUser(db, org.orgId, {
      email: "matrica.klientas@test.lt",
      name: "Matricos Klientas",
      role: "mystery_shopper",
      active: true,
      departmentIds: [],
      password: PASSWORD,
    });
    return { peopleEmployee: employee.id, peopleUser: user.id, peopleDept: org.own.id };
  },
  rows: [
    { route: "routes/admin.autocheck", path: "/admin/autocheck", expect: only(["admin"]) },
    { route: "routes/admin.employees._index", path: "/admin/employees", expect: only(["admin"]) },
    {
      route: "routes/admin.employees._index",
      path: (f) => `/admin/employees?department=${f.peopleDept}&q=matr`,
      expect: only(["admin"]),
      // Another organisation's department filters nothing in: an empty list.
      otherOrg: { admin: 200 },
    },
    { route: "routes/admin.employees.$id", path: "/admin/employees/new", expect: only(["admin"]) },
    { route: "routes/admin.employees.$id", path: (f) => `/admin/employees/${f.peopleEmployee}`, expect: only(["admin"]) },
    { route: "routes/admin.employees.$id", path: "/admin/employees/999999", expect: only(["admin"], 404) },
    { route: "routes/admin.employees.$id", path: "/admin/employees/abc", expect: only(["admin"], 404) },
    {
      route: "routes/admin.employees.$id",
      path: "/admin/employees/new",
      method: "POST",
      form: (f) => ({
        firstName: "Naujas",
        lastName: "Matricinis",
        position: "Specialistas",
        departmentId: String(f.peopleDept),
        active: "on",
      }),
      expect: only(["admin"], 302),
      // Another organisation's department is not one of theirs: the form's error, nothing saved.
      otherOrg: { admin: 400 },
    },
    {
      route: "routes/admin.employees.$id",
      path: (f) => `/admin/employees/${f.peopleEmployee}`,
      method: "POST",
      form: (f) => ({
        firstName: "Matas",
        lastName: "Matricaitis",
        position: "Vyresnysis specialistas",
        departmentId: String(f.peopleDept),
        code: "ACCESS-1",
        active: "on",
      }),
      expect: only(["admin"], 302),
    },
    {
      route: "routes/admin.employees.$id",
      path: "/admin/employees/new",
      method: "POST",
      form: { firstName: "" },
      expect: only(["admin"], 400),
    },
    { route: "routes/admin.users._index", path: "/admin/users", expect: only(["admin"]) },
    { route: "routes/admin.users.$id", path: "/admin/users/new", expect: only(["admin"]) },
    { route: "routes/admin.users.$id", path: (f) => `/admin/users/${f.peopleUser}`, expect: only(["admin"]) },
    { route: "routes/admin.users.$id", path: "/admin/users/999999", expect: only(["admin"], 404) },
    {
      route: "routes/admin.users.$id",
      path: "/admin/users/new",
      method: "POST",
      form: { email: "matrica.naujas@test.lt", name: "Matricos Naujokas", role: "leadership", password: PASSWORD },
      expect: only(["admin"], 302),
      // Sign-in addresses are unique in the installation: the same address again is refused.
      otherOrg: { admin: 400 },
    },
    {
      route: "routes/admin.users.$id",
      path: (f) => `/admin/users/${f.peopleUser}`,
      method: "POST",
      form: { email: "matrica.klientas@test.lt", name: "Matricos Klientė", role: "mystery_shopper", active: "on" },
      expect: only(["admin"], 302),
    },
    {
      route: "routes/admin.users.$id",
      path: (f) => `/admin/users/${f.peopleUser}`,
      method: "POST",
      form: { intent: "reset-password", password: "naujas matricos slaptažodis" },
      expect: only(["admin"], 302),
    },
    { route: "routes/admin.users.$id", path: "/admin/users/new", method: "POST", form: { email: "x" }, expect: only(["admin"], 400) },
  ],
};
