// Issue 20 (leadership insight): the XLSX download of a dashboard table follows the same
// rules as its CSV (tests/access/routes.dashboards.ts sets up the fixtures used here).
import type { AccessArea, Outcome, Who } from "./types";
import { only } from "./types";

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

export const insight: AccessArea = {
  rows: [
    { route: "routes/dashboards.xlsx", path: "/dashboards/xlsx?view=overview&table=departments", expect: only(["admin", "leadership"]) },
    {
      route: "routes/dashboards.xlsx",
      path: "/dashboards/xlsx?view=channels&table=channels",
      expect: only(["admin", "leadership", "supervisor"]),
    },
    {
      route: "routes/dashboards.xlsx",
      path: (f) => `/dashboards/xlsx?view=department&id=${f.dashOtherDept}&table=employees`,
      expect: staff({ supervisor: 404, employee: 403 }),
    },
    {
      route: "routes/dashboards.xlsx",
      path: (f) => `/dashboards/xlsx?view=employee&id=${f.dashMyEmployee}&table=audits`,
      expect: staff({ employee: 200 }),
    },
    {
      route: "routes/dashboards.xlsx",
      path: (f) => `/dashboards/xlsx?view=employee&id=${f.dashOwnEmployee}&table=audits`,
      expect: staff({}),
    },
  ],
};
