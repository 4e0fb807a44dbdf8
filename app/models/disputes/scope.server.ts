// Who sees which dispute (and acknowledgement): the employee it is about, the supervisors of
// its department, leadership and administrators of its organisation, the platform
// administrator. Mystery shoppers and programme viewers see none.
import { eq, inArray, sql, type SQL } from "drizzle-orm";
import type { SessionUser } from "~/lib/auth.server";
import type { AuditRow } from "~/models/audits/audit.server";
import { disputes } from "../../../db/schema";

export function visibleDisputes(user: SessionUser): SQL | undefined {
  switch (user.role) {
    case "platform_admin":
      return undefined;
    case "admin":
    case "leadership":
      return user.orgId === null ? sql`0` : eq(disputes.orgId, user.orgId);
    case "supervisor":
      return user.departmentIds.length ? inArray(disputes.departmentId, user.departmentIds) : sql`0`;
    case "employee":
      return user.employeeId ? eq(disputes.employeeId, user.employeeId) : sql`0`;
    default:
      return sql`0`;
  }
}

type Scoped = { orgId: number; departmentId: number; employeeId: number | null };

export function canSeeDispute(user: SessionUser, d: Scoped): boolean {
  switch (user.role) {
    case "platform_admin":
      return true;
    case "admin":
    case "leadership":
      return d.orgId === user.orgId;
    case "supervisor":
      return user.departmentIds.includes(d.departmentId);
    case "employee":
      return user.employeeId !== null && d.employeeId === user.employeeId;
    default:
      return false;
  }
}

/** The audit is about the signed-in user (their linked roster entry). */
export const isAboutUser = (user: SessionUser, audit: AuditRow) => user.employeeId !== null && audit.employeeId === user.employeeId;

/** Leadership decides disputes of its organisation. */
export const canDecide = (user: SessionUser, d: Scoped) => user.role === "leadership" && d.orgId === user.orgId;

/** The supervisor of the audit's department gives the first opinion. */
export const canGiveOpinion = (user: SessionUser, d: Scoped) => user.role === "supervisor" && user.departmentIds.includes(d.departmentId);
