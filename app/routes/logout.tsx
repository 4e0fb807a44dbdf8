import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { getDb } from "~/db.server";
import { destroySession, sessionCookie } from "~/lib/session.server";

export function action({ request }: ActionFunctionArgs) {
  destroySession(getDb(), request);
  throw redirect("/login", { headers: { "Set-Cookie": sessionCookie(request, null) } });
}

export function loader() {
  throw redirect("/");
}
