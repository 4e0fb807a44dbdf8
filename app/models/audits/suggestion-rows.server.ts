// The automatic checker's suggestions of an audit (table autocheck_suggestions): stored by
// the audit store when the shopper runs the checker, their outcome written when the audit is
// submitted. Only the store writes them; readers use readSuggestions.
import { and, eq } from "drizzle-orm";
import type { Db } from "~/db.server";
import type { Checklist } from "~/domain/checklists/schema";
import type { Suggestion } from "~/domain/autocheck/result";
import { checklistItemMap, resolveAnswer, type RawAnswer } from "~/domain/scoring";
import { autocheckSuggestions } from "../../../db/schema";

export type { Suggestion };

/** The audit's stored suggestions (one per item at most). */
export function readSuggestions(db: Db, auditId: number): Suggestion[] {
  return db
    .select({
      key: autocheckSuggestions.itemKey,
      answer: autocheckSuggestions.answer,
      number: autocheckSuggestions.number,
      evidence: autocheckSuggestions.evidence,
    })
    .from(autocheckSuggestions)
    .where(eq(autocheckSuggestions.auditId, auditId))
    .all();
}

/** Stores new suggestions: an item checked again gets the new suggestion (and no outcome yet). */
export function writeSuggestionRows(db: Db, auditId: number, checklistId: string, suggestions: Suggestion[], now: number) {
  for (const s of suggestions) {
    const row = { answer: s.answer, number: s.number, evidence: s.evidence, createdAt: now, outcome: null, finalChoice: null };
    db.insert(autocheckSuggestions)
      .values({ auditId, itemKey: s.key, checklistId, ...row })
      .onConflictDoUpdate({ target: [autocheckSuggestions.auditId, autocheckSuggestions.itemKey], set: row })
      .run();
  }
}

/**
 * At submit: for each suggestion, whether the final answer (what it counts as: yes, partial,
 * no or N/A) is the suggested one. Answers are complete and valid here (the store scored them).
 */
export function writeSuggestionOutcomes(db: Db, auditId: number, checklist: Checklist, answers: RawAnswer[]) {
  const suggestions = readSuggestions(db, auditId);
  if (!suggestions.length) return;
  const items = checklistItemMap(checklist);
  const byKey = new Map(answers.map((a) => [a.key, a]));
  for (const s of suggestions) {
    const item = items.get(s.key);
    const answer = byKey.get(s.key);
    const finalChoice = item && answer ? resolveAnswer(item, answer).choice : null;
    db.update(autocheckSuggestions)
      .set({ finalChoice, outcome: finalChoice === s.answer ? "agreed" : "overridden" })
      .where(and(eq(autocheckSuggestions.auditId, auditId), eq(autocheckSuggestions.itemKey, s.key)))
      .run();
  }
}
