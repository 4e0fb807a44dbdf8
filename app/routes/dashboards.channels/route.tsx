import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { DataTable } from "~/components/dashboards/data-table";
import { FilterForm } from "~/components/dashboards/filter-form";
import { channelSeries, csvHref, DashSection, ScoreTrend, Summary, useFmt } from "~/components/dashboards/page-parts";
import { channelsTables } from "~/domain/dashboards/view-tables";
import { getDb } from "~/db.server";
import { requireRole } from "~/lib/auth.server";
import { channelsView, DASHBOARD_ROLES } from "~/models/dashboards/views.server";
import styles from "~/styles/dashboards.css";
import { RULE_MIN_ANSWERS } from "~/domain/dashboards/rule-ranking";
import { pageTitle } from "~/lib/meta";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];
export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "nav.channels");

export function loader({ request }: LoaderFunctionArgs) {
  const user = requireRole(request, DASHBOARD_ROLES.channels);
  return channelsView(getDb(), user, new URL(request.url));
}

export default function ChannelsPage() {
  const { filters, notices, options, data } = useLoaderData<typeof loader>();
  const f = useFmt();
  const tables = channelsTables(f, data);
  const series = channelSeries(f);
  const csv = (table: string) => csvHref("channels", table, filters);
  return (
    <>
      <h1>{f.t("dashboards.channels.title")}</h1>
      <FilterForm filters={filters} options={options} notices={notices} />
      <Summary filters={filters} total={data.total} minN={data.minN} />
      <DashSection id="channels" title={f.t("dashboards.channels.summary")}>
        <DataTable table={tables.channels} csvHref={csv("channels")} />
      </DashSection>
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
      <DashSection id="rules" title={f.t("dashboards.channels.rules")}>
        <DataTable table={tables.rules} csvHref={csv("rules")} note={f.t("dashboards.rules.note", { count: RULE_MIN_ANSWERS })} />
      </DashSection>
    </>
  );
}
