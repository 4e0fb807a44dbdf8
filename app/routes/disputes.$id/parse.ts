// The decision form: per disputed item the outcome ("outcome:<key>"), the reasons
// ("decisionReason:<key>") and, when partly accepted, the corrected answer (fields under "corrected/").
import type { Checklist } from "~/domain/checklists/schema";
import { answerFromForm } from "~/domain/disputes/proposal";
import { DISPUTE_OUTCOMES, isOneOf } from "~/domain/enums";
import type { ItemDecision } from "~/models/disputes/dispute.server";

export const CORRECTED = "corrected/";
export const outcomeField = (key: string) => `outcome:${key}`;
export const decisionReasonField = (key: string) => `decisionReason:${key}`;

export function itemDecisions(checklist: Checklist, itemKeys: string[], form: FormData): ItemDecision[] {
  const getAll = (name: string) => form.getAll(name).map(String);
  return itemKeys.map((itemKey) => {
    const outcome = String(form.get(outcomeField(itemKey)) ?? "");
    return {
      itemKey,
      outcome: isOneOf(DISPUTE_OUTCOMES, outcome) ? outcome : null,
      corrected: outcome === "partly_accepted" ? answerFromForm(checklist, itemKey, CORRECTED, getAll) : null,
      reason: String(form.get(decisionReasonField(itemKey)) ?? "").slice(0, 2000),
    };
  });
}
