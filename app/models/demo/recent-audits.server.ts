// The demo employee's journey after publishing (issue 19) needs audits about them that are
// still inside the dispute window. The generated year of audits may end weeks earlier for one
// person, so the seed adds two recent ones, through the audit store, with the answers of
// the latest generated audits about that employee (real, varied answers, failures included).
import { and, desc, eq, isNotNull } from "drizzle-orm";
import type { Db } from "~/db.server";
import { readAnswers } from "~/models/audits/answers.server";
import { insertCompletedAudit } from "~/models/audits/store.server";
import { audits, employees } from "../../../db/schema";

const HOUR = 3_600_000;

/** How many of an organisation's demo audits are these. */
export const RECENT_DEMO_AUDITS = 2;

export function addRecentAuditsAboutDemoEmployee(db: Db, orgId: number, count: number, now = Date.now()): number {
  const person = db
    .select({ id: employees.id })
    .from(employees)
    .where(and(eq(employees.orgId, orgId), isNotNull(employees.userId)))
    .get();
  if (!person) return 0;
  const latest = db
    .select()
    .from(audits)
    .where(and(eq(audits.employeeId, person.id), eq(audits.state, "published"), eq(audits.calibration, false)))
    .orderBy(desc(audits.interactionAt))
    .limit(count)
    .all();
  latest.forEach((source, k) => {
    const interactionAt = now - (48 + 24 * k) * HOUR;
    insertCompletedAudit(db, {
      checklistVersionId: source.checklistVersionId,
      auditType: source.auditType,
      channel: source.channel,
      departmentId: source.departmentId,
      employeeId: source.employeeId,
      auditorId: source.auditorId,
      actorId: source.auditorId,
      interactionAt,
      location: source.location,
      scenario: source.scenario,
      overallComment: source.overallComment,
      answers: readAnswers(db, source.id),
      state: "published",
      submittedAt: interactionAt + 2 * HOUR,
      publishedAt: interactionAt + 20 * HOUR,
      historyAt: interactionAt + 20 * HOUR,
    });
  });
  return latest.length;
}
