// Who may do what in a calibration session. Coordinators are the organisation's
// administrators and leadership; participants are the auditors invited. Anyone else (and
// anyone of another organisation) gets not_found, so a session's existence is not revealed.
import { and, desc, eq, exists, or } from "drizzle-orm";
import type { Db } from "~/db.server";
import type { SessionUser } from "~/lib/auth.server";
import { calibrationParticipants, calibrationSessions } from "../../../db/schema";

export type CalibrationSession = typeof calibrationSessions.$inferSelect;

export class CalibrationError extends Error {
  constructor(
    readonly messageKey:
      "not_found" | "calibration.error.closed" | "calibration.error.submitted" | "calibration.error.open" | "calibration.error.noteEmpty",
  ) {
    super(messageKey);
  }
}
export const sessionNotFound = () => new CalibrationError("not_found");

/** Roles that run sessions (in their own organisation). */
export const COORDINATOR_ROLES = ["admin", "leadership"] as const;
/** Roles that may be invited to judge. */
export const AUDITOR_ROLES = ["mystery_shopper", "supervisor"] as const;

export const isCoordinatorOf = (user: SessionUser, session: { orgId: number }) =>
  (COORDINATOR_ROLES as readonly string[]).includes(user.role) && user.orgId === session.orgId;

export function isParticipant(db: Db, user: SessionUser, sessionId: number): boolean {
  return !!db
    .select({ id: calibrationParticipants.userId })
    .from(calibrationParticipants)
    .where(and(eq(calibrationParticipants.sessionId, sessionId), eq(calibrationParticipants.userId, user.id)))
    .get();
}

/** The session if the user coordinates it or was invited to it; otherwise not_found. */
export function sessionFor(db: Db, user: SessionUser, id: number) {
  const session = db.select().from(calibrationSessions).where(eq(calibrationSessions.id, id)).get();
  if (!session) throw sessionNotFound();
  const coordinator = isCoordinatorOf(user, session);
  if (!coordinator && !(user.orgIds.includes(session.orgId) && isParticipant(db, user, id))) throw sessionNotFound();
  return { session, coordinator };
}

/** Sessions the user coordinates or was invited to, newest first. */
export function listSessions(db: Db, user: SessionUser) {
  const invited = exists(
    db
      .select({ one: calibrationParticipants.userId })
      .from(calibrationParticipants)
      .where(and(eq(calibrationParticipants.sessionId, calibrationSessions.id), eq(calibrationParticipants.userId, user.id))),
  );
  const coordinated =
    (COORDINATOR_ROLES as readonly string[]).includes(user.role) && user.orgId !== null
      ? eq(calibrationSessions.orgId, user.orgId)
      : undefined;
  return db
    .select({
      id: calibrationSessions.id,
      title: calibrationSessions.title,
      state: calibrationSessions.state,
      deadline: calibrationSessions.deadline,
      checklistId: calibrationSessions.checklistId,
    })
    .from(calibrationSessions)
    .where(coordinated ? or(coordinated, invited) : invited)
    .orderBy(desc(calibrationSessions.createdAt), desc(calibrationSessions.id))
    .limit(200)
    .all();
}
