import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { DataTable } from "~/components/dashboards/data-table";
import { FilterForm } from "~/components/dashboards/filter-form";
import { csvHref, DashSection, ScoreTrend, Summary, useFmt } from "~/components/dashboards/page-parts";
import { employeeTables } from "~/domain/dashboards/view-tables";
import { getDb } from "~/db.server";
import { notFound, requireRole } from "~/lib/auth.server";
import { requireIdParam } from "~/lib/params";
import { DASHBOARD_ROLES, employeeView } from "~/models/dashboards/views.server";
import styles from "~/styles/dashboards.css";
import { RULE_MIN_ANSWERS } from "~/domain/dashboards/rule-ranking";
import { pageTitle } from "~/lib/meta";
import { OwnViewers } from "~/components/privacy/own-viewers";
import { logAccess } from "~/models/access-log/record.server";
import { viewsOfEmployee } from "~/models/access-log/list.server";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];
export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "title.employeeResults");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = requireRole(request, DASHBOARD_ROLES.employee);
  const db = getDb();
  const view = employeeView(db, user, requireIdParam(params.id), new URL(request.url));
  if (!view) throw notFound();
  const { id, orgId } = view.employee;
  await logAccess(db, user, { action: "view_dashboard", object: `employee:${id}`, orgId, employeeId: id });
  return {
    ...view,
    // The person themself sees who else looked; an administrator reads it in the access log.
    viewers: user.employeeId === id ? viewsOfEmployee(db, id, user.id) : null,
    accessLogHref: user.role === "admin" ? `/admin/access-log?employee=${id}` : null,
  };
}

export default function EmployeeDashboardPage() {
  const { employee, filters, notices, options, data, viewers, accessLogHref } = useLoaderData<typeof loader>();
  const f = useFmt();
  const tables = employeeTables(f, data);
  const name = `${employee.firstName} ${employee.lastName}`;
  const csv = (table: string) => csvHref("employee", table, filters, employee.id);
  return (
    <>
      <h1>{f.t("dashboards.employee.title", { name })}</h1>
      <p>{f.t("dashboards.employee.subtitle", { position: employee.position, department: employee.departmentName })}</p>
      {accessLogHref ? (
        <p>
          <Link to={accessLogHref}>{f.t("privacy.log.employeeLink")}</Link>
        </p>
      ) : null}
      <FilterForm filters={filters} options={options} notices={notices} />
      <Summary filters={filters} total={data.total} minN={data.minN} />
      <ScoreTrend
        target={data.target}
        passMark={data.passMark}
        title={f.t("dashboards.trend.employeeTitle")}
        months={data.months}
        series={[{ key: "all", label: f.t("dashboards.trend.all") }]}
        trend={data.trend}
        table={tables.trend}
        csvHref={csv("trend")}
      />
      <DashSection id="sections" title={f.t("dashboards.sections.title")}>
        <DataTable table={tables.sections} csvHref={csv("sections")} />
      </DashSection>
      <DashSection id="rules" title={f.t("dashboards.rules.employeeTitle")}>
        <DataTable table={tables.rules} csvHref={csv("rules")} note={f.t("dashboards.rules.note", { count: RULE_MIN_ANSWERS })} />
      </DashSection>
      <DashSection id="audits" title={f.t("dashboards.audits.title")}>
        <DataTable table={tables.audits} csvHref={csv("audits")} note={f.t("dashboards.audits.limit", { count: data.audits.length })} />
      </DashSection>
      {viewers ? <OwnViewers viewers={viewers} /> : null}
    </>
  );
}
