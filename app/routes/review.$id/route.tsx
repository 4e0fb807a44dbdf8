// Review of one submitted mystery-shopper audit: the filled checklist with comments and the
// computed score, and the actions publish / send back / reject (resolving the employee first
// when the shopper did not know them).
import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { AuditRecordView } from "~/components/audit/audit-record";
import { ReviewActions } from "~/components/audit/review-actions";
import { getDb } from "~/db.server";
import { notFound, requireRole } from "~/lib/auth.server";
import { redirectWithMessage } from "~/lib/flash.server";
import { requireIdParam } from "~/lib/params";
import { useI18n } from "~/lib/use-i18n";
import { getAuditRecord } from "~/models/audits/access.server";
import { auditErrorResult } from "~/models/audits/errors.server";
import {
  departmentRoster,
  publishAudit,
  rejectAudit,
  resolveEmployee,
  returnAudit,
  REVIEWER_ROLES,
  type Resolution,
} from "~/models/audits/review.server";
import styles from "~/styles/audits.css";
import { ReviewSchema } from "./schema";
import { pageTitle } from "~/lib/meta";
import { logAccess } from "~/models/access-log/record.server";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];
export const meta: MetaFunction = ({ matches, params }) => pageTitle(matches, "review.item", { id: params.id ?? "" });

function load(request: Request, idParam: string | undefined) {
  const user = requireRole(request, REVIEWER_ROLES);
  const id = requireIdParam(idParam);
  const record = getAuditRecord(getDb(), user, id);
  if (!record || record.audit.auditType !== "mystery_shopper" || record.audit.state === "draft") throw notFound();
  return { user, id, record };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, id, record } = load(request, params.id);
  if (record.audit.state !== "submitted") throw redirect(`/audits/${id}`);
  const { orgId, employeeId } = record.audit;
  await logAccess(getDb(), user, { action: "view_audit", object: `audit:${id}`, orgId, employeeId });
  const roster = departmentRoster(getDb(), record.audit.departmentId).filter((e) => e.active || e.id === record.audit.employeeId);
  return { record, roster };
}

const toResolution = (value: string): Resolution => (value === "department_only" ? "department_only" : { employeeId: Number(value) });

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, id } = load(request, params.id);
  const submission = parseWithZod(await request.formData(), { schema: ReviewSchema });
  if (submission.status !== "success") return { ...submission.reply(), actionError: null };
  const v = submission.value;
  const db = getDb();
  try {
    switch (v.intent) {
      case "publish":
        publishAudit(db, user, id, { resolution: v.resolution ? toResolution(v.resolution) : undefined });
        return redirectWithMessage(`/audits/${id}`, "review.published");
      case "return":
        returnAudit(db, user, id, v.comment);
        return redirectWithMessage("/review", "review.returned");
      case "reject":
        rejectAudit(db, user, id, v.reason);
        return redirectWithMessage("/review", "review.rejected");
      case "resolve":
        resolveEmployee(db, user, id, toResolution(v.resolution));
        return redirectWithMessage(`/review/${id}`, "review.resolved");
    }
  } catch (error) {
    return { ...submission.reply(), actionError: auditErrorResult(error).error };
  }
}

export default function ReviewPage() {
  const { record, roster } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useI18n();
  return (
    <>
      <p className="no-print">
        <a className="button secondary" href="#decision" data-testid="jump-to-decision">
          {t("review.jumpToDecision")}
        </a>
      </p>
      {result?.actionError ? (
        <p className="alert" role="alert">
          {t(result.actionError)}
        </p>
      ) : null}
      <AuditRecordView record={record} />
      <ReviewActions audit={record.audit} roster={roster} result={result} />
    </>
  );
}
