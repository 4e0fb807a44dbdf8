// XLSX download of one dashboard table: the same table as the CSV (app/models/dashboards/
// export.server.ts), as a workbook with real numbers, number formats and a frozen header row.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { getDb } from "~/db.server";
import { csvFileName } from "~/domain/csv/write";
import { exportTable } from "~/domain/dashboards/export";
import { requireUser } from "~/lib/auth.server";
import { resolveLocale } from "~/lib/locale.server";
import { exportedTable, recordDashboardExport } from "~/models/dashboards/export.server";
import { xlsxOf } from "~/models/dashboards/xlsx.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const user = requireUser(request);
  const exported = await exportedTable(getDb(), new URL(request.url), user, resolveLocale(request, user));
  await recordDashboardExport(getDb(), request, user, exported);
  const { table, name } = exported;
  const file = csvFileName(name).replace(/\.csv$/, ".xlsx");
  return new Response(new Uint8Array(await xlsxOf(exportTable(table))), {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": `attachment; filename="${file}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
