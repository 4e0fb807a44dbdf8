// A decided correction of a published audit (an accepted or partly accepted dispute item):
// the one way a dispute changes an audit. Through the store's rescore, so the audit is
// scored again and its aggregate contribution moves with it; one history entry per item
// keeps, per item, the old answer, the new one, who decided and why.
import type { Db } from "~/db.server";
import { checklistItemMap, InvalidAnswersError, type RawAnswer } from "~/domain/scoring";
import { readAnswers } from "./answers.server";
import { getAuditRow } from "./audit.server";
import { checklistForDepartment } from "./checklists.server";
import { AuditActionError } from "./errors.server";
import { openAuditStore } from "./store.server";

export type DecidedCorrection = { itemKey: string; answer: RawAnswer; reason: string; disputeId: number };

/** Details of a "dispute_corrected" history entry: per item the old and the new answer and why. */
export type CorrectionDetails = {
  disputeId: number;
  items: { itemKey: string; before: RawAnswer | null; after: RawAnswer; reason: string }[];
};

/**
 * Replaces the answers of the corrected items of a published audit and scores it again.
 * Runs inside the caller's transaction (the decision is saved with it) and flushes the
 * aggregates there. Throws AuditActionError when the audit is not published or a corrected
 * answer is not valid for its item; nothing is written then.
 */
export function applyDecidedCorrections(db: Db, auditId: number, corrections: DecidedCorrection[], deciderId: number) {
  const audit = getAuditRow(db, auditId);
  if (!audit) throw new AuditActionError("not_found");
  if (audit.state !== "published") throw new AuditActionError("disputes.error.notPublished");
  if (!corrections.length) return;
  const checklist = checklistForDepartment(db, audit.checklistVersionId, audit.departmentId);
  const items = checklistItemMap(checklist);
  const before = new Map(readAnswers(db, auditId).map((a) => [a.key, a]));
  const after = new Map(before);
  for (const c of corrections) {
    if (!items.has(c.itemKey)) throw new AuditActionError("disputes.error.unknownItem");
    after.set(c.itemKey, { ...c.answer, key: c.itemKey });
  }
  const details: CorrectionDetails = {
    disputeId: corrections[0].disputeId,
    items: corrections.map((c) => ({
      itemKey: c.itemKey,
      before: before.get(c.itemKey) ?? null,
      after: after.get(c.itemKey)!,
      reason: c.reason,
    })),
  };
  const store = openAuditStore(db);
  try {
    store.rescore(audit, { answers: [...after.values()], history: { actorId: deciderId, action: "dispute_corrected", details } });
  } catch (error) {
    if (error instanceof InvalidAnswersError) throw new AuditActionError("disputes.error.invalidAnswer", error.errors);
    throw error;
  }
  store.flush();
}
