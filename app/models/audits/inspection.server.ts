// A supervisor's inspection of one of their departments: an appearance checklist per
// employee (or "absent"), a workplace checklist for the department, published on submit.
// Every function checks that the inspection is the supervisor's own and that every
// employee id belongs to the inspected department; anything else is not_found.
import { and, asc, eq, isNull } from "drizzle-orm";
import type { Db } from "~/db.server";
import { validateAnswers, type RawAnswer } from "~/domain/scoring";
import type { SessionUser } from "~/lib/auth.server";
import { readAnswers as readAnswersOf } from "./answers.server";
import { getChecklistVersion, getFillableChecklist } from "./checklists.server";
import { AuditActionError, auditNotFound } from "./errors.server";
import { recordHistory } from "./history.server";
import { getAuditRow } from "./audit.server";
import { withAuditStore, type AuditStore } from "./store.server";
import { audits, departments, employees, inspectionAttendance, inspections } from "../../../db/schema";

export type InspectionStart = {
  clientKey: string;
  departmentId: number;
  appearanceChecklistId: string | null;
  workplaceChecklistId: string | null;
};

/** Starts an inspection (or returns the one this form already started). */
export function startInspection(db: Db, user: SessionUser, input: InspectionStart) {
  if (user.role !== "supervisor" || !user.departmentIds.includes(input.departmentId)) throw auditNotFound();
  return db.transaction((t) => {
    const existing = t.select().from(inspections).where(eq(inspections.clientKey, input.clientKey)).get();
    if (existing) {
      if (existing.supervisorId !== user.id) throw new AuditActionError("audits.error.clientKey");
      return existing;
    }
    if (!input.appearanceChecklistId && !input.workplaceChecklistId) throw new AuditActionError("inspections.error.noChecklist");
    const department = t.select().from(departments).where(eq(departments.id, input.departmentId)).get();
    if (!department?.active) throw new AuditActionError("audits.error.department");
    for (const id of [input.appearanceChecklistId, input.workplaceChecklistId])
      if (id && !getFillableChecklist(t, id, "supervisor", department.orgId)) throw new AuditActionError("audits.error.checklist");
    const inspection = t
      .insert(inspections)
      .values({ ...input, supervisorId: user.id, inspectedAt: Date.now() })
      .returning()
      .get();
    if (input.appearanceChecklistId) {
      const staff = t
        .select({ id: employees.id })
        .from(employees)
        .where(and(eq(employees.departmentId, input.departmentId), eq(employees.active, true)))
        .all();
      if (staff.length)
        t.insert(inspectionAttendance)
          .values(staff.map((e) => ({ inspectionId: inspection.id, employeeId: e.id })))
          .run();
    }
    return inspection;
  });
}

/** The supervisor's own inspection, or not_found (also when they lost the department). */
function ownInspection(db: Db, user: SessionUser, id: number) {
  const inspection = db.select().from(inspections).where(eq(inspections.id, id)).get();
  if (!inspection || inspection.supervisorId !== user.id || !user.departmentIds.includes(inspection.departmentId)) throw auditNotFound();
  return inspection;
}

function openInspection(db: Db, user: SessionUser, id: number) {
  const inspection = ownInspection(db, user, id);
  if (inspection.state !== "draft") throw new AuditActionError("inspections.error.submitted");
  return inspection;
}

/** The walk-through: department, staff with attendance and their audit, the workplace audit. */
export function getInspection(db: Db, user: SessionUser, id: number) {
  let inspection;
  try {
    inspection = ownInspection(db, user, id);
  } catch {
    return undefined;
  }
  const department = db.select().from(departments).where(eq(departments.id, inspection.departmentId)).get()!;
  const staff = db
    .select({
      employeeId: employees.id,
      firstName: employees.firstName,
      lastName: employees.lastName,
      position: employees.position,
      status: inspectionAttendance.status,
    })
    .from(inspectionAttendance)
    .innerJoin(employees, eq(employees.id, inspectionAttendance.employeeId))
    .where(eq(inspectionAttendance.inspectionId, id))
    .orderBy(asc(employees.lastName), asc(employees.firstName))
    .all();
  const inspectionAudits = db.select().from(audits).where(eq(audits.inspectionId, id)).all();
  const auditOf = (employeeId: number | null) =>
    inspectionAudits.find((a) => a.employeeId === employeeId && (employeeId !== null || a.checklistId === inspection.workplaceChecklistId));
  return {
    inspection,
    department: { id: department.id, name: department.name, code: department.code },
    appearance: inspection.appearanceChecklistId ? checklistOf(db, inspection.appearanceChecklistId, department.orgId) : null,
    workplace: inspection.workplaceChecklistId ? checklistOf(db, inspection.workplaceChecklistId, department.orgId) : null,
    staff: staff.map((s) => ({ ...s, auditId: auditOf(s.employeeId)?.id ?? null })),
    workplaceAuditId: inspection.workplaceChecklistId ? (auditOf(null)?.id ?? null) : null,
  };
}

function checklistOf(db: Db, checklistId: string, orgId: number) {
  const fillable = getFillableChecklist(db, checklistId, "supervisor", orgId);
  if (fillable) return fillable;
  throw new AuditActionError("audits.error.checklist");
}

/** Stores one inspected subject's complete answers in its draft audit (created on first save). */
function storeAnswers(
  t: Db,
  store: AuditStore,
  user: SessionUser,
  inspection: typeof inspections.$inferSelect,
  checklistId: string,
  employeeId: number | null,
  answers: RawAnswer[],
) {
  const orgId = t.select({ orgId: departments.orgId }).from(departments).where(eq(departments.id, inspection.departmentId)).get()!.orgId;
  const { versionId, checklist } = checklistOf(t, checklistId, orgId);
  const errors = validateAnswers(checklist, answers, { requireComplete: true });
  if (errors.length) throw new AuditActionError("audits.error.incomplete", errors);
  let audit = t
    .select()
    .from(audits)
    .where(
      and(
        eq(audits.inspectionId, inspection.id),
        eq(audits.checklistId, checklistId),
        employeeId === null ? isNull(audits.employeeId) : eq(audits.employeeId, employeeId),
      ),
    )
    .get();
  if (!audit) {
    audit = store.insertDraft(
      {
        checklistId,
        checklistVersionId: versionId,
        auditType: "supervisor",
        channel: checklist.channels.includes("in_person") ? "in_person" : checklist.channels[0],
        departmentId: inspection.departmentId,
        employeeId,
        employeeResolution: employeeId ? "roster" : "department_only",
        auditorId: user.id,
        inspectionId: inspection.id,
        state: "draft",
        interactionAt: inspection.inspectedAt,
      },
      user.id,
    );
  } else {
    recordHistory(t, { auditId: audit.id, actorId: user.id, action: "edited" });
  }
  store.saveDraft(audit.id, getChecklistVersion(t, audit.checklistVersionId), answers);
  store.edited(audit.id);
  return audit;
}

/** An employee of this inspection (so of the inspected department), or not_found. */
function attendee(t: Db, inspectionId: number, departmentId: number, employeeId: number) {
  const row = t
    .select({ status: inspectionAttendance.status, departmentId: employees.departmentId })
    .from(inspectionAttendance)
    .innerJoin(employees, eq(employees.id, inspectionAttendance.employeeId))
    .where(and(eq(inspectionAttendance.inspectionId, inspectionId), eq(inspectionAttendance.employeeId, employeeId)))
    .get();
  if (!row || row.departmentId !== departmentId) throw auditNotFound();
  return row;
}

function setAttendance(t: Db, inspectionId: number, employeeId: number, status: "present" | "absent") {
  t.update(inspectionAttendance)
    .set({ status })
    .where(and(eq(inspectionAttendance.inspectionId, inspectionId), eq(inspectionAttendance.employeeId, employeeId)))
    .run();
}

/** Records an employee's appearance checklist (complete answers) and marks them present. */
export function recordInspectionEmployee(db: Db, user: SessionUser, inspectionId: number, employeeId: number, answers: RawAnswer[]) {
  withAuditStore(db, (store, t) => {
    const inspection = openInspection(t, user, inspectionId);
    attendee(t, inspectionId, inspection.departmentId, employeeId);
    if (!inspection.appearanceChecklistId) throw auditNotFound();
    storeAnswers(t, store, user, inspection, inspection.appearanceChecklistId, employeeId, answers);
    setAttendance(t, inspectionId, employeeId, "present");
  });
}

/** Marks an employee absent: not scored. A draft they already had is discarded. */
export function markEmployeeAbsent(db: Db, user: SessionUser, inspectionId: number, employeeId: number) {
  db.transaction((t) => {
    const inspection = openInspection(t, user, inspectionId);
    attendee(t, inspectionId, inspection.departmentId, employeeId);
    // Only an unsubmitted draft of this inspection is removed; its history goes with it.
    t.delete(audits)
      .where(and(eq(audits.inspectionId, inspectionId), eq(audits.employeeId, employeeId), eq(audits.state, "draft")))
      .run();
    setAttendance(t, inspectionId, employeeId, "absent");
  });
}

/** Records the workplace and premises checklist for the department. */
export function recordInspectionWorkplace(db: Db, user: SessionUser, inspectionId: number, answers: RawAnswer[]) {
  withAuditStore(db, (store, t) => {
    const inspection = openInspection(t, user, inspectionId);
    if (!inspection.workplaceChecklistId) throw auditNotFound();
    storeAnswers(t, store, user, inspection, inspection.workplaceChecklistId, null, answers);
  });
}

/**
 * Submits the inspection: every employee must be inspected or marked absent and the workplace
 * checklist filled; then all its audits are scored and published at once. Idempotent.
 */
export function submitInspection(db: Db, user: SessionUser, inspectionId: number) {
  return withAuditStore(db, (store, t) => {
    const inspection = ownInspection(t, user, inspectionId);
    if (inspection.state === "submitted") return { status: "already_submitted" as const };
    const pending = t
      .select({ id: inspectionAttendance.employeeId })
      .from(inspectionAttendance)
      .where(and(eq(inspectionAttendance.inspectionId, inspectionId), eq(inspectionAttendance.status, "pending")))
      .all();
    if (pending.length) throw new AuditActionError("inspections.error.pending");
    const drafts = t
      .select()
      .from(audits)
      .where(and(eq(audits.inspectionId, inspectionId), eq(audits.state, "draft")))
      .all();
    if (inspection.workplaceChecklistId && !drafts.some((a) => a.employeeId === null))
      throw new AuditActionError("inspections.error.workplace");
    if (drafts.length === 0) throw new AuditActionError("inspections.error.empty");
    for (const audit of drafts) {
      const answers = readAnswersOf(t, audit.id);
      store.finish(getAuditRow(t, audit.id)!, answers, "published", user.id);
    }
    t.update(inspections).set({ state: "submitted", submittedAt: Date.now() }).where(eq(inspections.id, inspectionId)).run();
    return { status: "submitted" as const };
  });
}

/** The supervisor's unfinished inspections, to resume. */
export function listOpenInspections(db: Db, user: SessionUser) {
  if (user.role !== "supervisor") return [];
  return db
    .select({ id: inspections.id, departmentName: departments.name, inspectedAt: inspections.inspectedAt })
    .from(inspections)
    .innerJoin(departments, eq(departments.id, inspections.departmentId))
    .where(and(eq(inspections.supervisorId, user.id), eq(inspections.state, "draft")))
    .orderBy(asc(inspections.inspectedAt))
    .all();
}
