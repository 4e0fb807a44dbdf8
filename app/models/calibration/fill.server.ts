// An invited auditor's answers, written through the audit store as a calibration audit:
// scored like any audit, never counted in dashboards (countsInAggregates), never listed
// among audits or exported (visibleAudits, the export), about no employee.
import { and, eq } from "drizzle-orm";
import type { Db } from "~/db.server";
import { validateAnswers, type AnswerError, type RawAnswer } from "~/domain/scoring";
import type { SessionUser } from "~/lib/auth.server";
import { checklistForDepartment, getChecklistVersion } from "~/models/audits/checklists.server";
import { withAuditStore } from "~/models/audits/store.server";
import { calibrationParticipants, calibrationSessions } from "../../../db/schema";
import { CalibrationError, sessionNotFound } from "./access.server";

export type FillResult = { status: "submitted"; auditId: number } | { status: "invalid"; errors: AnswerError[] };

/** The participant's own submission, if any. */
export function ownParticipation(db: Db, user: SessionUser, sessionId: number) {
  return db
    .select()
    .from(calibrationParticipants)
    .where(and(eq(calibrationParticipants.sessionId, sessionId), eq(calibrationParticipants.userId, user.id)))
    .get();
}

export function submitCalibrationAnswers(db: Db, user: SessionUser, sessionId: number, answers: RawAnswer[]): FillResult {
  return withAuditStore(db, (store, tx) => {
    const session = tx.select().from(calibrationSessions).where(eq(calibrationSessions.id, sessionId)).get();
    const participation = ownParticipation(tx, user, sessionId);
    if (!session || !participation || !user.orgIds.includes(session.orgId)) throw sessionNotFound();
    if (session.state !== "open") throw new CalibrationError("calibration.error.closed");
    if (participation.auditId !== null) throw new CalibrationError("calibration.error.submitted");
    const checklist = checklistForDepartment(tx, session.checklistVersionId, session.departmentId);
    const errors = validateAnswers(checklist, answers, { requireComplete: true });
    if (errors.length) return { status: "invalid" as const, errors };
    const now = Date.now();
    const auditId = store.insert({
      checklistVersionId: session.checklistVersionId,
      auditType: "mystery_shopper",
      channel: session.channel,
      departmentId: session.departmentId,
      // A judged case, not a served person: calibration never scores an employee.
      employeeId: null,
      employeeResolution: "department_only",
      auditorId: user.id,
      interactionAt: session.createdAt,
      scenario: session.title,
      answers,
      state: "submitted",
      actorId: user.id,
      submittedAt: now,
      calibration: true,
    });
    tx.update(calibrationParticipants)
      .set({ auditId })
      .where(and(eq(calibrationParticipants.sessionId, sessionId), eq(calibrationParticipants.userId, user.id)))
      .run();
    return { status: "submitted" as const, auditId };
  });
}

/** The checklist version the session's auditors fill. */
export const sessionChecklist = (db: Db, session: { checklistVersionId: string }) => getChecklistVersion(db, session.checklistVersionId);
