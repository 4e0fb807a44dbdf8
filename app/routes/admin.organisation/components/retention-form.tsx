// How long the organisation keeps personal data: the retention periods the daily purge applies.
import { getFormProps, useForm, type SubmissionResult } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import { Form } from "@remix-run/react";
import { firstErrorName, TextField } from "~/components/form";
import type { RetentionSettings } from "~/domain/retention/policy";
import { useI18n } from "~/lib/use-i18n";
import { RetentionSchema } from "../schema";

const FIELD_ORDER = ["auditsMonths", "accessLogMonths", "leaversMonths"];

export function RetentionForm({ retention, lastResult }: { retention: RetentionSettings; lastResult?: SubmissionResult<string[]> }) {
  const { t } = useI18n();
  const [form, fields] = useForm({
    id: "retention",
    lastResult,
    constraint: getZodConstraint(RetentionSchema),
    defaultValue: {
      auditsMonths: retention.auditsMonths === null ? "" : String(retention.auditsMonths),
      accessLogMonths: String(retention.accessLogMonths),
      leaversMonths: String(retention.leaversMonths),
    },
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: RetentionSchema }),
  });
  const focus = firstErrorName(FIELD_ORDER, lastResult?.error ?? undefined);
  return (
    <Form method="post" {...getFormProps(form)} className="card" aria-labelledby="retention-title">
      <h2 id="retention-title">{t("privacy.retention.title")}</h2>
      <p>{t("privacy.retention.intro")}</p>
      <input type="hidden" name="intent" value="retention" />
      <TextField
        field={fields.auditsMonths}
        type="number"
        label={t("privacy.retention.audits")}
        hint={t("privacy.retention.auditsHint")}
        autoFocus={focus === "auditsMonths"}
      />
      <TextField
        field={fields.accessLogMonths}
        type="number"
        label={t("privacy.retention.accessLog")}
        autoFocus={focus === "accessLogMonths"}
      />
      <TextField
        field={fields.leaversMonths}
        type="number"
        label={t("privacy.retention.leavers")}
        hint={t("privacy.retention.leaversHint")}
        autoFocus={focus === "leaversMonths"}
      />
      <p>{t("privacy.retention.fixed")}</p>
      <div className="button-row">
        <button type="submit" data-testid="retention-save">
          {t("privacy.retention.save")}
        </button>
      </div>
    </Form>
  );
}
