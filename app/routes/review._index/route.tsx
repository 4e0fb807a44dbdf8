// Leadership's and admin's queue of submitted mystery-shopper audits, oldest first.
import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { ScoreText } from "~/components/audit/audit-record";
import { getDb } from "~/db.server";
import { requireRole } from "~/lib/auth.server";
import { useI18n } from "~/lib/use-i18n";
import { REVIEWER_ROLES, reviewQueue } from "~/models/audits/review.server";
import styles from "~/styles/audits.css";
import { pageTitle } from "~/lib/meta";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];
export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "review.title");

export function loader({ request }: LoaderFunctionArgs) {
  const user = requireRole(request, REVIEWER_ROLES);
  return { queue: reviewQueue(getDb(), user) };
}

export default function ReviewQueuePage() {
  const { t, dateTime } = useI18n();
  const { queue } = useLoaderData<typeof loader>();
  return (
    <>
      <h1>{t("review.title")}</h1>
      {queue.length === 0 ? (
        <p>{t("review.empty")}</p>
      ) : (
        <>
          <p>{t("review.waiting", { count: queue.length })}</p>
          {/* Focusable so that the table can be scrolled sideways by keyboard on a phone. */}
          <div className="table-wrap" tabIndex={0} role="region" aria-label={t("review.title")}>
            <table className="data" data-testid="review-queue">
              <thead>
                <tr>
                  <th scope="col">{t("audits.field.submittedAt")}</th>
                  <th scope="col">{t("audits.field.department")}</th>
                  <th scope="col">{t("audits.field.channel")}</th>
                  <th scope="col">{t("audits.field.employee")}</th>
                  <th scope="col" className="num">
                    {t("audits.field.score")}
                  </th>
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
        </>
      )}
    </>
  );
}
