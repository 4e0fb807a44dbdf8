// The user's in-app messages, newest first: open one (marked read, then its page), mark one
// or all read. Only the user's own messages; another's id is a 404.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { Pager, pageFromUrl } from "~/components/pager";
import { getDb } from "~/db.server";
import type { MessageKey } from "~/i18n";
import { badRequest, notFound, requireUser } from "~/lib/auth.server";
import { redirectWithMessage } from "~/lib/flash.server";
import { pageTitle } from "~/lib/meta";
import { requireIdParam } from "~/lib/params";
import { safeRedirect } from "~/lib/safe-redirect";
import { useI18n } from "~/lib/use-i18n";
import { countInbox, listInbox, markAllRead, markRead } from "~/models/notifications/inbox.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "inbox.title");

const PAGE_SIZE = 25;

export function loader({ request }: LoaderFunctionArgs) {
  const user = requireUser(request);
  const db = getDb();
  const total = countInbox(db, user);
  const page = pageFromUrl(new URL(request.url), total, PAGE_SIZE);
  return { messages: listInbox(db, user, { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }), total, page };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = requireUser(request);
  const db = getDb();
  const form = await request.formData();
  const intent = form.get("intent");
  if (intent === "readAll") {
    markAllRead(db, user);
    return redirectWithMessage("/inbox", "inbox.allRead");
  }
  if (intent !== "open" && intent !== "read") throw badRequest();
  const link = markRead(db, user, requireIdParam(String(form.get("id") ?? "")));
  if (link === undefined) throw notFound();
  return redirect(intent === "open" ? safeRedirect(link, "/inbox") : "/inbox");
}

export default function InboxPage() {
  const { t, dateTime } = useI18n();
  const { messages, total, page } = useLoaderData<typeof loader>();
  return (
    <>
      <div className="page-head">
        <h1>{t("inbox.title")}</h1>
        {messages.some((m) => m.readAt === null) ? (
          <Form method="post">
            <button type="submit" name="intent" value="readAll" className="secondary">
              {t("inbox.markAllRead")}
            </button>
          </Form>
        ) : null}
      </div>
      {messages.length ? (
        <ul className="link-list inbox" data-testid="inbox">
          {messages.map((m) => (
            <li key={m.id} className={m.readAt === null ? "inbox__unread" : undefined}>
              <Form method="post" className="button-row">
                <input type="hidden" name="id" value={m.id} />
                <p>
                  {m.readAt === null ? <span className="badge">{t("inbox.new")}</span> : null}{" "}
                  {t(`inbox.kind.${m.kind}` as MessageKey, m.params)} <span className="muted">{dateTime(m.createdAt)}</span>
                </p>
                <button type="submit" name="intent" value="open">
                  {t("inbox.open")}
                </button>
                {m.readAt === null ? (
                  <button type="submit" name="intent" value="read" className="secondary">
                    {t("inbox.markRead")}
                  </button>
                ) : null}
              </Form>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t("inbox.empty")}</p>
      )}
      <Pager page={page} size={PAGE_SIZE} total={total} label={t("inbox.pages")} />
    </>
  );
}
