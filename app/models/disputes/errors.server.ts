// Refusals of acknowledgements and disputes, with the status the route answers with.
// "not_found": outside the user's scope, a 404 that does not reveal the object.
import type { MessageKey } from "~/i18n";

export class DisputeError extends Error {
  constructor(
    readonly messageKey: MessageKey | "not_found",
    readonly status: 400 | 403 | 404 | 409 = 400,
    readonly values: Record<string, string> = {},
  ) {
    super(messageKey);
    this.name = "DisputeError";
  }
}

/** For routes: a scope error becomes a thrown 404; other refusals a message and their status. */
export function disputeErrorResult(error: unknown): { error: MessageKey; values: Record<string, string>; status: 400 | 403 | 409 } {
  if (!(error instanceof DisputeError)) throw error;
  if (error.status === 404 || error.messageKey === "not_found") throw new Response("Not Found", { status: 404 });
  return { error: error.messageKey, values: error.values, status: error.status };
}
