// Access rows for the privacy pages: the access log of personal data and the retention
// periods are the organisation administrator's alone; another organisation's administrator
// reads only their own log and sets only their own periods.
import { createEmployee } from "../../app/models/people/employee.server";
import type { AccessArea } from "./types";
import { only, signedIn } from "./types";

export const privacy: AccessArea = {
  // A person to anonymise, apart from the employee the other rows edit.
  setup: (db, org) => ({
    erasedEmployee: createEmployee(db, org.orgId, {
      firstName: "Tomas",
      lastName: "Trinamasis",
      position: "Specialistas",
      departmentId: org.own.id,
      email: null,
      code: "ERASE-1",
      active: false,
      userId: null,
    }).id,
  }),
  rows: [
    // The staff notice: every member of an organisation reads it; the platform's roles belong to none.
    { route: "routes/privacy", path: "/privacy", expect: { ...signedIn(200), platform_admin: 403, programme_viewer: 403 } },
    { route: "routes/admin.privacy-notice", path: "/admin/privacy-notice", expect: only(["admin"]) },
    {
      route: "routes/admin.privacy-notice",
      path: "/admin/privacy-notice",
      method: "POST",
      form: { purpose: "Kokybės stebėsena pagal standartą.", contact: "dap@example.lt" },
      expect: only(["admin"], 302),
    },
    {
      route: "routes/admin.privacy-notice",
      path: "/admin/privacy-notice",
      method: "POST",
      form: { purpose: "x".repeat(5001), contact: "" },
      expect: only(["admin"], 400),
    },
    // Everything held about a person, as a ZIP (a fresh sign-in counts as a recent password).
    {
      route: "routes/admin.employees.$id_.export[.]zip",
      path: (f) => `/admin/employees/${f.peopleEmployee}/export.zip`,
      expect: only(["admin"]),
    },
    { route: "routes/admin.employees.$id_.export[.]zip", path: "/admin/employees/999999/export.zip", expect: only(["admin"], 404) },
    {
      route: "routes/admin.employees.$id_.anonymise",
      path: (f) => `/admin/employees/${f.peopleEmployee}/anonymise`,
      expect: only(["admin"]),
    },
    { route: "routes/admin.employees.$id_.anonymise", path: "/admin/employees/999999/anonymise", expect: only(["admin"], 404) },
    {
      route: "routes/admin.employees.$id_.anonymise",
      path: (f) => `/admin/employees/${f.erasedEmployee}/anonymise`,
      method: "POST",
      form: {},
      expect: only(["admin"], 400),
    },
    {
      route: "routes/admin.employees.$id_.anonymise",
      path: (f) => `/admin/employees/${f.erasedEmployee}/anonymise`,
      method: "POST",
      form: { confirm: "on" },
      expect: only(["admin"], 302),
    },
    { route: "routes/admin.access-log", path: "/admin/access-log", expect: only(["admin"]) },
    {
      route: "routes/admin.access-log",
      path: (f) => `/admin/access-log?employee=${f.peopleEmployee}&action=view_audit&from=2026-01-01&to=2026-12-31&page=2`,
      expect: only(["admin"]),
      // Another organisation's employee filters nothing in: an empty log, no name shown.
      otherOrg: { admin: 200 },
    },
    { route: "routes/admin.access-log", path: "/admin/access-log?from=garbage&user=x", expect: only(["admin"]) },
    // Retention periods: a second form of the organisation settings page.
    {
      route: "routes/admin.organisation",
      path: "/admin/organisation",
      method: "POST",
      form: { intent: "retention", auditsMonths: "", accessLogMonths: "24", leaversMonths: "12" },
      expect: only(["admin"], 302),
    },
    {
      route: "routes/admin.organisation",
      path: "/admin/organisation",
      method: "POST",
      form: { intent: "retention", auditsMonths: "1", accessLogMonths: "24", leaversMonths: "12" },
      expect: only(["admin"], 400),
    },
  ],
};
