// Everything held about one employee as one ZIP (GDPR Art. 15): their record, the audits
// naming them with answers and comments, the access log about them, and a readable summary.
// Like the full audit export, it needs the password entered within the last minutes, and it
// is itself recorded in the access log.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { strToU8, zipSync } from "fflate";
import { getDb } from "~/db.server";
import { subjectArchiveName, subjectFiles } from "~/domain/privacy/subject-archive";
import { notFound, requireOrgId, requireRole } from "~/lib/auth.server";
import { resolveLocale } from "~/lib/locale.server";
import { requireIdParam } from "~/lib/params";
import { requireRecentAuth } from "~/lib/reauth.server";
import { logAccess } from "~/models/access-log/record.server";
import { gatherSubjectData, subjectSummary } from "~/models/privacy/subject-export.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = requireRole(request, ["admin"]);
  const orgId = requireOrgId(user);
  const id = requireIdParam(params.id);
  const db = getDb();
  const locale = resolveLocale(request, user);
  const data = gatherSubjectData(db, orgId, id, { name: user.name, locale });
  if (!data) throw notFound();
  requireRecentAuth(request, db, `/admin/employees/${id}`);
  await logAccess(db, user, { action: "export_person", object: `employee:${id}`, orgId, employeeId: id });
  const files = subjectFiles(data, subjectSummary(data, locale));
  const zip = zipSync(Object.fromEntries(Object.entries(files).map(([name, text]) => [name, strToU8(text)])), { mtime: data.exportedAt });
  return new Response(zip, {
    headers: {
      "Content-Type": "application/zip",
      "Content-Disposition": `attachment; filename="${subjectArchiveName(id, data.exportedAt)}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
