// The audits a user may see (audit-access rules): a shopper's own drafts and submitted
// audits with the reviewer's comment; everything in scope for the other roles.
import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { ScoreText } from "~/components/audit/audit-record";
import { Pager } from "~/components/pager";
import { SortHeader } from "~/components/sort-header";
import { LIST_PAGE_SIZE, pageFromUrl, pageWindow, sortFromUrl } from "~/domain/lists/paging";
import { getDb } from "~/db.server";
import { requireUser } from "~/lib/auth.server";
import { useI18n } from "~/lib/use-i18n";
import { AUDIT_SORTS, countAudits, DEFAULT_AUDIT_SORT, listAudits } from "~/models/audits/access.server";
import { AUDIT_STATES, isOneOf, type AuditState } from "~/domain/enums";
import styles from "~/styles/audits.css";
import { checklistName } from "~/domain/checklists/name";
import { pageTitle } from "~/lib/meta";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];
export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "audits.title");

export function loader({ request }: LoaderFunctionArgs) {
  const user = requireUser(request);
  const url = new URL(request.url);
  const param = url.searchParams.get("state");
  const state = isOneOf(AUDIT_STATES, param) ? param : undefined;
  const db = getDb();
  // A shopper's open drafts are listed apart, in full; the rest is paged.
  const drafts =
    user.role === "mystery_shopper" ? [...listAudits(db, user, { state: "draft" }), ...listAudits(db, user, { state: "returned" })] : [];
  const filter = { state, exceptStates: drafts.length && !state ? (["draft", "returned"] as AuditState[]) : [] };
  const sort = sortFromUrl(url, AUDIT_SORTS, DEFAULT_AUDIT_SORT);
  const total = countAudits(db, user, filter);
  const page = pageFromUrl(url, total);
  const audits = listAudits(db, user, { ...filter, sort, ...pageWindow(page) });
  return { audits, drafts, total, page, sort, state: state ?? "", role: user.role };
}

export default function AuditsPage() {
  const { t, locale, date } = useI18n();
  const { audits: rest, drafts, total, page, sort, state, role } = useLoaderData<typeof loader>();
  // The employee's reading is shown to those who manage them, not to shoppers.
  const showsAcknowledgement = role !== "mystery_shopper";
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
                    {t("audits.continue")}: {checklistName({ id: a.checklistId, title: { lt: a.titleLt, en: a.titleEn } }, locale)} ·{" "}
                    {a.departmentName} · {date(a.interactionAt)}
                  </Link>{" "}
                  <span className="badge">{t(`audits.state.${a.state}`)}</span>
                  {a.reviewComment ? (
                    <p className="notice">
                      {t("audits.field.reviewComment")}: {a.reviewComment}
                    </p>
                  ) : null}
                </li>
              ))}
            </ul>
          ) : (
            <p>{t("audits.noDrafts")}</p>
          )}
        </section>
      ) : null}
      <Form method="get" className="filter-row">
        {/* The chosen order survives a change of filter. */}
        <input type="hidden" name="sort" value={sort.sort} />
        <input type="hidden" name="dir" value={sort.dir} />
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
          <table className="data stack" data-testid="audit-list">
            <caption className="visually-hidden">{t("audits.title")}</caption>
            <thead>
              <tr>
                <SortHeader column="date" label={t("audits.field.date")} sort={sort} />
                <th scope="col">{t("audits.field.checklist")}</th>
                <SortHeader column="department" label={t("audits.field.department")} sort={sort} />
                <th scope="col">{t("audits.field.anyEmployee")}</th>
                <th scope="col">{t("audits.field.state")}</th>
                <SortHeader column="score" label={t("audits.field.score")} sort={sort} num />
              </tr>
            </thead>
            <tbody>
              {rest.map((a) => (
                <tr key={a.id}>
                  <td data-label={t("audits.field.interactionAt")}>
                    <Link to={`/audits/${a.id}`}>{date(a.interactionAt)}</Link>
                  </td>
                  <td data-label={t("audits.field.checklist")}>
                    {checklistName({ id: a.checklistId, title: { lt: a.titleLt, en: a.titleEn } }, locale)}
                    <br />
                    <span className="muted">
                      {t(`audits.type.${a.auditType}`)} · {t(`audits.channel.${a.channel}`)}
                    </span>
                  </td>
                  <td data-label={t("audits.field.department")}>{a.departmentName}</td>
                  <td data-label={t("audits.field.employee")}>{a.employeeLast ? `${a.employeeFirst} ${a.employeeLast}` : "—"}</td>
                  <td data-label={t("audits.field.state")}>
                    <span className="badge">{t(`audits.state.${a.state}`)}</span>
                    {a.disputeOpen ? (
                      <span className="badge bad" data-testid="disputed-mark">
                        {t("disputes.badge")}
                      </span>
                    ) : null}
                    {showsAcknowledgement && a.state === "published" && a.employeeLast && !a.acknowledged ? (
                      <span className="badge" data-testid="unacknowledged-mark">
                        {t("ack.missing")}
                      </span>
                    ) : null}
                    {a.reviewComment ? <p className="muted">{a.reviewComment}</p> : null}
                  </td>
                  <td className="num" data-label={t("audits.field.score")}>
                    {a.state === "draft" ? "" : <ScoreText score={a.score} voided={a.state === "rejected"} />}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pager page={page} size={LIST_PAGE_SIZE} total={total} label={t("audits.pages")} />
    </>
  );
}
