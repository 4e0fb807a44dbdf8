// The access log of personal data, for the organisation's administrator: who viewed or
// exported whose data, when; filtered in the URL, 50 entries a page.
import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { pageFromUrl, Pager } from "~/components/pager";
import { getDb } from "~/db.server";
import { parseAccessLogFilters } from "~/domain/access-log/filters";
import { employeeFullName } from "~/domain/people/names";
import { requireOrgId, requireRole } from "~/lib/auth.server";
import { pageTitle } from "~/lib/meta";
import { useI18n } from "~/lib/use-i18n";
import { ACCESS_LOG_PAGE_SIZE, accessLogEmployee, accessLogPage, accessLogUsers, countAccessLog } from "~/models/access-log/list.server";
import styles from "~/styles/admin-people.css";
import { AccessLogFilterForm } from "./components/filter-form";
import { AccessLogTable } from "./components/log-table";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "privacy.log.title");
export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];

export function loader({ request }: LoaderFunctionArgs) {
  const user = requireRole(request, ["admin"]);
  const orgId = requireOrgId(user);
  const db = getDb();
  const url = new URL(request.url);
  const query = parseAccessLogFilters(url.searchParams);
  const employee = query.employeeId !== null ? accessLogEmployee(db, orgId, query.employeeId) : undefined;
  const total = countAccessLog(db, orgId, query);
  const page = pageFromUrl(url, total, ACCESS_LOG_PAGE_SIZE);
  const entries = accessLogPage(db, orgId, query, page);
  const { range: _range, ignored, ...filters } = query;
  return {
    filters,
    ignored,
    employeeName: employee ? employeeFullName(employee) : null,
    users: accessLogUsers(db, orgId),
    total,
    page,
    pageSize: ACCESS_LOG_PAGE_SIZE,
    entries,
  };
}

export default function AccessLogPage() {
  const { t, number } = useI18n();
  const { filters, ignored, employeeName, users, total, page, pageSize, entries } = useLoaderData<typeof loader>();
  const filtered = Boolean(filters.from || filters.to || filters.action || filters.userId !== null || filters.employeeId !== null);
  return (
    <>
      <h1>{t("privacy.log.title")}</h1>
      <p>{t("privacy.log.intro")}</p>
      <AccessLogFilterForm filters={filters} users={users} employeeName={employeeName} filtered={filtered} />
      {ignored.length ? (
        <p className="alert" role="alert">
          {t("privacy.log.ignored", { names: ignored.map((name) => t(`privacy.log.filter.${name}`)).join(", ") })}
        </p>
      ) : null}
      <p role="status" data-testid="access-log-total">
        {t("privacy.log.total", { count: number(total) })}
      </p>
      {entries.length === 0 ? (
        <p>{filtered ? t("privacy.log.noMatches") : t("privacy.log.empty")}</p>
      ) : (
        <AccessLogTable entries={entries} />
      )}
      <Pager page={page} size={pageSize} total={total} label={t("privacy.log.pager")} />
    </>
  );
}
