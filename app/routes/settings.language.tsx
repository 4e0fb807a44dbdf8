import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { getDb } from "~/db.server";
import { isLocale } from "~/i18n";
import { badRequest, getOptionalUser } from "~/lib/auth.server";
import { langCookie } from "~/lib/locale.server";
import { safeRedirect } from "~/lib/safe-redirect";
import { setUserLocale } from "~/models/people/user.server";

// The chosen language is remembered per user, and in a cookie for signed-out visitors.
export async function action({ request }: ActionFunctionArgs) {
  const form = await request.formData();
  const locale = form.get("locale");
  if (!isLocale(locale)) throw badRequest();
  const user = getOptionalUser(request);
  if (user) setUserLocale(getDb(), user.id, locale);
  throw redirect(safeRedirect(form.get("redirectTo")), { headers: { "Set-Cookie": langCookie(locale) } });
}

export function loader() {
  throw redirect("/");
}
