// Errors of audit transitions. "not_found" means outside the user's scope (or missing):
// routes turn it into a 404 so that the audit's existence is not revealed.
import type { AnswerError } from "~/domain/scoring";
import type { MessageKey } from "~/i18n";

export class AuditActionError extends Error {
  constructor(
    readonly messageKey: MessageKey | "not_found",
    readonly answerErrors: AnswerError[] = [],
  ) {
    super(messageKey);
    this.name = "AuditActionError";
  }
}

export const auditNotFound = () => new AuditActionError("not_found");

/** For routes: rethrows a scope error as a 404 Response, returns a message key otherwise. */
export function auditErrorResult(error: unknown): { error: MessageKey; answerErrors: AnswerError[] } {
  if (!(error instanceof AuditActionError)) throw error;
  if (error.messageKey === "not_found") throw new Response("Not Found", { status: 404 });
  return { error: error.messageKey, answerErrors: error.answerErrors };
}
