// What a session's page shows. While open: the material, who has submitted (never what),
// and to the coordinator the reference answers. Once closed: item by item who answered
// what, the reference, α with its interval, percent agreement, each auditor's agreement
// with the reference (or the majority of the others), and the discussion notes.
import { asc, eq } from "drizzle-orm";
import type { Db } from "~/db.server";
import type { RawAnswer } from "~/domain/scoring";
import { agreementSummary, agreementWithReference, interpretAlpha, majorityOf, percentAgreement } from "~/domain/stats/agreement";
import type { SessionUser } from "~/lib/auth.server";
import { readAnswers } from "~/models/audits/answers.server";
import { calibrationNotes, calibrationParticipants, calibrationReferences, departments, users } from "../../../db/schema";
import { sessionFor } from "./access.server";
import { ownParticipation, sessionChecklist } from "./fill.server";
import { sessionUnits } from "./units.server";

export function getSessionView(db: Db, user: SessionUser, id: number) {
  const { session, coordinator } = sessionFor(db, user, id);
  const checklist = sessionChecklist(db, session);
  const participants = db
    .select({ userId: users.id, name: users.name, auditId: calibrationParticipants.auditId })
    .from(calibrationParticipants)
    .innerJoin(users, eq(users.id, calibrationParticipants.userId))
    .where(eq(calibrationParticipants.sessionId, id))
    .orderBy(asc(users.name))
    .all();
  const department = db.select({ name: departments.name }).from(departments).where(eq(departments.id, session.departmentId)).get();
  const closed = session.state === "closed";
  // The reference stays with the coordinator until the session closes: it would unblind the auditors.
  const references =
    closed || coordinator
      ? new Map(
          db
            .select({ key: calibrationReferences.itemKey, value: calibrationReferences.value })
            .from(calibrationReferences)
            .where(eq(calibrationReferences.sessionId, id))
            .all()
            .map((r) => [r.key, r.value]),
        )
      : new Map<string, number>();
  const own = coordinator ? undefined : ownParticipation(db, user, id);
  return {
    session,
    coordinator,
    checklist,
    departmentName: department?.name ?? "",
    participants: participants.map((p) => ({ userId: p.userId, name: p.name, submitted: p.auditId !== null })),
    invited: !!own,
    ownSubmitted: own?.auditId != null,
    references: Object.fromEntries(references),
    results: closed ? sessionResults(db, id, checklist, participants, references) : null,
  };
}

type Participant = { userId: number; name: string; auditId: number | null };

function sessionResults(
  db: Db,
  sessionId: number,
  checklist: ReturnType<typeof sessionChecklist>,
  participants: Participant[],
  references: Map<string, number>,
) {
  const submitted = participants.filter((p): p is Participant & { auditId: number } => p.auditId !== null);
  const { items, data, raters } = sessionUnits(db, checklist, submitted);
  const summary = agreementSummary(data, "ordinal");
  const reference = references.size ? items.map((item) => references.get(item.key) ?? null) : null;
  const answersByRater = new Map(submitted.map((p) => [String(p.userId), new Map(readAnswers(db, p.auditId).map((a) => [a.key, a]))]));
  const notes = db
    .select({
      id: calibrationNotes.id,
      itemKey: calibrationNotes.itemKey,
      text: calibrationNotes.text,
      createdAt: calibrationNotes.createdAt,
      author: users.name,
    })
    .from(calibrationNotes)
    .innerJoin(users, eq(users.id, calibrationNotes.authorId))
    .where(eq(calibrationNotes.sessionId, sessionId))
    .orderBy(asc(calibrationNotes.createdAt), asc(calibrationNotes.id))
    .all();
  return {
    summary,
    verdict: interpretAlpha(summary.alpha),
    againstReference: reference !== null,
    auditors: agreementWithReference(data, raters, reference).map((a) => ({
      ...a,
      name: submitted.find((p) => String(p.userId) === a.rater)!.name,
    })),
    items: items.map((item, i) => ({
      key: item.key,
      percentAgreement: percentAgreement([data[i]]),
      reference: references.get(item.key) ?? null,
      answers: submitted.map((p) => {
        const rater = String(p.userId);
        const value = data[i].get(rater) ?? null;
        // What this answer is compared with: the reference, or the other auditors' majority.
        const target = reference ? reference[i] : majorityOf([...data[i]].filter(([other]) => other !== rater).map(([, v]) => v));
        return {
          name: p.name,
          answer: (answersByRater.get(rater)!.get(item.key) ?? null) as RawAnswer | null,
          value,
          deviates: value !== null && target !== null && value !== target,
        };
      }),
    })),
    notes,
  };
}

export type SessionView = ReturnType<typeof getSessionView>;
