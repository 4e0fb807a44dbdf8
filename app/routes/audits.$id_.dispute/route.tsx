// The employee disputes answers of a published audit about them, within the organisation's
// window: for each ticked item, the answer they believe is right and why. One dispute per audit.
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { AnswerText } from "~/components/audit/answer-text";
import { AnswerInput } from "~/components/disputes/answer-input";
import { getDb } from "~/db.server";
import { forbidden, notFound, requireUser } from "~/lib/auth.server";
import { redirectWithMessage } from "~/lib/flash.server";
import { pageTitle } from "~/lib/meta";
import { requireIdParam } from "~/lib/params";
import { useI18n } from "~/lib/use-i18n";
import { getAuditRecord } from "~/models/audits/access.server";
import { getAuditRow } from "~/models/audits/audit.server";
import { disputeWindow, openDispute } from "~/models/disputes/dispute.server";
import { disputeErrorResult } from "~/models/disputes/errors.server";
import { disputeOfAudit } from "~/models/disputes/read.server";
import { isAboutUser } from "~/models/disputes/scope.server";
import styles from "~/styles/audits.css";
import { PROPOSED, proposedItems, reasonField } from "./parse";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];
export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "disputes.form.title");

function load(request: Request, idParam: string | undefined) {
  const user = requireUser(request);
  const db = getDb();
  const id = requireIdParam(idParam);
  const record = getAuditRecord(db, user, id);
  if (!record) throw notFound();
  const audit = getAuditRow(db, id)!;
  if (!isAboutUser(user, audit)) throw forbidden();
  const existing = disputeOfAudit(db, user, id);
  if (existing) throw redirect(`/disputes/${existing.id}`);
  return { user, db, record, window: disputeWindow(db, audit) };
}

export function loader({ request, params }: LoaderFunctionArgs) {
  const { record, window } = load(request, params.id);
  return { record, window };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, db, record } = load(request, params.id);
  const items = proposedItems(record.checklist, await request.formData());
  try {
    const disputeId = openDispute(db, user, record.audit.id, items);
    return redirectWithMessage(`/disputes/${disputeId}`, "disputes.opened");
  } catch (error) {
    const { status, ...refusal } = disputeErrorResult(error);
    return data(refusal, { status });
  }
}

export default function DisputeAuditPage() {
  const { t, locale } = useI18n();
  const { record, window } = useLoaderData<typeof loader>();
  const refusal = useActionData<typeof action>();
  const answers = new Map(record.answers.map((a) => [a.key, a]));
  return (
    <>
      <h1>{t("disputes.form.title")}</h1>
      <p>
        <Link to={`/audits/${record.audit.id}`}>{t("audits.record.title", { id: record.audit.id })}</Link>
      </p>
      {refusal ? (
        <p className="alert" role="alert" data-testid="dispute-error">
          {t(refusal.error, refusal.values)}
        </p>
      ) : null}
      {!window ? (
        <p className="notice">{t("disputes.error.notPublished")}</p>
      ) : !window.open ? (
        <p className="notice" data-testid="window-closed">
          {t("disputes.windowClosed", { date: window.lastDay })}
        </p>
      ) : (
        <Form method="post" className="card" data-testid="dispute-form">
          <p>{t("disputes.form.intro")}</p>
          <p className="muted">{t("disputes.window", { date: window.lastDay })}</p>
          {record.checklist.sections.flatMap((section) =>
            section.items.map((item) => (
              <fieldset key={item.key} className="dispute-item" data-testid={`dispute-item-${item.key}`}>
                <legend>{item.text[locale]}</legend>
                <p>
                  {t("disputes.form.current")}: <AnswerText item={item} answer={answers.get(item.key)} />
                </p>
                <label className="checkbox">
                  <input type="checkbox" name="item" value={item.key} /> {t("disputes.form.dispute")}
                </label>
                <AnswerInput item={item} prefix={PROPOSED} legend={t("disputes.form.proposed")} />
                <div className="field">
                  <label htmlFor={`reason-${item.key}`}>{t("disputes.form.reason")}</label>
                  <textarea id={`reason-${item.key}`} name={reasonField(item.key)} rows={2} maxLength={2000} />
                </div>
              </fieldset>
            )),
          )}
          <div className="button-row">
            <button type="submit">{t("disputes.form.submit")}</button>
          </div>
        </Form>
      )}
    </>
  );
}
