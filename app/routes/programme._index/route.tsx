// The programme view (issue 16): a programme viewer's organisations (a platform administrator:
// all) compared on the process stages both standards share, organisation level only.
import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { getDb } from "~/db.server";
import { requireRole } from "~/lib/auth.server";
import { pageTitle } from "~/lib/meta";
import { useI18n } from "~/lib/use-i18n";
import { PROGRAMME_ROLES, programmeView } from "~/models/programme/view.server";
import dashboardStyles from "~/styles/dashboards.css";
import styles from "~/styles/programme.css";
import { PeriodForm } from "./components/period-form";
import { StageChart } from "./components/stage-chart";
import { StageTable } from "./components/stage-table";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: dashboardStyles },
  { rel: "stylesheet", href: styles },
];
export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "programme.title");

export function loader({ request }: LoaderFunctionArgs) {
  const user = requireRole(request, PROGRAMME_ROLES);
  return programmeView(getDb(), user, new URL(request.url));
}

export default function ProgrammePage() {
  const { filters, notices, comparison, empty } = useLoaderData<typeof loader>();
  const { t } = useI18n();
  return (
    <>
      <h1>{t("programme.title")}</h1>
      <p>{t("programme.intro")}</p>
      <p className="dash-note">{t("programme.scopeNote")}</p>
      <PeriodForm filters={filters} notices={notices} />
      {comparison.orgs.length === 0 ? (
        <p className="notice" data-testid="programme-no-orgs">
          {t("programme.noOrganisations")}
        </p>
      ) : (
        <>
          <div className="dash-summary" data-testid="programme-summary">
            <p>{t("dashboards.period", { from: filters.from, to: filters.to })}</p>
            {empty ? <p className="notice">{t("programme.empty")}</p> : null}
            <p className="dash-note" data-testid="min-n-note">
              {t("programme.minN", { count: comparison.minN })}
            </p>
            <p className="dash-note">{t("programme.ciNote")}</p>
          </div>
          {empty ? null : <StageChart comparison={comparison} />}
          <StageTable comparison={comparison} filters={filters} />
        </>
      )}
    </>
  );
}
