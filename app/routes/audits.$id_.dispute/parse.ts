// The dispute form's items: each ticked item (field "item", its key), the answer the employee
// believes is right (fields under "proposed/") and why ("reason:<key>"). A key posted twice
// is kept twice so that the model refuses it.
import { answerFromForm } from "~/domain/disputes/proposal";
import type { Checklist } from "~/domain/checklists/schema";
import type { ProposedItem } from "~/models/disputes/dispute.server";

export const PROPOSED = "proposed/";
export const reasonField = (key: string) => `reason:${key}`;
const MAX_TEXT = 2000;

export function proposedItems(checklist: Checklist, form: FormData): ProposedItem[] {
  const getAll = (name: string) => form.getAll(name).map(String);
  return getAll("item").map((itemKey) => ({
    itemKey,
    proposed: answerFromForm(checklist, itemKey, PROPOSED, getAll),
    reason: (getAll(reasonField(itemKey))[0] ?? "").slice(0, MAX_TEXT),
  }));
}
