// Opening, commenting on and deciding a dispute. Each is one transaction: a refusal leaves
// nothing behind. The decision's corrections go through the audit store
// (applyDecidedCorrections), which re-scores the audit and moves its aggregates.
import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "~/db.server";
import { isWithinWindow, windowLastDay } from "~/domain/calendar/window";
import { isValidProposal, sameOutcome } from "~/domain/disputes/proposal";
import type { DisputeOutcome } from "~/domain/enums";
import { checklistItemMap, type RawAnswer } from "~/domain/scoring";
import type { SessionUser } from "~/lib/auth.server";
import { canSeeAudit } from "~/models/audits/access.server";
import { readAnswers } from "~/models/audits/answers.server";
import { getAuditRow, type AuditRow } from "~/models/audits/audit.server";
import { checklistForDepartment } from "~/models/audits/checklists.server";
import { applyDecidedCorrections } from "~/models/audits/correction.server";
import { AuditActionError } from "~/models/audits/errors.server";
import { notify } from "~/models/notifications/inbox.server";
import { accountOfEmployee, leadershipOf, supervisorsOf } from "~/models/notifications/recipients.server";
import { getOrganisation } from "~/models/organisations/organisation.server";
import { disputeItems, disputes } from "../../../db/schema";
import { DisputeError } from "./errors.server";
import { canDecide, canGiveOpinion, canSeeDispute, isAboutUser } from "./scope.server";

export type ProposedItem = { itemKey: string; proposed: RawAnswer | null; reason: string };
export type ItemDecision = { itemKey: string; outcome: DisputeOutcome | null; corrected: RawAnswer | null; reason: string };

/** The last day on which the audit may be disputed ("YYYY-MM-DD", Vilnius), and whether that is still ahead. */
export function disputeWindow(db: Db, audit: AuditRow, now = Date.now()) {
  if (audit.state !== "published" || audit.publishedAt === null) return null;
  const days = getOrganisation(db, audit.orgId)?.disputeWindowDays ?? 10;
  return { lastDay: windowLastDay(audit.publishedAt, days), open: isWithinWindow(audit.publishedAt, days, now) };
}

export function openDispute(db: Db, user: SessionUser, auditId: number, items: ProposedItem[], now = Date.now()): number {
  return db.transaction((tx) => {
    const audit = getAuditRow(tx, auditId);
    if (!audit || !canSeeAudit(user, audit)) throw new DisputeError("not_found", 404);
    if (!isAboutUser(user, audit) || audit.employeeId === null) throw new DisputeError("disputes.error.notYours", 403);
    if (audit.state !== "published") throw new DisputeError("disputes.error.notPublished");
    const window = disputeWindow(tx, audit, now)!;
    if (!window.open) throw new DisputeError("disputes.error.windowClosed", 400, { date: window.lastDay });
    if (tx.select({ id: disputes.id }).from(disputes).where(eq(disputes.auditId, auditId)).get())
      throw new DisputeError("disputes.error.alreadyDisputed", 409);
    if (!items.length) throw new DisputeError("disputes.error.noItems");
    const keys = items.map((i) => i.itemKey);
    if (new Set(keys).size !== keys.length) throw new DisputeError("disputes.error.itemTwice", 409);
    const checklistItems = checklistItemMap(checklistForDepartment(tx, audit.checklistVersionId, audit.departmentId));
    const answers = new Map(readAnswers(tx, auditId).map((a) => [a.key, a]));
    for (const item of items) {
      const definition = checklistItems.get(item.itemKey);
      if (!definition) throw new DisputeError("disputes.error.unknownItem");
      if (!item.proposed || !isValidProposal(definition, item.proposed)) throw new DisputeError("disputes.error.proposal");
      if (sameOutcome(item.proposed, answers.get(item.itemKey))) throw new DisputeError("disputes.error.sameAnswer");
      if (!item.reason.trim()) throw new DisputeError("disputes.error.reason");
    }
    const dispute = tx
      .insert(disputes)
      .values({
        auditId,
        orgId: audit.orgId,
        departmentId: audit.departmentId,
        employeeId: audit.employeeId,
        openedBy: user.id,
        openedAt: now,
      })
      .returning({ id: disputes.id })
      .get();
    for (const item of items)
      tx.insert(disputeItems)
        .values({
          disputeId: dispute.id,
          itemKey: item.itemKey,
          original: answers.get(item.itemKey) ?? { key: item.itemKey },
          proposed: { ...item.proposed!, key: item.itemKey },
          reason: item.reason.trim(),
        })
        .run();
    // Told in the app: the department's supervisors and the organisation's leadership.
    const recipients = [...supervisorsOf(tx, audit.departmentId), ...leadershipOf(tx, audit.orgId)];
    notify(tx, recipients, "dispute_opened", { audit: String(auditId) }, `/disputes/${dispute.id}`, now);
    return dispute.id;
  });
}

function openDisputeRow(db: Db, user: SessionUser, disputeId: number) {
  const dispute = db.select().from(disputes).where(eq(disputes.id, disputeId)).get();
  if (!dispute || !canSeeDispute(user, dispute)) throw new DisputeError("not_found", 404);
  return dispute;
}

/** The department supervisor's first opinion; may be rewritten until the dispute is decided. */
export function giveOpinion(db: Db, user: SessionUser, disputeId: number, opinion: string, now = Date.now()) {
  db.transaction((tx) => {
    const dispute = openDisputeRow(tx, user, disputeId);
    if (!canGiveOpinion(user, dispute)) throw new DisputeError("disputes.error.notSupervisor", 403);
    if (dispute.decidedAt !== null) throw new DisputeError("disputes.error.decided", 409);
    if (!opinion.trim()) throw new DisputeError("disputes.error.opinion");
    tx.update(disputes).set({ opinion: opinion.trim(), opinionBy: user.id, opinionAt: now }).where(eq(disputes.id, disputeId)).run();
  });
}

/**
 * Leadership's decision on every item at once, with a reason each. Accepted: the employee's
 * answer replaces the audit's; partly accepted: leadership's corrected answer does.
 */
export function decideDispute(db: Db, user: SessionUser, disputeId: number, decisions: ItemDecision[], now = Date.now()) {
  db.transaction((tx) => {
    const dispute = openDisputeRow(tx, user, disputeId);
    if (!canDecide(user, dispute)) throw new DisputeError("disputes.error.notLeadership", 403);
    if (dispute.decidedAt !== null) throw new DisputeError("disputes.error.decided", 409);
    const items = tx.select().from(disputeItems).where(eq(disputeItems.disputeId, disputeId)).all();
    const audit = getAuditRow(tx, dispute.auditId)!;
    const definitions = checklistItemMap(checklistForDepartment(tx, audit.checklistVersionId, audit.departmentId));
    const byKey = new Map(decisions.map((d) => [d.itemKey, d]));
    const corrections = [];
    for (const item of items) {
      const decision = byKey.get(item.itemKey);
      if (!decision?.outcome) throw new DisputeError("disputes.error.undecided");
      if (!decision.reason.trim()) throw new DisputeError("disputes.error.decisionReason");
      let corrected: RawAnswer | null = null;
      if (decision.outcome === "accepted") corrected = item.proposed;
      if (decision.outcome === "partly_accepted") {
        if (!decision.corrected || !isValidProposal(definitions.get(item.itemKey)!, decision.corrected))
          throw new DisputeError("disputes.error.corrected");
        corrected = decision.corrected;
      }
      if (corrected) {
        // The auditor's comment stays as evidence; without one, the decision's reason explains the answer.
        corrected = { ...corrected, key: item.itemKey, comment: item.original.comment ?? decision.reason.trim() };
        corrections.push({ itemKey: item.itemKey, answer: corrected, reason: decision.reason.trim(), disputeId });
      }
      tx.update(disputeItems)
        .set({ outcome: decision.outcome, corrected, decisionReason: decision.reason.trim() })
        .where(and(eq(disputeItems.disputeId, disputeId), eq(disputeItems.itemKey, item.itemKey)))
        .run();
    }
    const updated = tx
      .update(disputes)
      .set({ decidedBy: user.id, decidedAt: now })
      .where(and(eq(disputes.id, disputeId), isNull(disputes.decidedAt)))
      .run();
    if (!updated.changes) throw new DisputeError("disputes.error.decided", 409);
    try {
      applyDecidedCorrections(tx, dispute.auditId, corrections, user.id);
    } catch (error) {
      if (error instanceof AuditActionError) throw new DisputeError(error.messageKey === "not_found" ? "not_found" : error.messageKey, 400);
      throw error;
    }
    // The employee reads the decision on the dispute; the shopper, who cannot open disputes, on the audit.
    const params = { audit: String(dispute.auditId) };
    notify(tx, accountOfEmployee(tx, dispute.employeeId), "dispute_decided", params, `/disputes/${disputeId}`, now);
    if (audit.auditorId !== null) notify(tx, [audit.auditorId], "dispute_decided", params, `/audits/${dispute.auditId}`, now);
  });
}
