// The inspection walk-through: one employee after another (appearance checklist, "next
// employee" or "absent"), the workplace checklist, then submit, which publishes everything.
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useEffect, useRef } from "react";
import { ChecklistFields, ErrorSummary, errorsByItem } from "~/components/audit/checklist-fields";
import { deleteRecords } from "~/components/audit/field-store";
import { useLocalCopy } from "~/components/audit/use-local-copy";
import { useSafeSubmit } from "~/components/audit/use-safe-submit";
import { StaffProgress } from "~/components/audit/staff-progress";
import { getDb } from "~/db.server";
import { answersFromForm } from "~/domain/audit-form/fields";
import { badRequest, notFound, requireRole } from "~/lib/auth.server";
import { redirectWithMessage } from "~/lib/flash.server";
import { requireIdParam } from "~/lib/params";
import { useI18n } from "~/lib/use-i18n";
import { readAnswers } from "~/models/audits/answers.server";
import { auditErrorResult } from "~/models/audits/errors.server";
import {
  getInspection,
  markEmployeeAbsent,
  recordInspectionEmployee,
  recordInspectionWorkplace,
  submitInspection,
} from "~/models/audits/inspection.server";
import styles from "~/styles/audits.css";
import { checklistName } from "~/domain/checklists/name";
import { pageTitle } from "~/lib/meta";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];
export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "nav.inspections");

function load(request: Request, idParam: string | undefined) {
  const user = requireRole(request, ["supervisor"]);
  const id = requireIdParam(idParam);
  const data = getInspection(getDb(), user, id);
  if (!data) throw notFound();
  return { user, id, data };
}

/** Which subject the page shows: ?employee=<id>, ?part=workplace, else the next one to do. */
function subjectOf(url: URL, data: NonNullable<ReturnType<typeof getInspection>>) {
  if (data.inspection.state !== "draft") return null;
  const employeeParam = url.searchParams.get("employee");
  if (employeeParam) {
    const employee = data.staff.find((s) => String(s.employeeId) === employeeParam);
    if (!employee || !data.appearance) throw notFound();
    return { kind: "employee" as const, employee };
  }
  if (url.searchParams.get("part") === "workplace" && data.workplace) return { kind: "workplace" as const };
  const next = data.appearance ? data.staff.find((s) => s.status === "pending") : undefined;
  if (next) return { kind: "employee" as const, employee: next };
  if (data.workplace && !data.workplaceAuditId) return { kind: "workplace" as const };
  return null;
}

export function loader({ request, params }: LoaderFunctionArgs) {
  const { data } = load(request, params.id);
  const subject = subjectOf(new URL(request.url), data);
  const auditId = subject?.kind === "employee" ? subject.employee.auditId : subject?.kind === "workplace" ? data.workplaceAuditId : null;
  return {
    inspection: { id: data.inspection.id, state: data.inspection.state, inspectedAt: data.inspection.inspectedAt },
    department: data.department,
    staff: data.staff,
    workplaceAuditId: data.workplaceAuditId,
    appearance: data.appearance?.checklist ?? null,
    workplace: data.workplace?.checklist ?? null,
    subject,
    answers: auditId ? readAnswers(getDb(), auditId) : [],
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, id, data } = load(request, params.id);
  const form = await request.formData();
  const intent = String(form.get("intent") ?? "");
  const db = getDb();
  const getAll = (name: string) => form.getAll(name).map(String);
  try {
    if (intent === "employee" || intent === "absent") {
      const employeeId = requireIdParam(String(form.get("employeeId") ?? ""));
      if (intent === "absent") {
        markEmployeeAbsent(db, user, id, employeeId);
        return redirectWithMessage(`/inspections/${id}`, "inspections.absentSaved");
      }
      const answers = data.appearance ? answersFromForm(data.appearance.checklist, getAll) : [];
      try {
        recordInspectionEmployee(db, user, id, employeeId, answers);
      } catch (error) {
        return { ...auditErrorResult(error), answers };
      }
      return redirectWithMessage(`/inspections/${id}`, "inspections.employeeSaved");
    }
    if (intent === "workplace") {
      const answers = data.workplace ? answersFromForm(data.workplace.checklist, getAll) : [];
      try {
        recordInspectionWorkplace(db, user, id, answers);
      } catch (error) {
        return { ...auditErrorResult(error), answers };
      }
      return redirectWithMessage(`/inspections/${id}`, "inspections.workplaceDone");
    }
    if (intent === "submit") {
      submitInspection(db, user, id);
      return redirectWithMessage("/audits", "inspections.submitted");
    }
  } catch (error) {
    return { ...auditErrorResult(error), answers: null };
  }
  throw badRequest(); // an intent the page never sends
}

export default function InspectionPage() {
  const { t, locale, dateTime } = useI18n();
  const { inspection, department, staff, workplaceAuditId, appearance, workplace, subject, answers } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const busy = useNavigation().state === "submitting";
  const errors = errorsByItem(result?.answerErrors);
  const shownAnswers = result?.answers ?? answers;
  const formKey = subject?.kind === "employee" ? `e${subject.employee.employeeId}` : (subject?.kind ?? "none");
  // The answers of each employee (and the workplace) live on the device until the server has them.
  const formRef = useRef<HTMLFormElement>(null);
  const checklist = subject?.kind === "employee" ? appearance : subject?.kind === "workplace" ? workplace : null;
  const copy = useLocalCopy(
    formRef,
    subject ? `inspection:${inspection.id}:${formKey}` : null,
    checklist,
    answers,
    locale === "lt" ? "," : ".",
  );
  const safe = useSafeSubmit();
  const open = inspection.state === "draft";
  useEffect(() => {
    if (!open) void deleteRecords(`inspection:${inspection.id}:`);
  }, [open, inspection.id]);
  const formProps = { ref: formRef, onChange: copy.onChange, onSubmit: safe.onSubmit };
  return (
    <>
      <h1>{t("inspections.title", { department: department.name })}</h1>
      <p className="muted">{dateTime(inspection.inspectedAt)}</p>
      {result?.error ? (
        <p className="alert" role="alert">
          {t(result.error)}
        </p>
      ) : null}
      {safe.offline ? (
        <p className="alert" role="alert" data-testid="offline-post">
          {t("field.offlinePost")}
        </p>
      ) : null}
      {copy.restored ? (
        <p className="notice" role="status" data-testid="restored-copy">
          {t("audits.form.restored")}
        </p>
      ) : null}
      <StaffProgress
        inspectionId={inspection.id}
        staff={staff}
        workplace={workplace ? { title: checklistName(workplace, locale), done: !!workplaceAuditId } : null}
        current={subject}
        open={inspection.state === "draft"}
      />
      {subject?.kind === "employee" && appearance ? (
        <section className="card" key={formKey} aria-labelledby="current-employee">
          <h2 id="current-employee" data-testid="current-employee">
            {t("inspections.employee", { name: `${subject.employee.firstName} ${subject.employee.lastName}` })}
          </h2>
          <p className="muted">{subject.employee.position}</p>
          {/* "Absent" is a form of its own: Enter in the answers must never submit it. */}
          <Form method="post" onSubmit={safe.onSubmit}>
            <input type="hidden" name="employeeId" value={subject.employee.employeeId} />
            <button type="submit" name="intent" value="absent" className="secondary" disabled={busy} data-testid="mark-absent">
              {t("inspections.absent")}
            </button>
          </Form>
          <Form method="post" data-testid="employee-form" {...formProps}>
            <input type="hidden" name="employeeId" value={subject.employee.employeeId} />
            <ErrorSummary errors={errors} result={result} />
            <ChecklistFields checklist={appearance} answers={shownAnswers} errors={errors} />
            <div className="audit-actions">
              <button type="submit" name="intent" value="employee" className="primary" disabled={busy} data-testid="next-employee">
                {t("inspections.next")}
              </button>
            </div>
          </Form>
        </section>
      ) : null}
      {subject?.kind === "workplace" && workplace ? (
        <Form method="post" key={formKey} className="card" data-testid="workplace-form" {...formProps}>
          <h2>{checklistName(workplace, locale)}</h2>
          <ErrorSummary errors={errors} result={result} />
          <ChecklistFields checklist={workplace} answers={shownAnswers} errors={errors} />
          <div className="audit-actions">
            <button type="submit" name="intent" value="workplace" className="primary" disabled={busy} data-testid="save-workplace">
              {t("inspections.saveWorkplace")}
            </button>
          </div>
        </Form>
      ) : null}
      {inspection.state === "draft" ? (
        <Form method="post" className="card" onSubmit={safe.onSubmit}>
          {subject === null ? <p>{t("inspections.allDone")}</p> : null}
          <button type="submit" name="intent" value="submit" className="primary" disabled={busy} data-testid="submit-inspection">
            {t("inspections.submit")}
          </button>
        </Form>
      ) : (
        <p className="notice">
          {t("inspections.submitted")} <Link to="/audits">{t("audits.title")}</Link>
        </p>
      )}
    </>
  );
}
