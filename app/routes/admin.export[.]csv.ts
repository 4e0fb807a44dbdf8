// The audit export as a streamed CSV download (admin and leadership). A wrong filter goes
// back to the form with its errors. Every audit with named staff leaves the system here, so
// the password must have been entered within the last minutes (issue 15); otherwise the
// confirmation returns to the export form with the same filter, to download again.
import { parseWithZod } from "@conform-to/zod/v4";
import { redirect, type LoaderFunctionArgs } from "@remix-run/node";
import { getDb } from "~/db.server";
import { vilniusDayRange } from "~/domain/time";
import { csvFileName } from "~/domain/csv/write";
import { requireRole } from "~/lib/auth.server";
import { requireRecentAuth } from "~/lib/reauth.server";
import { logAccess } from "~/models/access-log/record.server";
import { exportAuditsCsv } from "~/models/imports/export-audits.server";
import { recordSecurityEventSoon } from "~/models/security-log/record.server";
import { ExportSchema } from "./admin.export/schema";

export async function loader({ request }: LoaderFunctionArgs) {
  const user = requireRole(request, ["admin", "leadership"]);
  const url = new URL(request.url);
  requireRecentAuth(request, getDb(), `/admin/export${url.search}`);
  const submission = parseWithZod(url.searchParams, { schema: ExportSchema });
  const back = () => {
    url.searchParams.set("invalid", "1");
    return redirect(`/admin/export?${url.searchParams}`);
  };
  if (submission.status !== "success") throw back();
  const { from, to, checklist, separator } = submission.value;
  const range = vilniusDayRange(from, to);
  if (!range) throw back();
  await logAccess(getDb(), user, {
    action: "export_audits",
    object: "audits",
    orgId: user.orgId,
    detail: [`${from ?? ""}–${to ?? ""}`, checklist].filter(Boolean).join(" "),
  });
  const detail = `audits ${from ?? "…"}–${to ?? "…"}${checklist ? ` ${checklist}` : ""}`;
  await recordSecurityEventSoon(getDb(), request, { type: "export", orgId: user.orgId, userId: user.id, detail });
  const chunks = exportAuditsCsv(getDb(), user, {
    ...range,
    checklistId: checklist || undefined,
    separator: separator === "comma" ? "," : ";",
  });
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      const next = chunks.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
  });
  const name = csvFileName(["vertinimai", from, to, checklist].filter(Boolean).join("-"));
  return new Response(body, {
    headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="${name}"` },
  });
}
