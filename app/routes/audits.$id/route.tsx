// The read-only audit record, printable on A4. Visible per audit-access rules; else 404.
import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { AuditRecordView } from "~/components/audit/audit-record";
import { PrintButton } from "~/components/audit/print-button";
import { getDb } from "~/db.server";
import { notFound, requireUser } from "~/lib/auth.server";
import { requireIdParam } from "~/lib/params";
import { useI18n } from "~/lib/use-i18n";
import { getAuditRecord } from "~/models/audits/access.server";
import { REVIEWER_ROLES } from "~/models/audits/review.server";
import styles from "~/styles/audits.css";
import { pageTitle } from "~/lib/meta";
import { logAccess } from "~/models/access-log/record.server";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];
export const meta: MetaFunction = ({ matches, params }) => pageTitle(matches, "audits.record.title", { id: params.id ?? "" });

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = requireUser(request);
  const db = getDb();
  const record = getAuditRecord(db, user, requireIdParam(params.id));
  if (!record) throw notFound();
  const { audit } = record;
  await logAccess(db, user, { action: "view_audit", object: `audit:${audit.id}`, orgId: audit.orgId, employeeId: audit.employeeId });
  const own = audit.auditorId === user.id && audit.auditType === "mystery_shopper";
  return {
    record,
    canEdit: own && (audit.state === "draft" || audit.state === "returned"),
    canReview:
      (REVIEWER_ROLES as readonly string[]).includes(user.role) && audit.state === "submitted" && audit.auditType === "mystery_shopper",
  };
}

export default function AuditPage() {
  const { t } = useI18n();
  const { record, canEdit, canReview } = useLoaderData<typeof loader>();
  return (
    <>
      <div className="button-row no-print">
        {canEdit ? (
          <Link className="button" to={`/audits/${record.audit.id}/edit`} data-testid="edit-audit">
            {t("audits.record.edit")}
          </Link>
        ) : null}
        {canReview ? (
          <Link className="button" to={`/review/${record.audit.id}`} data-testid="review-audit">
            {t("audits.record.review")}
          </Link>
        ) : null}
        <PrintButton />
      </div>
      <AuditRecordView record={record} />
    </>
  );
}
