// The security event log as CSV: the page's selection (same guard, scope and filters), every
// row, in the project's CSV form (UTF-8 with BOM, ";", formula-safe cells). The download
// is itself logged as an export.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { getDb } from "~/db.server";
import { csvFileName, toCsv } from "~/domain/csv/write";
import { formatVilniusDateTime } from "~/domain/time";
import { makeT } from "~/i18n";
import { requireRole } from "~/lib/auth.server";
import { resolveLocale } from "~/lib/locale.server";
import { allSecurityEvents } from "~/models/security-log/list.server";
import { recordSecurityEventSoon } from "~/models/security-log/record.server";
import { SECURITY_LOG_ROLES, securityLogFilter } from "./admin.security-log/schema";

export async function loader({ request }: LoaderFunctionArgs) {
  const user = requireRole(request, SECURITY_LOG_ROLES);
  const filter = securityLogFilter(new URL(request.url));
  const t = makeT(resolveLocale(request, user));
  const db = getDb();
  const header = (["at", "type", "organisation", "user", "actor", "ip", "detail"] as const).map((c) => t(`securityLog.csv.${c}`));
  const rows = [...allSecurityEvents(db, user, filter)].map((r) => [
    formatVilniusDateTime(r.at),
    t(`securityLog.event.${r.type}`),
    r.orgCode ?? "",
    r.user ?? "",
    r.actor ?? "",
    r.ip ?? "",
    r.detail ?? "",
  ]);
  await recordSecurityEventSoon(db, request, {
    type: "export",
    orgId: user.orgId,
    userId: user.id,
    detail: `security log: ${rows.length}`,
  });
  const name = csvFileName(["saugos-zurnalas", filter.from, filter.to].filter(Boolean).join("-"));
  return new Response(toCsv([header, ...rows]), {
    headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="${name}"` },
  });
}
