// A coordinator (administrator or leadership) creates a calibration session.
import { getFormProps, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { CheckboxGroupField, firstErrorName, SelectField, TextAreaField, TextField } from "~/components/form";
import { getDb } from "~/db.server";
import { vilniusDayRange } from "~/domain/time";
import { checklistName } from "~/domain/checklists/name";
import { requireOrgId, requireRole } from "~/lib/auth.server";
import { redirectWithMessage } from "~/lib/flash.server";
import { pageTitle } from "~/lib/meta";
import { useI18n } from "~/lib/use-i18n";
import { COORDINATOR_ROLES } from "~/models/calibration/access.server";
import { createSession, sessionFormOptions } from "~/models/calibration/create.server";
import { NewSessionSchema } from "./schema";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "title.calibrationNew");

const FIELD_ORDER = ["title", "material", "checklistId", "departmentId", "deadline", "auditorIds"];

export function loader({ request }: LoaderFunctionArgs) {
  const user = requireRole(request, COORDINATOR_ROLES);
  return sessionFormOptions(getDb(), requireOrgId(user));
}

export async function action({ request }: ActionFunctionArgs) {
  const user = requireRole(request, COORDINATOR_ROLES);
  const orgId = requireOrgId(user);
  const submission = parseWithZod(await request.formData(), { schema: NewSessionSchema });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  const { deadline, ...value } = submission.value;
  // The deadline is the end of that Vilnius day, and may not have passed already.
  const day = vilniusDayRange(deadline, deadline);
  if (!day?.to || day.to <= Date.now())
    return data(submission.reply({ fieldErrors: { deadline: ["calibration.error.deadline"] } }), { status: 400 });
  const result = createSession(getDb(), user, orgId, { ...value, deadline: day.to - 1 });
  if ("problem" in result) {
    const field = { checklist: "checklistId", department: "departmentId", auditors: "auditorIds" }[result.problem];
    return data(submission.reply({ fieldErrors: { [field]: [`calibration.error.${result.problem}`] } }), { status: 400 });
  }
  return redirectWithMessage(`/calibration/${result.id}`, "calibration.created");
}

export default function NewCalibrationSessionPage() {
  const { t, locale } = useI18n();
  const options = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const [form, fields] = useForm({
    lastResult,
    constraint: getZodConstraint(NewSessionSchema),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: NewSessionSchema }),
  });
  const focus = firstErrorName(FIELD_ORDER, lastResult?.error ?? undefined);
  return (
    <>
      <h1>{t("calibration.new")}</h1>
      <p>{t("calibration.new.intro")}</p>
      <Form method="post" {...getFormProps(form)} className="card" data-testid="session-form">
        <TextField field={fields.title} label={t("calibration.field.title")} autoFocus={focus === "title"} />
        <TextAreaField field={fields.material} label={t("calibration.field.material")} autoFocus={focus === "material"} />
        <SelectField
          field={fields.checklistId}
          label={t("calibration.field.checklist")}
          placeholder="—"
          options={options.checklists.map((c) => ({ value: c.id, label: checklistName(c, locale) }))}
          autoFocus={focus === "checklistId"}
        />
        <SelectField
          field={fields.departmentId}
          label={t("calibration.field.department")}
          placeholder="—"
          options={options.departments.map((d) => ({ value: String(d.id), label: d.name }))}
          autoFocus={focus === "departmentId"}
        />
        <TextField
          field={fields.deadline}
          type="date"
          label={t("calibration.field.deadline")}
          hint={t("calibration.field.deadlineHint")}
          autoFocus={focus === "deadline"}
        />
        <CheckboxGroupField
          field={fields.auditorIds}
          legend={t("calibration.field.auditors")}
          hint={t("calibration.field.auditorsHint")}
          options={options.auditors.map((a) => ({ value: String(a.id), label: `${a.name} (${t(`role.${a.role}`)})` }))}
          autoFocus={focus === "auditorIds"}
        />
        <button type="submit" className="primary" data-testid="create-session">
          {t("calibration.create")}
        </button>
      </Form>
    </>
  );
}
