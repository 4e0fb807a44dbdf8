// The closed sets of values the app is built around. Pure data: the database schema
// (db/schema*.ts), server code and components all import them from here.

/** Roles of a user account (the product brief's table). */
export const ROLES = ["platform_admin", "programme_viewer", "admin", "leadership", "supervisor", "mystery_shopper", "employee"] as const;
export type Role = (typeof ROLES)[number];
/** Roles within one organisation (what its administrator can give). */
export const ORG_ROLES = ["admin", "leadership", "supervisor", "mystery_shopper", "employee"] as const satisfies readonly Role[];
export type OrgRole = (typeof ORG_ROLES)[number];
/** Roles above the organisations: given by the platform administrator only. */
export const PLATFORM_ROLES = ["platform_admin", "programme_viewer"] as const satisfies readonly Role[];

/** Interface languages; Lithuanian is the default. */
export const LOCALES = ["lt", "en"] as const;
export type Locale = (typeof LOCALES)[number];

/** Where an audited interaction happened. */
export const CHANNELS = ["in_person", "phone", "email", "home_visit"] as const;
export type Channel = (typeof CHANNELS)[number];

/** Who audits: a mystery shopper, or a supervisor in a workplace inspection. */
export const AUDIT_TYPES = ["mystery_shopper", "supervisor"] as const;
export type AuditType = (typeof AUDIT_TYPES)[number];

/** An audit's life: a draft is submitted, then published, returned for changes or rejected. */
export const AUDIT_STATES = ["draft", "submitted", "returned", "published", "rejected"] as const;
export type AuditState = (typeof AUDIT_STATES)[number];

/** How the served employee was identified: from the roster, not at all, or only their department. */
export const EMPLOYEE_RESOLUTIONS = ["roster", "unknown", "department_only"] as const;
export type EmployeeResolution = (typeof EMPLOYEE_RESOLUTIONS)[number];

export function isOneOf<T extends string>(values: readonly T[], value: unknown): value is T {
  return typeof value === "string" && (values as readonly string[]).includes(value);
}

/** Leadership's decision on one disputed item (issue 19). */
export const DISPUTE_OUTCOMES = ["accepted", "partly_accepted", "rejected"] as const;
export type DisputeOutcome = (typeof DISPUTE_OUTCOMES)[number];

/** What an inbox message is about (issue 19). */
export const NOTIFICATION_KINDS = ["audit_returned", "dispute_opened", "dispute_decided"] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];
