import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { DataTable } from "~/components/dashboards/data-table";
import { FilterForm } from "~/components/dashboards/filter-form";
import { filterSearch } from "~/domain/dashboards/filters";
import { channelSeries, csvHref, DashSection, ScoreTrend, Summary, useFmt } from "~/components/dashboards/page-parts";
import { departmentTables } from "~/domain/dashboards/view-tables";
import { getDb } from "~/db.server";
import { notFound, requireRole } from "~/lib/auth.server";
import { requireIdParam } from "~/lib/params";
import { DASHBOARD_ROLES, departmentView } from "~/models/dashboards/views.server";
import styles from "~/styles/dashboards.css";
import { RULE_MIN_ANSWERS } from "~/domain/dashboards/rule-ranking";
import { pageTitle, titled } from "~/lib/meta";
import { logAccess } from "~/models/access-log/record.server";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];
export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  data ? titled(data.department.name) : pageTitle(matches, "title.department");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = requireRole(request, DASHBOARD_ROLES.department);
  const db = getDb();
  const view = departmentView(db, user, requireIdParam(params.id), new URL(request.url));
  if (!view) throw notFound();
  // The page lists its employees' scores by name: personal data, logged.
  const { id, orgId } = view.department;
  await logAccess(db, user, { action: "view_department", object: `department:${id}`, orgId });
  return view;
}

export default function DepartmentDashboardPage() {
  const { department, filters, notices, options, data } = useLoaderData<typeof loader>();
  const f = useFmt();
  const tables = departmentTables(f, data, filterSearch(filters));
  const series = channelSeries(f);
  const csv = (table: string) => csvHref("department", table, filters, department.id);
  return (
    <>
      <h1>{f.t("dashboards.department.title", { name: department.name })}</h1>
      <FilterForm filters={filters} options={options} notices={notices} />
      <Summary filters={filters} total={data.total} minN={data.minN} />
      <ScoreTrend
        target={data.target}
        passMark={data.passMark}
        title={f.t("dashboards.trend.deptTitle")}
        months={data.months}
        series={series}
        trend={data.trend}
        table={tables.trend}
        csvHref={csv("trend")}
      />
      <DashSection id="employees" title={f.t("dashboards.employees.title")}>
        <DataTable table={tables.employees} csvHref={csv("employees")} />
      </DashSection>
      <DashSection id="heat" title={f.t("dashboards.heat.title")}>
        <DataTable
          table={tables.heat}
          csvHref={csv("heat")}
          note={`${f.t("dashboards.heat.note", { count: data.minN })} ${f.t("dashboards.rules.note", { count: RULE_MIN_ANSWERS })}`}
        />
      </DashSection>
      <DashSection id="audits" title={f.t("dashboards.audits.title")}>
        <DataTable table={tables.audits} csvHref={csv("audits")} note={f.t("dashboards.audits.limit", { count: data.audits.length })} />
      </DashSection>
    </>
  );
}
