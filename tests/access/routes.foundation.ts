import { createEmployee } from "../../app/models/people/employee.server";
import type { AccessArea } from "./types";
import { everyone, only, signedIn } from "./types";

export const foundation: AccessArea = {
  setup: (db, org) => {
    const ownEmployee = createEmployee(db, org.orgId, {
      firstName: "Ona",
      lastName: "Savaitė",
      position: "Specialistė",
      departmentId: org.own.id,
      email: null,
      code: null,
      active: true,
      userId: null,
    });
    const otherEmployee = createEmployee(db, org.orgId, {
      firstName: "Petras",
      lastName: "Kitas",
      position: "Specialistas",
      departmentId: org.other.id,
      email: null,
      code: null,
      active: true,
      userId: null,
    });
    return {
      ownDept: org.own.id,
      otherDept: org.other.id,
      ownEmployee: ownEmployee.id,
      otherEmployee: otherEmployee.id,
      adminUser: org.users.admin.id,
    };
  },
  rows: [
    { route: "routes/_index", path: "/", expect: signedIn(200) },
    {
      route: "routes/login",
      path: "/login",
      expect: { ...signedIn(302), anonymous: 200 },
    },
    {
      route: "routes/logout",
      path: "/logout",
      expect: everyone(302),
    },
    {
      route: "routes/settings.language",
      path: "/settings/language",
      expect: everyone(302),
    },
    {
      route: "routes/healthz",
      path: "/healthz",
      expect: everyone(200),
    },
    { route: "routes/admin.departments._index", path: "/admin/departments", expect: only(["admin"]) },
    { route: "routes/admin.departments.$id", path: (f) => `/admin/departments/${f.ownDept}`, expect: only(["admin"]) },
    { route: "routes/admin.departments.$id", path: "/admin/departments/new", expect: only(["admin"]) },
    { route: "routes/admin.departments.$id", path: "/admin/departments/999999", expect: only(["admin"], 404) },
    {
      route: "routes/admin.departments.$id",
      path: (f) => `/admin/departments/${f.ownDept}`,
      method: "POST",
      form: { code: "X1", name: "X" },
      expect: only(["admin"], 302),
    },
  ],
};
