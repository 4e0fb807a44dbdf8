// The import template of one checklist (header + example row), for admins and leadership.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { getDb } from "~/db.server";
import { notFound, requireOrgId, requireRole } from "~/lib/auth.server";
import { csvFileName } from "~/domain/csv/write";
import { checklistTemplateCsv } from "~/models/imports/export-template.server";

export function loader({ request, params }: LoaderFunctionArgs) {
  const user = requireRole(request, ["admin", "leadership"]);
  const id = params.id ?? "";
  const csv = /^[a-z0-9-]{1,80}$/.test(id) ? checklistTemplateCsv(getDb(), id, ";", requireOrgId(user)) : null;
  if (csv === null) throw notFound();
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${csvFileName(`sablonas-${id}`)}"`,
    },
  });
}
