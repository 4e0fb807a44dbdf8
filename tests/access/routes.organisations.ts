// Organisations (issue 16): the platform administrator's pages and the organisation's own settings page.
import type { AccessArea } from "./types";
import { only } from "./types";

export const organisations: AccessArea = {
  setup: (_db, org) => ({ ownOrg: org.orgId }),
  rows: [
    { route: "routes/platform._index", path: "/platform", expect: only(["platform_admin"]) },
    { route: "routes/platform.organisations.$id", path: "/platform/organisations/new", expect: only(["platform_admin"]) },
    { route: "routes/platform.organisations.$id", path: (f) => `/platform/organisations/${f.ownOrg}`, expect: only(["platform_admin"]) },
    { route: "routes/platform.organisations.$id", path: "/platform/organisations/999999", expect: only(["platform_admin"], 404) },
    {
      route: "routes/platform.organisations.$id",
      path: (f) => `/platform/organisations/${f.ownOrg}`,
      method: "POST",
      form: { intent: "grant", email: "nobody@test.lt" },
      expect: only(["platform_admin"], 400),
      // The platform pages are the platform administrator's alone: another organisation's users are refused by role.
      otherOrg: {},
    },
    {
      route: "routes/platform.organisations.$id",
      path: "/platform/organisations/new",
      method: "POST",
      form: { code: "" },
      expect: only(["platform_admin"], 400),
    },
    { route: "routes/admin.organisation", path: "/admin/organisation", expect: only(["admin"]) },
    {
      route: "routes/admin.organisation",
      path: "/admin/organisation",
      method: "POST",
      form: { name: "" },
      expect: only(["admin"], 400),
    },
  ],
};
