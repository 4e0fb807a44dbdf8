// Reading disputes within the user's scope (scope.server.ts): one dispute with its items,
// the list, and the outcomes by auditor, item and checklist (the items most often
// overturned are the first candidates for clearer guidance and calibration).
import { and, desc, eq, isNotNull, isNull, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import type { Db } from "~/db.server";
import type { SessionUser } from "~/lib/auth.server";
import { getAuditRecord } from "~/models/audits/access.server";
import { audits, checklistVersions, departments, disputeItems, disputes, employees, users } from "../../../db/schema";
import { canDecide, canGiveOpinion, canSeeDispute, visibleDisputes } from "./scope.server";

const opinionUser = alias(users, "opinion_user");
const decidedUser = alias(users, "decided_user");

/** A dispute with its items and the audit it is about; undefined outside the user's scope. */
export function getDispute(db: Db, user: SessionUser, id: number) {
  const row = db
    .select({
      dispute: disputes,
      opinionByName: opinionUser.name,
      decidedByName: decidedUser.name,
    })
    .from(disputes)
    .leftJoin(opinionUser, eq(opinionUser.id, disputes.opinionBy))
    .leftJoin(decidedUser, eq(decidedUser.id, disputes.decidedBy))
    .where(eq(disputes.id, id))
    .get();
  if (!row || !canSeeDispute(user, row.dispute)) return undefined;
  const record = getAuditRecord(db, user, row.dispute.auditId);
  if (!record) return undefined;
  const items = db.select().from(disputeItems).where(eq(disputeItems.disputeId, id)).orderBy(disputeItems.itemKey).all();
  return {
    ...row,
    record,
    items,
    canGiveOpinion: canGiveOpinion(user, row.dispute) && row.dispute.decidedAt === null,
    canDecide: canDecide(user, row.dispute) && row.dispute.decidedAt === null,
  };
}
export type DisputeView = NonNullable<ReturnType<typeof getDispute>>;

/** The audit's dispute (id and whether decided), if the user may see it. */
export function disputeOfAudit(db: Db, user: SessionUser, auditId: number) {
  const row = db.select().from(disputes).where(eq(disputes.auditId, auditId)).get();
  return row && canSeeDispute(user, row) ? { id: row.id, decided: row.decidedAt !== null } : null;
}

export function listDisputes(db: Db, user: SessionUser, { open, limit = 50 }: { open?: boolean; limit?: number } = {}) {
  return db
    .select({
      id: disputes.id,
      auditId: disputes.auditId,
      openedAt: disputes.openedAt,
      decidedAt: disputes.decidedAt,
      hasOpinion: sql<boolean>`${disputes.opinion} is not null`,
      departmentName: departments.name,
      employeeFirst: employees.firstName,
      employeeLast: employees.lastName,
      items: sql<number>`(select count(*) from ${disputeItems} where ${disputeItems.disputeId} = ${disputes.id})`,
    })
    .from(disputes)
    .innerJoin(departments, eq(departments.id, disputes.departmentId))
    .innerJoin(employees, eq(employees.id, disputes.employeeId))
    .where(and(visibleDisputes(user), open === undefined ? undefined : open ? isNull(disputes.decidedAt) : isNotNull(disputes.decidedAt)))
    .orderBy(desc(disputes.openedAt), desc(disputes.id))
    .limit(limit)
    .all();
}

const counts = {
  items: sql<number>`count(*)`,
  accepted: sql<number>`sum(${disputeItems.outcome} = 'accepted')`,
  partly: sql<number>`sum(${disputeItems.outcome} = 'partly_accepted')`,
  rejected: sql<number>`sum(${disputeItems.outcome} = 'rejected')`,
};

/**
 * Decided items counted by auditor, by item and by checklist, most overturned first. Only
 * for those who see auditors (not employees).
 */
export function disputeOutcomes(db: Db, user: SessionUser) {
  const scope = and(visibleDisputes(user), isNotNull(disputeItems.outcome));
  const overturned = sql`sum(${disputeItems.outcome} != 'rejected')`;
  const byAuditor = db
    .select({ name: sql<string>`coalesce(${users.name}, '—')`, ...counts })
    .from(disputeItems)
    .innerJoin(disputes, eq(disputes.id, disputeItems.disputeId))
    .innerJoin(audits, eq(audits.id, disputes.auditId))
    .leftJoin(users, eq(users.id, audits.auditorId))
    .where(scope)
    .groupBy(audits.auditorId)
    .orderBy(desc(overturned))
    .limit(50)
    .all();
  const byItem = db
    .select({ checklistId: audits.checklistId, itemKey: disputeItems.itemKey, ...counts })
    .from(disputeItems)
    .innerJoin(disputes, eq(disputes.id, disputeItems.disputeId))
    .innerJoin(audits, eq(audits.id, disputes.auditId))
    .where(scope)
    .groupBy(audits.checklistId, disputeItems.itemKey)
    .orderBy(desc(overturned))
    .limit(50)
    .all();
  const byChecklist = db
    .select({
      checklistId: audits.checklistId,
      titleLt: sql<string>`max(json_extract(${checklistVersions.content}, '$.title.lt'))`,
      titleEn: sql<string>`max(json_extract(${checklistVersions.content}, '$.title.en'))`,
      ...counts,
    })
    .from(disputeItems)
    .innerJoin(disputes, eq(disputes.id, disputeItems.disputeId))
    .innerJoin(audits, eq(audits.id, disputes.auditId))
    .innerJoin(checklistVersions, eq(checklistVersions.id, audits.checklistVersionId))
    .where(scope)
    .groupBy(audits.checklistId)
    .orderBy(desc(overturned))
    .all();
  return { byAuditor, byItem, byChecklist };
}
