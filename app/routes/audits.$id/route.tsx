// The read-only audit record, printable on A4. Visible per audit-access rules; else 404.
// The employee it is about acknowledges it here („Susipažinau“) and may dispute it.
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { AuditRecordView } from "~/components/audit/audit-record";
import { PrintButton } from "~/components/audit/print-button";
import { AcknowledgementPanel } from "~/components/disputes/acknowledgement-panel";
import { getDb } from "~/db.server";
import { badRequest, notFound, requireUser } from "~/lib/auth.server";
import { redirectWithMessage } from "~/lib/flash.server";
import { requireIdParam } from "~/lib/params";
import { useI18n } from "~/lib/use-i18n";
import { getAuditRecord } from "~/models/audits/access.server";
import { getAuditRow } from "~/models/audits/audit.server";
import { REVIEWER_ROLES } from "~/models/audits/review.server";
import { acknowledgeAudit, acknowledgementOf } from "~/models/disputes/acknowledge.server";
import { disputeWindow } from "~/models/disputes/dispute.server";
import { disputeErrorResult } from "~/models/disputes/errors.server";
import { disputeOfAudit } from "~/models/disputes/read.server";
import { isAboutUser } from "~/models/disputes/scope.server";
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
  const published = audit.state === "published";
  const aboutMe = published && isAboutUser(user, getAuditRow(db, audit.id)!);
  // Who has read it matters to the employee and to those who manage them, not to the auditor.
  const showsAcknowledgement = published && audit.employeeId !== null && (aboutMe || user.role !== "mystery_shopper");
  return {
    record,
    canEdit: own && (audit.state === "draft" || audit.state === "returned"),
    canReview:
      (REVIEWER_ROLES as readonly string[]).includes(user.role) && audit.state === "submitted" && audit.auditType === "mystery_shopper",
    acknowledgement: showsAcknowledgement ? { at: acknowledgementOf(db, audit.id)?.at ?? null, aboutMe } : null,
    dispute: disputeOfAudit(db, user, audit.id),
    window: aboutMe ? disputeWindow(db, getAuditRow(db, audit.id)!) : null,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = requireUser(request);
  const id = requireIdParam(params.id);
  const form = await request.formData();
  if (form.get("intent") !== "acknowledge") throw badRequest();
  try {
    acknowledgeAudit(getDb(), user, id);
  } catch (error) {
    const { status, ...refusal } = disputeErrorResult(error);
    return data(refusal, { status });
  }
  return redirectWithMessage(`/audits/${id}`, "ack.saved");
}

export default function AuditPage() {
  const { t } = useI18n();
  const { record, canEdit, canReview, acknowledgement, dispute, window } = useLoaderData<typeof loader>();
  const refusal = useActionData<typeof action>();
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
      {refusal ? (
        <p className="alert no-print" role="alert">
          {t(refusal.error, refusal.values)}
        </p>
      ) : null}
      {acknowledgement || dispute ? (
        <AcknowledgementPanel auditId={record.audit.id} acknowledgement={acknowledgement} dispute={dispute} window={window} />
      ) : null}
      <AuditRecordView record={record} />
    </>
  );
}
