/**
 * A disputed item's answer as the dispute form posts it — what the employee believes is
 * right, or leadership's corrected answer — under a field prefix ("proposed/", "corrected/")
 * so that several items share one form. The fields are the audit form's (fields.ts).
 */
import { answersFromForm } from "../audit-form/fields";
import type { Checklist, ChecklistItem } from "../checklists/schema";
import { answerShapeErrors, type RawAnswer } from "../scoring";

/** The answer given for one item under `prefix`, or null when nothing was filled in. */
export function answerFromForm(
  checklist: Checklist,
  itemKey: string,
  prefix: string,
  getAll: (name: string) => string[],
): RawAnswer | null {
  const answer = answersFromForm(checklist, (name) => getAll(prefix + name)).find((a) => a.key === itemKey);
  if (!answer) return null;
  // The comment of a corrected answer is the auditor's evidence or the decision's reason, never the form's.
  const { comment: _comment, ...rest } = answer;
  return rest.choice || rest.number !== undefined || rest.phrases ? rest : null;
}

/** Whether the answer is well-formed for the item (the comment rule aside). */
export function isValidProposal(item: ChecklistItem, answer: RawAnswer): boolean {
  return answerShapeErrors(item, answer).length === 0;
}

/** The same answer, ignoring the comment (a proposal equal to the original is no dispute). */
export function sameOutcome(a: RawAnswer, b: RawAnswer | undefined): boolean {
  if (!b) return false;
  const norm = (x: RawAnswer) =>
    JSON.stringify([x.choice ?? null, x.number ?? null, [...(x.phrases ?? [])].sort(), x.other_phrase || null, x.other_phrase_as ?? null]);
  return norm(a) === norm(b);
}
