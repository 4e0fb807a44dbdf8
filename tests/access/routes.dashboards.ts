import { eq } from "drizzle-orm";
import { createEmployee } from "../../app/models/people/employee.server";
import { employees } from "../../db/schema";
import type { AccessArea, Outcome, Who } from "./types";
import { only } from "./types";

// Dashboards belong to an organisation: the platform roles see the programme view instead.
const staff = (o: Partial<Record<Who, Outcome>>): Record<Who, Outcome> => ({
  anonymous: "login",
  platform_admin: 403,
  programme_viewer: 403,
  admin: 200,
  leadership: 200,
  supervisor: 200,
  mystery_shopper: 403,
  employee: 404,
  ...o,
});

export const dashboards: AccessArea = {
  setup: (db, org) => {
    const person = (firstName: string, departmentId: number, userId: number | null = null) =>
      createEmployee(db, org.orgId, {
        firstName,
        lastName: "Skydelis",
        position: "Specialistė",
        departmentId,
        email: null,
        code: null,
        active: true,
        userId,
      });
    // The employee account's own record (another area may have linked one already).
    const linked = db.select({ id: employees.id }).from(employees).where(eq(employees.userId, org.users.employee.id)).get();
    const mine = linked ?? person("Mano", org.own.id, org.users.employee.id);
    return {
      dashOwnDept: org.own.id,
      dashOtherDept: org.other.id,
      dashMyEmployee: mine.id,
      dashOwnEmployee: person("Sava", org.own.id).id,
      dashOtherEmployee: person("Svetima", org.other.id).id,
    };
  },
  rows: [
    { route: "routes/dashboards._index", path: "/dashboards", expect: only(["admin", "leadership"]) },
    { route: "routes/dashboards._index", path: "/dashboards?from=2025-01&to=2025-06&channel=phone", expect: only(["admin", "leadership"]) },
    { route: "routes/dashboards.channels", path: "/dashboards/channels", expect: only(["admin", "leadership", "supervisor"]) },
    {
      route: "routes/dashboards.departments.$id",
      path: (f) => `/dashboards/departments/${f.dashOwnDept}`,
      expect: staff({ employee: 403 }),
    },
    {
      route: "routes/dashboards.departments.$id",
      path: (f) => `/dashboards/departments/${f.dashOtherDept}`,
      expect: staff({ supervisor: 404, employee: 403 }),
    },
    {
      route: "routes/dashboards.departments.$id",
      path: "/dashboards/departments/999999",
      expect: staff({ admin: 404, leadership: 404, supervisor: 404, employee: 403 }),
    },
    { route: "routes/dashboards.employees.$id", path: (f) => `/dashboards/employees/${f.dashOwnEmployee}`, expect: staff({}) },
    {
      route: "routes/dashboards.employees.$id",
      path: (f) => `/dashboards/employees/${f.dashOtherEmployee}`,
      expect: staff({ supervisor: 404 }),
    },
    {
      route: "routes/dashboards.employees.$id",
      path: (f) => `/dashboards/employees/${f.dashMyEmployee}`,
      expect: staff({ employee: 200 }),
    },
    {
      route: "routes/dashboards.employees.$id",
      path: "/dashboards/employees/999999",
      expect: staff({ admin: 404, leadership: 404, supervisor: 404 }),
    },
    {
      route: "routes/dashboards.me",
      path: "/dashboards/me",
      expect: {
        anonymous: "login",
        platform_admin: 403,
        programme_viewer: 403,
        admin: 404,
        leadership: 404,
        supervisor: 404,
        mystery_shopper: 403,
        employee: 302,
      },
      // The other organisation's employee account has no employee record.
      otherOrg: { employee: 404 },
    },
    { route: "routes/dashboards.csv", path: "/dashboards/csv?view=overview&table=departments", expect: only(["admin", "leadership"]) },
    {
      route: "routes/dashboards.csv",
      path: "/dashboards/csv?view=channels&table=channels",
      expect: only(["admin", "leadership", "supervisor"]),
    },
    {
      route: "routes/dashboards.csv",
      path: (f) => `/dashboards/csv?view=department&id=${f.dashOtherDept}&table=employees`,
      expect: staff({ supervisor: 404, employee: 403 }),
    },
    {
      route: "routes/dashboards.csv",
      path: (f) => `/dashboards/csv?view=employee&id=${f.dashMyEmployee}&table=audits`,
      expect: staff({ employee: 200 }),
    },
    {
      route: "routes/dashboards.csv",
      path: (f) => `/dashboards/csv?view=employee&id=${f.dashOwnEmployee}&table=audits`,
      expect: staff({}),
    },
  ],
};
