// Who may see which audit, and the data of the audit page and lists. Outside the user's
// scope an audit does not exist for them (undefined → 404). The policy is stated once, as
// grants (auditGrants); the SQL filter (visibleAudits) and the per-object check
// (canSeeAudit) are both derived from it:
//   anyone: the audits they wrote, any state · admin, leadership: all of their organisation
//   platform administrator: all · programme viewer: none (organisation-level stage scores only)
//   supervisor: published audits of their departments (and their own inspections)
//   employee: their own published audits, without the auditor's identity or the history
// Calibration audits are seen by nobody here: only through their session's results page
// (app/models/calibration), which keeps them blind until the session closes.
import { and, asc, desc, eq, inArray, notInArray, or, sql, type SQL } from "drizzle-orm";
import type { ListSort } from "~/domain/lists/paging";
import type { Db } from "~/db.server";
import type { Checklist } from "~/domain/checklists/schema";
import { departmentScope, type SessionUser } from "~/lib/auth.server";
import { readAnswers } from "./answers.server";
import { checklistForDepartment } from "./checklists.server";
import { versionLabel } from "~/models/checklists/version-label.server";
import { findScenario } from "~/models/checklists/scenario-library.server";
import type { AuditRow } from "./audit.server";
import {
  auditAcknowledgements,
  auditHistory,
  audits,
  disputes,
  auditSectionScores,
  checklistVersions,
  departments,
  employees,
  organisations,
  users,
  type AuditState,
} from "../../../db/schema";

/** One way to see audits: every condition must hold (a list: any of its values). `{}` is every audit. */
type Grant = { auditorId?: number; state?: AuditState; orgId?: number; departmentId?: number[]; employeeId?: number };

/** The access policy: a user sees an audit when any of their grants matches it. */
export function auditGrants(user: SessionUser): Grant[] {
  const own: Grant = { auditorId: user.id };
  switch (user.role) {
    case "platform_admin":
      return [{}];
    case "programme_viewer":
      return [];
    case "admin":
    case "leadership":
      return user.orgId === null ? [] : [{ orgId: user.orgId }];
    case "supervisor":
      return [own, { state: "published", departmentId: departmentScope(user) ?? [] }];
    case "employee":
      return user.employeeId ? [own, { state: "published", employeeId: user.employeeId }] : [own];
    case "mystery_shopper":
      return [own];
  }
}

const conditions = (g: Grant) => Object.entries(g) as [keyof Grant, Grant[keyof Grant]][];

/** The SQL condition for the audits a user may see (undefined: all of them). */
export function visibleAudits(user: SessionUser): SQL {
  const grants = auditGrants(user);
  if (!grants.length) return sql`0`;
  const notCalibration = eq(audits.calibration, false);
  if (grants.some((g) => conditions(g).length === 0)) return notCalibration;
  return and(
    notCalibration,
    or(...grants.map((g) => and(...conditions(g).map(([col, v]) => (Array.isArray(v) ? inArray(audits[col], v) : eq(audits[col], v!)))))),
  )!;
}

export function canSeeAudit(user: SessionUser, audit: AuditRow): boolean {
  if (audit.calibration) return false;
  return auditGrants(user).some((g) =>
    conditions(g).every(([col, v]) => (Array.isArray(v) ? v.includes(audit[col] as number) : audit[col] === v)),
  );
}

/** Whether the user sees who audited (an employee never learns the mystery shopper). */
export const seesAuditor = (user: SessionUser, audit: AuditRow) => user.role !== "employee" || audit.auditorId === user.id;

/** Everything the audit page shows, or undefined when the user may not see the audit. */
export function getAuditRecord(db: Db, user: SessionUser, id: number) {
  const audit = db.select().from(audits).where(eq(audits.id, id)).get();
  if (!audit || !canSeeAudit(user, audit)) return undefined;
  const checklist: Checklist = checklistForDepartment(db, audit.checklistVersionId, audit.departmentId);
  const department = db
    .select({ name: departments.name, code: departments.code })
    .from(departments)
    .where(eq(departments.id, audit.departmentId))
    .get()!;
  // The printed report's header: the audit's organisation and its details.
  const organisation = db
    .select({
      name: organisations.name,
      legalCode: organisations.legalCode,
      address: organisations.address,
      contact: organisations.contact,
    })
    .from(organisations)
    .where(eq(organisations.id, audit.orgId))
    .get()!;
  const employee = audit.employeeId
    ? (db
        .select({ id: employees.id, firstName: employees.firstName, lastName: employees.lastName, position: employees.position })
        .from(employees)
        .where(eq(employees.id, audit.employeeId))
        .get() ?? null)
    : null;
  const sections = db.select().from(auditSectionScores).where(eq(auditSectionScores.auditId, id)).all();
  const showAuditor = seesAuditor(user, audit);
  const auditor =
    showAuditor && audit.auditorId
      ? (db.select({ name: users.name }).from(users).where(eq(users.id, audit.auditorId)).get() ?? null)
      : null;
  const history = showAuditor
    ? db
        .select({
          id: auditHistory.id,
          at: auditHistory.at,
          action: auditHistory.action,
          fromState: auditHistory.fromState,
          toState: auditHistory.toState,
          comment: auditHistory.comment,
          details: auditHistory.details,
          actorName: users.name,
        })
        .from(auditHistory)
        .leftJoin(users, eq(users.id, auditHistory.actorId))
        .where(eq(auditHistory.auditId, id))
        .orderBy(auditHistory.at, auditHistory.id)
        .all()
    : [];
  const { auditorId: _a, clientKey: _c, unknownEmployeeDescription, reviewComment, ...rest } = audit;
  return {
    audit: {
      ...rest,
      auditorId: showAuditor ? audit.auditorId : null,
      unknownEmployeeDescription: showAuditor ? unknownEmployeeDescription : null,
      reviewComment: showAuditor ? reviewComment : null,
    },
    checklist,
    version: versionLabel(db, audit.checklistVersionId) ?? null,
    libraryScenario: findScenario(audit.scenarioKey)?.title ?? null,
    organisation,
    department,
    employee,
    auditor,
    answers: readAnswers(db, id),
    sectionScores: Object.fromEntries(sections.map((s) => [s.sectionKey, s.score])),
    history,
  };
}
export type AuditRecord = NonNullable<ReturnType<typeof getAuditRecord>>;

/** The audits list: what the user may see, optionally one state. */
export type AuditListFilter = { state?: AuditState; exceptStates?: AuditState[] };

/** The columns the audit list sorts by (in the URL: ?sort=…&dir=…); newest first by default. */
export const AUDIT_SORTS = ["date", "department", "score"] as const;
export type AuditSort = ListSort<(typeof AUDIT_SORTS)[number]>;
export const DEFAULT_AUDIT_SORT: AuditSort = { sort: "date", dir: "desc" };

function auditOrder({ sort, dir }: AuditSort) {
  const by = dir === "asc" ? asc : desc;
  const column = { date: audits.interactionAt, department: sql`lt_order(${departments.name})`, score: audits.score }[sort];
  // Ties (and a sort by something other than the date) fall back to newest first, then id, so pages never overlap.
  return [by(column), desc(audits.interactionAt), desc(audits.id)];
}

function listCondition(user: SessionUser, filter: AuditListFilter) {
  return and(
    visibleAudits(user),
    filter.state ? eq(audits.state, filter.state) : undefined,
    filter.exceptStates?.length ? notInArray(audits.state, filter.exceptStates) : undefined,
  );
}

/** How many audits the list would show without paging. */
export function countAudits(db: Db, user: SessionUser, filter: AuditListFilter = {}): number {
  return (
    db
      .select({ n: sql<number>`count(*)` })
      .from(audits)
      .where(listCondition(user, filter))
      .get()?.n ?? 0
  );
}

export function listAudits(
  db: Db,
  user: SessionUser,
  filter: AuditListFilter & { limit?: number; offset?: number; sort?: AuditSort } = {},
) {
  return db
    .select({
      id: audits.id,
      checklistId: audits.checklistId,
      titleLt: sql<string>`json_extract(${checklistVersions.content}, '$.title.lt')`,
      titleEn: sql<string>`json_extract(${checklistVersions.content}, '$.title.en')`,
      auditType: audits.auditType,
      channel: audits.channel,
      state: audits.state,
      departmentName: departments.name,
      employeeFirst: employees.firstName,
      employeeLast: employees.lastName,
      interactionAt: audits.interactionAt,
      score: audits.score,
      criticalFailure: audits.criticalFailure,
      reviewComment: sql<string | null>`case when ${audits.auditorId} = ${user.id} then ${audits.reviewComment} end`,
      inspectionId: audits.inspectionId,
      // After publishing (issue 19): whether the employee has read it, and a dispute not yet decided.
      acknowledged: sql<boolean>`exists (select 1 from ${auditAcknowledgements} where ${auditAcknowledgements.auditId} = ${audits.id})`,
      disputeOpen: sql<boolean>`exists (select 1 from ${disputes} where ${disputes.auditId} = ${audits.id} and ${disputes.decidedAt} is null)`,
    })
    .from(audits)
    .innerJoin(checklistVersions, eq(checklistVersions.id, audits.checklistVersionId))
    .innerJoin(departments, eq(departments.id, audits.departmentId))
    .leftJoin(employees, eq(employees.id, audits.employeeId))
    .where(listCondition(user, filter))
    .orderBy(...auditOrder(filter.sort ?? DEFAULT_AUDIT_SORT))
    .limit(filter.limit ?? 200)
    .offset(filter.offset ?? 0)
    .all();
}
