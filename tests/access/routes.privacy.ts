// Access rows for the privacy pages: the access log of personal data and the retention
// periods are the organisation administrator's alone; another organisation's administrator
// reads only their own log and sets only their own periods.
import type { AccessArea } from "./types";
import { only } from "./types";

export const privacy: AccessArea = {
  rows: [
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
