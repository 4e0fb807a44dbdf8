// What the access log records about personal data. `view_dashboard` is the employee results
// page (its name predates the others and is kept for the rows already written).
export const ACCESS_ACTIONS = [
  "view_audit",
  "view_dashboard",
  "view_department",
  "export_dashboard",
  "export_audits",
  "export_person",
  "anonymise_person",
] as const;

export type AccessAction = (typeof ACCESS_ACTIONS)[number];

export function isAccessAction(value: unknown): value is AccessAction {
  return (ACCESS_ACTIONS as readonly unknown[]).includes(value);
}

/** The object of an entry, "kind:id" (e.g. "audit:12", "department:3"), read back. */
export function parseObject(object: string): { kind: string; id: number | null } {
  const [kind, rest] = object.split(":", 2);
  return { kind, id: rest && /^\d{1,12}$/.test(rest) ? Number(rest) : null };
}
