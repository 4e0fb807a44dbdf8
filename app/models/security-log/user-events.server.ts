// The events of an administrator's change to a user: what changed of role, departments and
// active state, each as its own event, so that a filter by type finds it.
import type { Db } from "~/db.server";
import { recordSecurityEvent } from "./record.server";

type UserShape = { role: string; active: boolean; departmentIds: number[] };

/** Departments count for supervisors only (other roles keep none, whatever the form sent). */
const departmentsOf = (u: UserShape) => (u.role === "supervisor" ? [...new Set(u.departmentIds)].sort((a, b) => a - b).join(",") : "");

export function recordUserChanges(
  db: Db,
  request: Request,
  orgId: number,
  actorId: number,
  before: UserShape & { id: number },
  after: UserShape,
) {
  const event = { orgId, userId: before.id, actorId };
  if (before.role !== after.role)
    recordSecurityEvent(db, request, { ...event, type: "role_changed", detail: `${before.role} → ${after.role}` });
  const [was, is] = [departmentsOf(before), departmentsOf(after)];
  if (was !== is) recordSecurityEvent(db, request, { ...event, type: "scope_changed", detail: `departments ${was || "—"} → ${is || "—"}` });
  if (before.active !== after.active)
    recordSecurityEvent(db, request, { ...event, type: after.active ? "user_reactivated" : "user_deactivated" });
}
