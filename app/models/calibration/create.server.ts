// Creating a session: the checklist and department must be the organisation's, the invited
// auditors its shoppers or supervisors.
import { and, eq, inArray, or } from "drizzle-orm";
import type { Db } from "~/db.server";
import type { Channel } from "~/domain/enums";
import type { SessionUser } from "~/lib/auth.server";
import { getFillableChecklist, listFillableChecklists } from "~/models/audits/checklists.server";
import { calibrationParticipants, calibrationSessions, departments, userOrganisations, users } from "../../../db/schema";
import { AUDITOR_ROLES } from "./access.server";

export type NewSession = {
  title: string;
  material: string;
  checklistId: string;
  departmentId: number;
  deadline: number;
  auditorIds: number[];
};

export type CreateProblem = "checklist" | "department" | "auditors";

/** The organisation's shoppers and supervisors who may be invited (active accounts). */
export function invitableAuditors(db: Db, orgId: number) {
  return db
    .select({ id: users.id, name: users.name, role: users.role })
    .from(users)
    .where(
      and(
        eq(users.active, true),
        inArray(users.role, [...AUDITOR_ROLES]),
        or(
          eq(users.orgId, orgId),
          inArray(users.id, db.select({ id: userOrganisations.userId }).from(userOrganisations).where(eq(userOrganisations.orgId, orgId))),
        ),
      ),
    )
    .orderBy(users.name)
    .all();
}

/** What the creation form offers. */
export function sessionFormOptions(db: Db, orgId: number) {
  return {
    checklists: listFillableChecklists(db, "mystery_shopper", orgId).map((c) => ({ id: c.id, title: c.checklist.title })),
    departments: db
      .select({ id: departments.id, name: departments.name })
      .from(departments)
      .where(and(eq(departments.orgId, orgId), eq(departments.active, true)))
      .orderBy(departments.name)
      .all(),
    auditors: invitableAuditors(db, orgId),
  };
}

/** Creates the session in one transaction; returns its id or what was wrong. */
export function createSession(db: Db, user: SessionUser, orgId: number, input: NewSession): { id: number } | { problem: CreateProblem } {
  return db.transaction((tx) => {
    const fillable = getFillableChecklist(tx, input.checklistId, "mystery_shopper", orgId);
    if (!fillable) return { problem: "checklist" as const };
    const department = tx.select().from(departments).where(eq(departments.id, input.departmentId)).get();
    if (!department?.active || department.orgId !== orgId) return { problem: "department" as const };
    const allowed = new Set(invitableAuditors(tx, orgId).map((a) => a.id));
    const invited = [...new Set(input.auditorIds)];
    if (invited.length < 2 || invited.some((id) => !allowed.has(id))) return { problem: "auditors" as const };
    const session = tx
      .insert(calibrationSessions)
      .values({
        orgId,
        title: input.title,
        material: input.material,
        checklistId: fillable.id,
        checklistVersionId: fillable.versionId,
        departmentId: department.id,
        channel: fillable.checklist.channels[0] as Channel,
        deadline: input.deadline,
        createdBy: user.id,
      })
      .returning({ id: calibrationSessions.id })
      .get();
    tx.insert(calibrationParticipants)
      .values(invited.map((userId) => ({ sessionId: session.id, userId })))
      .run();
    return { id: session.id };
  });
}
