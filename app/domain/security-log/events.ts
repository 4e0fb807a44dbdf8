// What the security event log records (app/models/security-log). Pure data: the schema,
// the models, the page's filter and the CSV all use this list.
export const SECURITY_EVENT_TYPES = [
  "sign_in",
  "sign_in_failed",
  "sign_in_throttled",
  "sign_out",
  "password_changed",
  "password_set",
  "user_created",
  "role_changed",
  "scope_changed",
  "user_deactivated",
  "user_reactivated",
  "organisation_granted",
  "organisation_revoked",
  "organisation_deactivated",
  "two_factor_enrolled",
  "two_factor_disabled",
  "recovery_code_used",
  "two_factor_required_changed",
  "import",
  "export",
  "access_denied",
] as const;
export type SecurityEventType = (typeof SECURITY_EVENT_TYPES)[number];

export const isSecurityEventType = (value: string): value is SecurityEventType =>
  (SECURITY_EVENT_TYPES as readonly string[]).includes(value);

/** Events on one page of the log (the page and its pager both need it, so it is not server-only). */
export const SECURITY_LOG_PAGE_SIZE = 50;
