// The audits a user may see (audit-access rules): a shopper's own drafts and submitted
// audits with the reviewer's comment; everything in scope for the other roles.
import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { ScoreText } from "~/components/audit/audit-record";
import { AUDIT_STATES, isOneOf } from "~/domain/enums";
import { getDb } from "~/db.server";
import { requireUser } from "~/lib/auth.server";
import { useI18n } from "~/lib/use-i18n";
import { listAudits } from "~/models/audits/access.server";
import styles from "~/styles/audits.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];
export const meta: MetaFunction = () => [{ title: "Vertinimai · Etalonas" }];

export function loader({ request }: LoaderFunctionArgs) {
  const user = requireUser(request);
  const param = new URL(request.url).searchParams.get("state");
  const state = isOneOf(AUDIT_STATES, param) ? param : undefined;
  const db = getDb();
  const audits = listAudits(db, user, { state });
  return { audits, state: state ?? "", role: user.role };
}

export default function AuditsPage() {
  const { t, locale, date } = useI18n();
  const { audits, state, role } = useLoaderData<typeof loader>();
  const drafts = role === "mystery_shopper" ? audits.filter((a) => a.state === "draft" || a.state === "returned") : [];
  const rest = role === "mystery_shopper" ? audits.filter((a) => !drafts.includes(a)) : audits;
  return (
    <>
      <div className="page-head">
        <h1>{t("audits.title")}</h1>
        {role === "mystery_shopper" ? (
          <Link className="button" to="/audits/new" data-testid="new-audit">
            {t("audits.new")}
          </Link>
        ) : null}
        {role === "supervisor" ? (
          <Link className="button" to="/inspections/new" data-testid="new-inspection">
            {t("inspections.new")}
          </Link>
        ) : null}
      </div>
      {role === "mystery_shopper" ? (
        <section className="card" aria-labelledby="drafts-h">
          <h2 id="drafts-h">{t("audits.myDrafts")}</h2>
          {drafts.length ? (
            <ul className="link-list" data-testid="my-drafts">
              {drafts.map((a) => (
                <li key={a.id}>
                  <Link to={`/audits/${a.id}/edit`}>
                    {t("audits.continue")}: {locale === "lt" ? a.titleLt : a.titleEn} · {a.departmentName} · {date(a.interactionAt)}
                  </Link>{" "}
                  <span className="badge">{t(`audits.state.${a.state}`)}</span>
                  {a.reviewComment ? <p className="notice">{t("audits.field.reviewComment")}: {a.reviewComment}</p> : null}
                </li>
              ))}
            </ul>
          ) : (
            <p>{t("audits.noDrafts")}</p>
          )}
        </section>
      ) : null}
      <Form method="get" className="filter-row">
        <div className="field">
          <label htmlFor="state">{t("audits.filter.state")}</label>
          <select id="state" name="state" defaultValue={state}>
            <option value="">{t("common.all")}</option>
            {AUDIT_STATES.map((s) => (
              <option key={s} value={s}>
                {t(`audits.state.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="secondary">
          {t("audits.filter.apply")}
        </button>
      </Form>
      {rest.length === 0 ? (
        <p>{t("audits.empty")}</p>
      ) : (
        // Focusable so that the table can be scrolled sideways by keyboard on a phone.
        <div className="table-wrap" tabIndex={0} role="region" aria-label={t("audits.title")}>
          <table className="data" data-testid="audit-list">
            <caption className="visually-hidden">{t("audits.title")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("audits.field.interactionAt")}</th>
                <th scope="col">{t("audits.field.checklist")}</th>
                <th scope="col">{t("audits.field.department")}</th>
                <th scope="col">{t("audits.field.employee")}</th>
                <th scope="col">{t("audits.field.state")}</th>
                <th scope="col" className="num">{t("audits.field.score")}</th>
              </tr>
            </thead>
            <tbody>
              {rest.map((a) => (
                <tr key={a.id}>
                  <td>
                    <Link to={`/audits/${a.id}`}>{date(a.interactionAt)}</Link>
                  </td>
                  <td>
                    {locale === "lt" ? a.titleLt : a.titleEn}
                    <br />
                    <span className="muted">{t(`audits.type.${a.auditType}`)} · {t(`audits.channel.${a.channel}`)}</span>
                  </td>
                  <td>{a.departmentName}</td>
                  <td>{a.employeeLast ? `${a.employeeFirst} ${a.employeeLast}` : "—"}</td>
                  <td>
                    <span className="badge">{t(`audits.state.${a.state}`)}</span>
                    {a.reviewComment ? <p className="muted">{a.reviewComment}</p> : null}
                  </td>
                  <td className="num">{a.state === "draft" ? "" : <ScoreText score={a.score} />}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
