// CSV download of one dashboard table: the same guard, scope, filters and table builder as
// the page, so the file holds exactly what the page shows (UTF-8 BOM, ";", formula-safe).
import type { LoaderFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import type { Fmt } from "~/domain/dashboards/format";
import { filterSearch } from "~/domain/dashboards/filters";
import type { Table } from "~/domain/dashboards/tables";
import { tableText } from "~/domain/dashboards/tables";
import { channelsTables, departmentTables, employeeTables, overviewTables } from "~/domain/dashboards/view-tables";
import { getDb } from "~/db.server";
import { csvFileName, toCsv } from "~/domain/csv/write";
import { formatDate, formatNumber, makeT } from "~/i18n";
import { forbidden, notFound, requireUser, type SessionUser } from "~/lib/auth.server";
import { resolveLocale } from "~/lib/locale.server";
import { logAccess } from "~/models/access-log/record.server";
import { recordSecurityEventSoon } from "~/models/security-log/record.server";
import { channelsView, DASHBOARD_ROLES, departmentView, employeeView, overviewView } from "~/models/dashboards/views.server";

const Query = z.object({
  view: z.enum(["overview", "channels", "department", "employee"]),
  table: z.string().regex(/^[a-z]+$/),
  id: z.coerce.number().int().positive().max(1e12).optional(),
});

function allowed(user: SessionUser, roles: readonly string[]) {
  if (!roles.includes(user.role)) throw forbidden();
}

async function tablesFor(
  request: Request,
  user: SessionUser,
  fmt: Fmt,
  q: z.infer<typeof Query>,
): Promise<{ tables: Record<string, Table>; name: string; orgId: number | null; employeeId?: number }> {
  const db = getDb();
  const url = new URL(request.url);
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
      const v = q.id ? employeeView(db, user, q.id, url) : null;
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

export async function loader({ request }: LoaderFunctionArgs) {
  const user = requireUser(request);
  if (user.role === "mystery_shopper") throw forbidden();
  const parsed = Query.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) throw notFound();
  const locale = resolveLocale(request, user);
  const fmt: Fmt = {
    locale,
    t: makeT(locale),
    number: (value, digits) => formatNumber(locale, value, digits),
    date: (ms) => formatDate(locale, ms),
  };
  const { tables, name, orgId, employeeId } = await tablesFor(request, user, fmt, parsed.data);
  const table = tables[parsed.data.table];
  if (!table) throw notFound();
  const { view, id } = parsed.data;
  await logAccess(getDb(), user, {
    action: "export_dashboard",
    object: ["dashboard", view, table.id, id].filter((part) => part !== undefined).join(":"),
    orgId,
    employeeId,
    detail: new URL(request.url).search.slice(1),
  });
  const detail = `dashboard table ${name}-${table.id}`;
  await recordSecurityEventSoon(getDb(), request, { type: "export", orgId: user.orgId, userId: user.id, detail });
  return new Response(toCsv(tableText(table)), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${csvFileName(`${name}-${table.id}`)}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
