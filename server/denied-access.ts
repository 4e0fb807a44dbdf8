// Access refused by the guards (a 403, or a 404 for an object missing or outside the user's
// scope) goes to the security log, with the signed-in user and the path. The guards
// (app/lib/http-errors.ts) cannot see the request; they call a hook on globalThis (the
// app's build has its own copy of that module), which marks the request being served
// here, in an AsyncLocalStorage. Routes that do not exist are not logged: only what a
// guard refused.
import { AsyncLocalStorage } from "node:async_hooks";
import { getDb } from "../app/db.server";
import { getOptionalUser } from "../app/lib/auth.server";
import { recordSecurityEventSoon } from "../app/models/security-log/record.server";

type Served = { refused: 403 | 404 | null };
const served = new AsyncLocalStorage<Served>();

globalThis.__etalonasRefused = (status) => {
  const store = served.getStore();
  if (store && store.refused === null) store.refused = status;
};

/** Serves the request, then logs a refusal a guard made while serving it. */
export async function logRefusals(request: Request, serve: () => Promise<Response>): Promise<Response> {
  const store: Served = { refused: null };
  const response = await served.run(store, serve);
  if (store.refused && response.status === store.refused) {
    const db = getDb();
    const user = getOptionalUser(request, db);
    if (user) {
      const url = new URL(request.url);
      const detail = `${store.refused} ${request.method} ${url.pathname}`;
      await recordSecurityEventSoon(db, request, { type: "access_denied", orgId: user.orgId, userId: user.id, detail });
    }
  }
  return response;
}
