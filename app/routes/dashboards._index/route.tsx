import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { DataTable } from "~/components/dashboards/data-table";
import { FilterForm } from "~/components/dashboards/filter-form";
import { KeyFigures } from "~/components/dashboards/key-figures";
import { FunnelPlot } from "~/components/dashboards/funnel-plot";
import { filterSearch } from "~/domain/dashboards/filters";
import { DashboardLineChart } from "~/components/dashboards/line-chart";
import { channelSeries, chartValues, csvHref, DashSection, ScoreTrend, Summary, useFmt } from "~/components/dashboards/page-parts";
import { overviewTables } from "~/domain/dashboards/view-tables";
import { getDb } from "~/db.server";
import { requireRole } from "~/lib/auth.server";
import { DASHBOARD_ROLES, overviewView } from "~/models/dashboards/views.server";
import styles from "~/styles/dashboards.css";
import { RULE_MIN_ANSWERS } from "~/domain/dashboards/rule-ranking";
import { pageTitle } from "~/lib/meta";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];
export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "nav.overview");

export function loader({ request }: LoaderFunctionArgs) {
  const user = requireRole(request, DASHBOARD_ROLES.overview);
  return overviewView(getDb(), user, new URL(request.url));
}

export default function OverviewPage() {
  const { filters, notices, options, data, departmentSort } = useLoaderData<typeof loader>();
  const f = useFmt();
  const tables = overviewTables(f, data, filterSearch(filters), departmentSort);
  const series = channelSeries(f);
  const csv = (table: string) => csvHref("overview", table, filters);
  return (
    <>
      <h1>{f.t("dashboards.overview.title")}</h1>
      {/* The answer first (the figures and the trend fit a 1280×720 screen), the filters after it. */}
      <Summary filters={filters} total={data.total} minN={data.minN} />
      <KeyFigures figures={data.keyFigures} previous={data.previous} compare={data.compare} />
      <ScoreTrend
        target={data.target}
        passMark={data.passMark}
        title={f.t("dashboards.trend.title")}
        months={data.months}
        series={series}
        trend={data.trend}
        table={tables.trend}
        csvHref={csv("trend")}
      />
      <FilterForm filters={filters} options={options} notices={notices} compare={data.compare} />
      <DashSection id="departments" title={f.t("dashboards.departments.title")}>
        <FunnelPlot points={data.departments} target={data.total.mean} sd={data.sd} minN={data.minN} />
        <DataTable table={tables.departments} csvHref={csv("departments")} />
      </DashSection>
      <DashSection id="rules" title={f.t("dashboards.rules.title")}>
        <DataTable table={tables.rules} csvHref={csv("rules")} note={f.t("dashboards.rules.note", { count: RULE_MIN_ANSWERS })} />
      </DashSection>
      <DashSection id="counts" title={f.t("dashboards.counts.title")}>
        <DashboardLineChart
          testId="chart-counts"
          title={f.t("dashboards.chart.count")}
          months={data.months}
          series={series}
          values={chartValues(data.trend, "audits")}
        />
        <DataTable table={tables.counts} csvHref={csv("counts")} collapsed />
      </DashSection>
    </>
  );
}
