// The disputes the access rows of tests/access/routes.disputes.ts point at, in the seeded
// demo database: one opened by the demo employee on the newest audit about them (the demo
// adds recent ones, still inside the window), another audit about them left undisputed, and
// a dispute of another department (TPS), outside the demo supervisor's scope.
import { and, desc, eq } from "drizzle-orm";
import type { Db } from "../../app/db.server";
import { loadSessionUser } from "../../app/lib/auth.server";
import { readAnswers } from "../../app/models/audits/answers.server";
import { openDispute } from "../../app/models/disputes/dispute.server";
import type { RawAnswer } from "../../app/domain/scoring";
import { audits, disputeItems, disputes } from "../../db/schema";

/** Another answer for a choice item: what an employee would claim instead. */
function otherChoice(answers: RawAnswer[]): RawAnswer {
  const a = answers.find((x) => x.choice === "no" || x.choice === "partial") ?? answers.find((x) => x.choice === "yes")!;
  return { key: a.key, choice: a.choice === "yes" ? "no" : "yes" };
}

export function disputeFixtures(db: Db, employeeUserId: number, mine: number, otherDept: number) {
  const newest = db
    .select()
    .from(audits)
    .where(and(eq(audits.employeeId, mine), eq(audits.state, "published")))
    .orderBy(desc(audits.publishedAt))
    .limit(2)
    .all();
  const proposed = otherChoice(readAnswers(db, newest[0].id));
  const dispute = openDispute(db, loadSessionUser(db, employeeUserId)!, newest[0].id, [
    { itemKey: proposed.key, proposed, reason: "Manau, kad atsakymas kitas." },
  ]);
  // The other department's employees have no accounts in the demo: their dispute is written as stored.
  const foreign = db
    .select()
    .from(audits)
    .where(and(eq(audits.departmentId, otherDept), eq(audits.state, "published")))
    .orderBy(desc(audits.publishedAt))
    .get()!;
  const foreignProposal = otherChoice(readAnswers(db, foreign.id));
  const otherDispute = db
    .insert(disputes)
    .values({
      auditId: foreign.id,
      orgId: foreign.orgId,
      departmentId: foreign.departmentId,
      employeeId: foreign.employeeId!,
      openedBy: employeeUserId,
      openedAt: Date.now(),
    })
    .returning()
    .get().id;
  db.insert(disputeItems)
    .values({
      disputeId: otherDispute,
      itemKey: foreignProposal.key,
      original: { key: foreignProposal.key },
      proposed: foreignProposal,
      reason: "—",
    })
    .run();
  return { dispute, otherDispute, undisputedAudit: newest[1].id };
}
