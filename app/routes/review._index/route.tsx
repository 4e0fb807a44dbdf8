// Leadership's and admin's queue of submitted mystery-shopper audits, oldest first.
import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { ScoreText } from "~/components/audit/audit-record";
import { getDb } from "~/db.server";
import { requireRole } from "~/lib/auth.server";
import { useI18n } from "~/lib/use-i18n";
import { countReviewQueue, DEFAULT_REVIEW_SORT, REVIEW_SORTS, REVIEWER_ROLES, reviewQueue } from "~/models/audits/review.server";
import { Pager } from "~/components/pager";
import { SortHeader } from "~/components/sort-header";
import { LIST_PAGE_SIZE, pageFromUrl, pageWindow, sortFromUrl } from "~/domain/lists/paging";
import styles from "~/styles/audits.css";
import { pageTitle } from "~/lib/meta";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];
export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "review.title");

export function loader({ request }: LoaderFunctionArgs) {
  const user = requireRole(request, REVIEWER_ROLES);
  const url = new URL(request.url);
  const db = getDb();
  const sort = sortFromUrl(url, REVIEW_SORTS, DEFAULT_REVIEW_SORT);
  const total = countReviewQueue(db, user);
  const page = pageFromUrl(url, total);
  return { queue: reviewQueue(db, user, { sort, ...pageWindow(page) }), total, page, sort };
}

export default function ReviewQueuePage() {
  const { t, dateTime } = useI18n();
  const { queue, total, page, sort } = useLoaderData<typeof loader>();
  return (
    <>
      <h1>{t("review.title")}</h1>
      {queue.length === 0 ? (
        <p>{t("review.empty")}</p>
      ) : (
        <>
          <p>{t("review.waiting", { count: total })}</p>
          {/* Focusable so that the table can be scrolled sideways by keyboard on a phone. */}
          <div className="table-wrap" tabIndex={0} role="region" aria-label={t("review.title")}>
            <table className="data" data-testid="review-queue">
              <thead>
                <tr>
                  <SortHeader column="submitted" label={t("audits.field.submittedAt")} sort={sort} />
                  <SortHeader column="department" label={t("audits.field.department")} sort={sort} />
                  <th scope="col">{t("audits.field.channel")}</th>
                  <th scope="col">{t("audits.field.employee")}</th>
                  <SortHeader column="score" label={t("audits.field.score")} sort={sort} num />
                </tr>
              </thead>
              <tbody>
                {queue.map((a) => (
                  <tr key={a.id}>
                    <td>
                      <Link to={`/review/${a.id}`} data-testid={`review-link-${a.id}`}>
                        {a.submittedAt ? dateTime(a.submittedAt) : "—"}
                      </Link>
                    </td>
                    <td>{a.departmentName}</td>
                    <td>{t(`audits.channel.${a.channel}`)}</td>
                    <td>{a.employeeResolution === "unknown" ? <span className="badge bad">?</span> : "✓"}</td>
                    <td className="num">
                      <ScoreText score={a.score} />
                      {a.criticalFailure ? <span className="badge bad">{t("audits.record.critical")}</span> : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager page={page} size={LIST_PAGE_SIZE} total={total} label={t("review.pages")} />
        </>
      )}
    </>
  );
}
