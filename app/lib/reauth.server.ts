// Re-authentication before the most sensitive actions (changing someone's role, setting
// someone's password, downloading every audit with the names in it): the password must have been entered in this session within the last
// few minutes, so that a browser left signed in, or a stolen session, cannot hand out
// administrator rights. A fresh sign-in counts. Otherwise the user is sent to
// /account/confirm and comes back to the page to do it again.
import { getDb, type Db } from "~/db.server";
import { redirectWithMessage } from "./flash.server";
import { sessionAuthenticatedAt } from "./session.server";

export const REAUTH_WINDOW_MS = 5 * 60 * 1000;

export function hasRecentAuth(request: Request, db: Db = getDb(), now = Date.now()): boolean {
  const at = sessionAuthenticatedAt(db, request);
  return at !== null && now - at <= REAUTH_WINDOW_MS;
}

/**
 * Throws the way to the password confirmation unless the password was entered recently.
 * `back` is where the confirmation returns to (default: this page, without its query).
 */
export function requireRecentAuth(request: Request, db: Db = getDb(), back = new URL(request.url).pathname) {
  if (hasRecentAuth(request, db)) return;
  throw redirectWithMessage(`/account/confirm?redirectTo=${encodeURIComponent(back)}`, "account.confirm.needed");
}
