// The tables a dashboard download holds: the same guard, scope, filters and table builders as
// the page, so that a CSV or XLSX file holds exactly what the page shows.
import { z } from "zod";
import type { Db } from "~/db.server";
import type { Fmt } from "~/domain/dashboards/format";
import { filterSearch } from "~/domain/dashboards/filters";
import type { Table } from "~/domain/dashboards/tables";
import { channelsTables, departmentTables, employeeTables, overviewTables } from "~/domain/dashboards/view-tables";
import { formatDate, formatNumber, makeT, type Locale } from "~/i18n";
import { forbidden, notFound, type SessionUser } from "~/lib/auth.server";
import { logAccess } from "~/models/access-log/record.server";
import { recordSecurityEventSoon } from "~/models/security-log/record.server";
import { channelsView, DASHBOARD_ROLES, departmentView, employeeView, overviewView } from "./views.server";

export const ExportQuery = z.object({
  view: z.enum(["overview", "channels", "department", "employee"]),
  table: z.string().regex(/^[a-z]+$/),
  id: z.coerce.number().int().positive().max(1e12).optional(),
});
export type ExportQuery = z.infer<typeof ExportQuery>;

function allowed(user: SessionUser, roles: readonly string[]) {
  if (!roles.includes(user.role)) throw forbidden();
}

export function exportFmt(locale: Locale): Fmt {
  return { locale, t: makeT(locale), number: (value, digits) => formatNumber(locale, value, digits), date: (ms) => formatDate(locale, ms) };
}

/** The view's tables and a file name stem; throws 403 for the role, 404 outside the scope. */
async function viewTables(
  db: Db,
  url: URL,
  user: SessionUser,
  fmt: Fmt,
  q: ExportQuery,
): Promise<{ tables: Record<string, Table>; name: string; orgId: number | null; employeeId?: number }> {
  switch (q.view) {
    case "overview": {
      allowed(user, DASHBOARD_ROLES.overview);
      const v = overviewView(db, user, url);
      return {
        tables: overviewTables(fmt, v.data, filterSearch(v.filters)),
        name: `apzvalga-${v.filters.from}-${v.filters.to}`,
        orgId: user.orgId,
      };
    }
    case "channels": {
      allowed(user, DASHBOARD_ROLES.channels);
      const v = channelsView(db, user, url);
      return { tables: channelsTables(fmt, v.data), name: `kanalai-${v.filters.from}-${v.filters.to}`, orgId: user.orgId };
    }
    case "department": {
      allowed(user, DASHBOARD_ROLES.department);
      const v = q.id ? departmentView(db, user, q.id, url) : null;
      if (!v) throw notFound();
      return {
        tables: departmentTables(fmt, v.data, filterSearch(v.filters)),
        name: `skyrius-${v.department.code}-${v.filters.from}-${v.filters.to}`,
        orgId: v.department.orgId,
      };
    }
    case "employee": {
      allowed(user, DASHBOARD_ROLES.employee);
      const v = q.id ? await employeeView(db, user, q.id, url) : null;
      if (!v) throw notFound();
      return {
        tables: employeeTables(fmt, v.data),
        name: `darbuotojas-${v.employee.id}-${v.filters.from}-${v.filters.to}`,
        orgId: v.employee.orgId,
        employeeId: v.employee.id,
      };
    }
  }
}

/** One table of a view for download, with its file name stem. */
export async function exportedTable(db: Db, url: URL, user: SessionUser, locale: Locale) {
  if (user.role === "mystery_shopper") throw forbidden();
  const parsed = ExportQuery.safeParse(Object.fromEntries(url.searchParams));
  if (!parsed.success) throw notFound();
  const { tables, name, orgId, employeeId } = await viewTables(db, url, user, exportFmt(locale), parsed.data);
  const table = tables[parsed.data.table];
  if (!table) throw notFound();
  return { table, name: `${name}-${table.id}`, query: parsed.data, orgId, employeeId };
}

/** A download of named staff's scores goes to the access log of personal data (issue 21) and
 * the security log (issue 15), whichever format it is in. */
export async function recordDashboardExport(
  db: Db,
  request: Request,
  user: SessionUser,
  exported: Awaited<ReturnType<typeof exportedTable>>,
) {
  const { query, table, orgId, employeeId, name } = exported;
  await logAccess(db, user, {
    action: "export_dashboard",
    object: ["dashboard", query.view, table.id, query.id].filter((part) => part !== undefined).join(":"),
    orgId,
    employeeId,
    detail: new URL(request.url).search.slice(1),
  });
  await recordSecurityEventSoon(db, request, { type: "export", orgId: user.orgId, userId: user.id, detail: `dashboard table ${name}` });
}
