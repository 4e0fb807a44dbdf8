// The navigation, per role: only what the role may use. Routes check access themselves;
// this only decides what is offered.
import type { MessageKey } from "~/i18n";
import { ORG_ROLES, type Role } from "~/domain/enums";

export type NavItem = {
  to: string;
  label: MessageKey;
  roles: readonly Role[];
  /** Offered only when the account is linked to an employee record. */
  needsEmployeeRecord?: boolean;
};

export const NAV_ITEMS: NavItem[] = [
  { to: "/", label: "nav.home", roles: [...ORG_ROLES, "platform_admin", "programme_viewer"] },
  { to: "/platform", label: "nav.organisations", roles: ["platform_admin"] },
  { to: "/audits", label: "nav.audits", roles: [...ORG_ROLES, "platform_admin"] },
  { to: "/review", label: "nav.review", roles: ["admin", "leadership"] },
  { to: "/inspections/new", label: "nav.inspections", roles: ["supervisor"] },
  { to: "/calibration", label: "nav.calibration", roles: ["admin", "leadership", "supervisor", "mystery_shopper"] },
  { to: "/dashboards", label: "nav.overview", roles: ["admin", "leadership"] },
  { to: "/disputes", label: "nav.disputes", roles: ["admin", "leadership", "supervisor", "employee", "platform_admin"] },
  { to: "/dashboards/channels", label: "nav.channels", roles: ["admin", "leadership", "supervisor"] },
  { to: "/dashboards/me", label: "nav.myResults", roles: ["employee"], needsEmployeeRecord: true },
  { to: "/programme", label: "nav.programme", roles: ["programme_viewer", "platform_admin"] },
  { to: "/checklists", label: "nav.checklists", roles: [...ORG_ROLES, "platform_admin", "programme_viewer"] },
  { to: "/admin/departments", label: "nav.departments", roles: ["admin"] },
  { to: "/admin/employees", label: "nav.employees", roles: ["admin"] },
  { to: "/admin/users", label: "nav.users", roles: ["admin"] },
  { to: "/admin/import", label: "nav.import", roles: ["admin"] },
  { to: "/admin/autocheck", label: "nav.autocheck", roles: ["admin"] },
  { to: "/admin/export", label: "nav.export", roles: ["admin", "leadership"] },
  { to: "/admin/organisation", label: "nav.organisation", roles: ["admin"] },
  { to: "/admin/access-log", label: "nav.accessLog", roles: ["admin"] },
  { to: "/admin/privacy-notice", label: "nav.privacyNotice", roles: ["admin"] },
  { to: "/inbox", label: "nav.inbox", roles: [...ORG_ROLES, "platform_admin", "programme_viewer"] },
  { to: "/admin/security-log", label: "nav.securityLog", roles: ["admin", "platform_admin"] },
];

export function navigationFor(role: Role, account: { employeeId?: number | null } = {}): NavItem[] {
  return NAV_ITEMS.filter((item) => item.roles.includes(role) && (!item.needsEmployeeRecord || !!account.employeeId));
}
