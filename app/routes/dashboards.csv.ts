// CSV download of one dashboard table (app/models/dashboards/export.server.ts): numbers as
// numbers in columns of their own, for Excel with Lithuanian settings (UTF-8 BOM, ";",
// decimal comma), formula-safe.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { getDb } from "~/db.server";
import { csvFileName, toCsv } from "~/domain/csv/write";
import { exportCsvRows, exportTable } from "~/domain/dashboards/export";
import { requireUser } from "~/lib/auth.server";
import { resolveLocale } from "~/lib/locale.server";
import { exportedTable, recordDashboardExport } from "~/models/dashboards/export.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const user = requireUser(request);
  const exported = await exportedTable(getDb(), new URL(request.url), user, resolveLocale(request, user));
  await recordDashboardExport(getDb(), request, user, exported);
  const { table, name } = exported;
  return new Response(toCsv(exportCsvRows(exportTable(table))), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${csvFileName(name)}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
