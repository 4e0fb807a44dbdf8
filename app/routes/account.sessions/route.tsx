// Where the user is signed in, and ending the other sessions (app/models/people/own-sessions.server.ts).
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { getDb } from "~/db.server";
import { badRequest, requireUser } from "~/lib/auth.server";
import { redirectWithMessage } from "~/lib/flash.server";
import { pageTitle } from "~/lib/meta";
import { useI18n } from "~/lib/use-i18n";
import { endOwnSessions, listOwnSessions } from "~/models/people/own-sessions.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "sessions.title");

export function loader({ request }: LoaderFunctionArgs) {
  const user = requireUser(request);
  return { sessions: listOwnSessions(getDb(), request, user) };
}

const EndSchema = z.object({ session: z.union([z.literal("others"), z.string().regex(/^[0-9a-f]{16}$/)]) });

export async function action({ request }: ActionFunctionArgs) {
  const user = requireUser(request);
  const parsed = EndSchema.safeParse(Object.fromEntries(await request.formData()));
  if (!parsed.success) throw badRequest();
  const ended = endOwnSessions(getDb(), request, user, parsed.data.session);
  return redirectWithMessage("/account/sessions", "sessions.ended", { count: ended });
}

export default function SessionsPage() {
  const { t, dateTime } = useI18n();
  const { sessions } = useLoaderData<typeof loader>();
  const others = sessions.filter((s) => !s.current).length;
  return (
    <>
      <h1>{t("sessions.title")}</h1>
      <p>{t("sessions.intro")}</p>
      <ul className="link-list" data-testid="sessions">
        {sessions.map((s) => (
          <li key={s.key} className="card">
            <p>
              <strong>{s.current ? t("sessions.current") : (s.userAgent ?? t("sessions.unknownBrowser"))}</strong>
            </p>
            {s.current ? <p className="muted">{s.userAgent ?? t("sessions.unknownBrowser")}</p> : null}
            <p className="muted">
              {t("sessions.details", { ip: s.ip ?? "—", since: dateTime(s.createdAt), seen: dateTime(s.lastSeenAt) })}
            </p>
            {s.current ? null : (
              <Form method="post">
                <button type="submit" name="session" value={s.key} className="secondary">
                  {t("sessions.end")}
                </button>
              </Form>
            )}
          </li>
        ))}
      </ul>
      {others > 1 ? (
        <Form method="post" className="button-row">
          <button type="submit" name="session" value="others">
            {t("sessions.endOthers")}
          </button>
        </Form>
      ) : null}
    </>
  );
}
