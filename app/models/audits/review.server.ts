// Review of submitted mystery-shopper audits by leadership and admin: publish, send back to
// the shopper, reject, and resolve an "unknown" employee. Publishing adds the audit to the
// aggregates in the same transaction.
import { and, asc, desc, eq, sql } from "drizzle-orm";
import type { ListSort } from "~/domain/lists/paging";
import type { Db } from "~/db.server";
import type { SessionUser } from "~/lib/auth.server";
import { canSeeAudit, visibleAudits } from "./access.server";
import { readAnswers } from "./answers.server";
import { AuditActionError, auditNotFound } from "./errors.server";
import { getAuditRow, type AuditRow } from "./audit.server";
import { withAuditStore, type AuditStore } from "./store.server";
import { audits, departments, employees } from "../../../db/schema";
import { notify } from "~/models/notifications/inbox.server";

export const REVIEWER_ROLES = ["admin", "leadership"] as const;

const isReviewer = (user: SessionUser) => (REVIEWER_ROLES as readonly string[]).includes(user.role);

/** A submitted mystery-shopper audit the user may review, or not_found. */
function reviewable(db: Db, user: SessionUser, auditId: number) {
  if (!isReviewer(user)) throw auditNotFound();
  const audit = getAuditRow(db, auditId);
  // Another organisation's audit does not exist for this reviewer.
  if (!audit || !canSeeAudit(user, audit) || audit.auditType !== "mystery_shopper" || audit.state === "draft") throw auditNotFound();
  if (audit.state !== "submitted") throw new AuditActionError("audits.error.notSubmitted");
  return audit;
}

/** The columns the review queue sorts by (?sort=…&dir=…); the oldest submission first by default. */
export const REVIEW_SORTS = ["submitted", "department", "score"] as const;
export type ReviewSort = ListSort<(typeof REVIEW_SORTS)[number]>;
export const DEFAULT_REVIEW_SORT: ReviewSort = { sort: "submitted", dir: "asc" };

const queueCondition = (user: SessionUser) =>
  and(visibleAudits(user), eq(audits.state, "submitted"), eq(audits.auditType, "mystery_shopper"));

/** How many audits wait for review. */
export function countReviewQueue(db: Db, user: SessionUser): number {
  if (!isReviewer(user)) return 0;
  return (
    db
      .select({ n: sql<number>`count(*)` })
      .from(audits)
      .where(queueCondition(user))
      .get()?.n ?? 0
  );
}

/** Submitted mystery-shopper audits of the reviewer's organisation, one page of them when limit is given. */
export function reviewQueue(db: Db, user: SessionUser, options: { sort?: ReviewSort; limit?: number; offset?: number } = {}) {
  if (!isReviewer(user)) return [];
  const { sort, dir } = options.sort ?? DEFAULT_REVIEW_SORT;
  const by = dir === "asc" ? asc : desc;
  const column = {
    submitted: audits.submittedAt,
    department: sql`lt_order(${departments.name})`,
    score: audits.score,
  }[sort];
  return (
    db
      .select({
        id: audits.id,
        checklistId: audits.checklistId,
        channel: audits.channel,
        departmentName: departments.name,
        interactionAt: audits.interactionAt,
        submittedAt: audits.submittedAt,
        score: audits.score,
        criticalFailure: audits.criticalFailure,
        employeeResolution: audits.employeeResolution,
      })
      .from(audits)
      .innerJoin(departments, eq(departments.id, audits.departmentId))
      .where(queueCondition(user))
      // Ties go oldest first, then by id, so that pages never overlap.
      .orderBy(by(column), asc(audits.submittedAt), asc(audits.id))
      .limit(options.limit ?? -1)
      .offset(options.offset ?? 0)
      .all()
  );
}

export type Resolution = { employeeId: number } | "department_only";

function applyResolution(db: Db, store: AuditStore, user: SessionUser, audit: AuditRow, resolution: Resolution) {
  let fields: Pick<AuditRow, "employeeId" | "employeeResolution"> = { employeeId: null, employeeResolution: "department_only" };
  if (resolution !== "department_only") {
    const employee = db
      .select()
      .from(employees)
      .where(and(eq(employees.id, resolution.employeeId), eq(employees.departmentId, audit.departmentId)))
      .get();
    if (!employee) throw new AuditActionError("audits.error.employee");
    fields = { employeeId: employee.id, employeeResolution: "roster" };
  }
  store.change(audit, fields, {
    actorId: user.id,
    action: "employee_resolved",
    details: { from: { employeeId: audit.employeeId, resolution: audit.employeeResolution }, to: resolution },
  });
}

/** Sets who served the shopper: a roster employee of the audit's department, or department only. */
export function resolveEmployee(db: Db, user: SessionUser, auditId: number, resolution: Resolution) {
  withAuditStore(db, (store, t) => {
    applyResolution(t, store, user, reviewable(t, user, auditId), resolution);
  });
}

/**
 * Publishes a submitted audit: optionally resolves the employee first, scores it again from
 * the stored answers, and adds it to the aggregates. An unresolved "unknown" employee blocks it.
 */
export function publishAudit(db: Db, user: SessionUser, auditId: number, options: { resolution?: Resolution; comment?: string } = {}) {
  withAuditStore(db, (store, t) => {
    let audit = reviewable(t, user, auditId);
    if (options.resolution) {
      applyResolution(t, store, user, audit, options.resolution);
      audit = getAuditRow(t, auditId)!;
    }
    if (audit.employeeResolution === "unknown") throw new AuditActionError("audits.error.unresolvedEmployee");
    store.finish(audit, readAnswers(t, auditId), "published", user.id, options.comment?.trim() || null);
  });
}

function closeWithComment(db: Db, user: SessionUser, auditId: number, to: "returned" | "rejected", comment: string) {
  const text = comment.trim();
  if (!text) throw new AuditActionError("audits.error.commentRequired");
  withAuditStore(db, (store, t) => {
    const audit = reviewable(t, user, auditId);
    store.change(
      audit,
      { state: to, reviewComment: text },
      { actorId: user.id, action: to, fromState: audit.state, toState: to, comment: text },
    );
    // The shopper is told in the app that the audit waits for their correction.
    if (to === "returned" && audit.auditorId !== null)
      notify(t, [audit.auditorId], "audit_returned", { audit: String(auditId) }, `/audits/${auditId}/edit`);
  });
}

/** Sends the audit back to its shopper with a comment; they correct and submit again. */
export function returnAudit(db: Db, user: SessionUser, auditId: number, comment: string) {
  closeWithComment(db, user, auditId, "returned", comment);
}

/** Rejects the audit for good, with the reason. */
export function rejectAudit(db: Db, user: SessionUser, auditId: number, reason: string) {
  closeWithComment(db, user, auditId, "rejected", reason);
}

/** The roster of a department, for resolving an employee. */
export function departmentRoster(db: Db, departmentId: number) {
  return db
    .select({
      id: employees.id,
      firstName: employees.firstName,
      lastName: employees.lastName,
      position: employees.position,
      active: employees.active,
    })
    .from(employees)
    .where(eq(employees.departmentId, departmentId))
    .orderBy(asc(employees.lastName), asc(employees.firstName))
    .all();
}
