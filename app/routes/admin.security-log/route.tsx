// The security event log of the administrator's organisation (the platform administrator:
// of every organisation, and the events of none), newest first, 50 a page, with filters
// kept in the URL and the same selection as CSV (admin.security-log[.]csv.ts).
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData, useLocation } from "@remix-run/react";
import { Pager, pageFromUrl } from "~/components/pager";
import { getDb } from "~/db.server";
import { requireRole } from "~/lib/auth.server";
import { pageTitle } from "~/lib/meta";
import { useI18n } from "~/lib/use-i18n";
import { SECURITY_LOG_PAGE_SIZE } from "~/domain/security-log/events";
import { countSecurityEvents, listSecurityEvents } from "~/models/security-log/list.server";
import { EventsTable } from "./components/events-table";
import { SecurityLogFilters } from "./components/filters";
import { SECURITY_LOG_ROLES, securityLogFilter } from "./schema";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "securityLog.title");

export function loader({ request }: LoaderFunctionArgs) {
  const user = requireRole(request, SECURITY_LOG_ROLES);
  const url = new URL(request.url);
  const filter = securityLogFilter(url);
  const db = getDb();
  const total = countSecurityEvents(db, user, filter);
  const page = pageFromUrl(url, total, SECURITY_LOG_PAGE_SIZE);
  const rows = listSecurityEvents(db, user, filter, page);
  return { rows, total, page, filter, allOrganisations: user.role === "platform_admin" };
}

export default function SecurityLogPage() {
  const { t } = useI18n();
  const { rows, total, page, filter, allOrganisations } = useLoaderData<typeof loader>();
  const { search } = useLocation();
  const query = new URLSearchParams(search);
  query.delete("page");
  return (
    <>
      <div className="page-head">
        <h1>{t("securityLog.title")}</h1>
        <a className="button secondary" href={`/admin/security-log.csv${query.size ? `?${query}` : ""}`} download>
          {t("securityLog.download")}
        </a>
      </div>
      <p>{t(allOrganisations ? "securityLog.introPlatform" : "securityLog.intro")}</p>
      <SecurityLogFilters filter={filter} />
      {rows.length === 0 ? <p>{t("securityLog.empty")}</p> : <EventsTable rows={rows} allOrganisations={allOrganisations} />}
      <Pager page={page} size={SECURITY_LOG_PAGE_SIZE} total={total} label={t("securityLog.pages")} />
    </>
  );
}
