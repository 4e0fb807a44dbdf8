// Coordinators' overview of calibration over time: each auditor's latest agreement and its
// trend, and the checklist items with the lowest agreement across closed sessions.
import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { getDb } from "~/db.server";
import { checklistStandard } from "~/domain/checklists/name";
import { requireOrgId, requireRole } from "~/lib/auth.server";
import { pageTitle } from "~/lib/meta";
import { useI18n } from "~/lib/use-i18n";
import { COORDINATOR_ROLES } from "~/models/calibration/access.server";
import { calibrationOverview } from "~/models/calibration/overview.server";
import styles from "~/styles/calibration.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];
export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "title.calibrationOverview");

export function loader({ request }: LoaderFunctionArgs) {
  const user = requireRole(request, COORDINATOR_ROLES);
  return calibrationOverview(getDb(), requireOrgId(user));
}

export default function CalibrationOverviewPage() {
  const { t, number, locale } = useI18n();
  const { sessions, auditors, lowestItems } = useLoaderData<typeof loader>();
  const percent = (x: number) => `${number(x * 100, 0)} %`;
  const trend = (latest: number, previous: number | null) => {
    if (previous === null) return t("calibration.overview.trendNone");
    const delta = Math.round((latest - previous) * 100);
    if (delta === 0) return t("calibration.overview.trendSame");
    return t(delta > 0 ? "calibration.overview.trendUp" : "calibration.overview.trendDown", { delta: Math.abs(delta) });
  };
  return (
    <>
      <h1>{t("calibration.overview.title")}</h1>
      {sessions === 0 ? (
        <p>{t("calibration.overview.none")}</p>
      ) : (
        <>
          <p>{t("calibration.overview.intro", { count: sessions })}</p>
          <h2>{t("calibration.overview.auditors")}</h2>
          <div className="table-wrap" tabIndex={0} role="region" aria-label={t("calibration.overview.auditors")}>
            <table className="data" data-testid="auditor-trend">
              <caption>{t("calibration.overview.auditorsCaption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("calibration.results.auditor")}</th>
                  <th scope="col" className="num">
                    {t("calibration.overview.latest")}
                  </th>
                  <th scope="col">{t("calibration.overview.trend")}</th>
                  <th scope="col" className="num">
                    {t("calibration.overview.sessions")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {auditors.map((a) => (
                  <tr key={a.userId}>
                    <th scope="row">{a.name}</th>
                    <td className="num">{percent(a.latest)}</td>
                    <td>{trend(a.latest, a.previous)}</td>
                    <td className="num">{a.sessions}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <h2>{t("calibration.overview.items")}</h2>
          <p>{t("calibration.overview.itemsHint")}</p>
          {lowestItems.length === 0 ? (
            <p>{t("calibration.overview.itemsNone")}</p>
          ) : (
            <div className="table-wrap" tabIndex={0} role="region" aria-label={t("calibration.overview.items")}>
              <table className="data" data-testid="lowest-items">
                <caption>{t("calibration.overview.itemsCaption")}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("calibration.results.item")}</th>
                    <th scope="col" className="num">
                      {t("calibration.results.agreement")}
                    </th>
                    <th scope="col" className="num">
                      {t("calibration.overview.pairs")}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {lowestItems.map((item) => (
                    <tr key={`${item.checklistId}/${item.key}`}>
                      <th scope="row">
                        <Link to={`/checklists/${item.checklistId}#item-${item.key.replace(/\./g, "-")}`}>
                          {checklistStandard(item.checklistId) ?? item.checklistId} · {item.text[locale]}
                        </Link>
                      </th>
                      <td className="num">{percent(item.rate)}</td>
                      <td className="num">{item.pairs}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </>
  );
}
