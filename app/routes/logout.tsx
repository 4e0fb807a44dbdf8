import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { getDb } from "~/db.server";
import { getOptionalUser } from "~/lib/auth.server";
import { destroySession, sessionCookie } from "~/lib/session.server";
import { recordSecurityEvent } from "~/models/security-log/record.server";

export function action({ request }: ActionFunctionArgs) {
  const db = getDb();
  const user = getOptionalUser(request, db);
  if (user) recordSecurityEvent(db, request, { type: "sign_out", orgId: user.orgId, userId: user.id });
  destroySession(db, request);
  throw redirect("/login", { headers: { "Set-Cookie": sessionCookie(request, null) } });
}

export function loader() {
  throw redirect("/");
}
