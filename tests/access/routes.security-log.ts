import type { AccessArea } from "./types";
import { only } from "./types";

// The security log: an organisation's administrator reads its own events, the platform
// administrator everybody's (and those of no organisation); nobody else. The other
// organisation's administrator gets the page too, with only their organisation's events
// (tests/integration/security-log.test.ts checks what is in it).
export const securityLog: AccessArea = {
  rows: [
    { route: "routes/admin.security-log", path: "/admin/security-log", expect: only(["admin", "platform_admin"]) },
    {
      route: "routes/admin.security-log",
      path: "/admin/security-log?type=sign_in&user=admin&from=2026-01-01&to=2026-12-31&page=2",
      expect: only(["admin", "platform_admin"]),
    },
    { route: "routes/admin.security-log[.]csv", path: "/admin/security-log.csv", expect: only(["admin", "platform_admin"]) },
  ],
};
