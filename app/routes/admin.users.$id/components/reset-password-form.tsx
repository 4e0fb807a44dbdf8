import { getFormProps, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import type { SubmissionResult } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { TextField } from "~/components/form";
import { useI18n } from "~/lib/use-i18n";
import { ResetPasswordSchema, type PasswordRule } from "../schema";

/** A separate form on the edit page: sets a new password, which ends the user's sessions. */
export function ResetPasswordForm({ rule, lastResult }: { rule: PasswordRule; lastResult?: SubmissionResult<string[]> }) {
  const { t } = useI18n();
  const schema = ResetPasswordSchema(rule);
  const [form, fields] = useForm({
    id: "reset-password",
    lastResult,
    constraint: getZodConstraint(schema),
    shouldValidate: "onBlur",
    // Once a field shows an error, it is re-checked as the user types, so the error is gone
    // before they press the button (re-checking on blur moved the button under the click).
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema }),
  });
  return (
    <section className="card password-reset" aria-labelledby="reset-password-title">
      <h2 id="reset-password-title">{t("admin.user.resetTitle")}</h2>
      <p>{t("admin.user.resetIntro")}</p>
      <Form method="post" {...getFormProps(form)}>
        <input type="hidden" name="intent" value="reset-password" />
        <TextField
          field={fields.password}
          type="password"
          label={t("admin.user.newPassword")}
          hint={t("admin.user.passwordHint", { min: rule.min, max: rule.max })}
          autoComplete="new-password"
          autoFocus={Boolean(lastResult?.error?.password?.length)}
        />
        <div className="button-row">
          <button type="submit">{t("admin.user.resetSubmit")}</button>
        </div>
      </Form>
    </section>
  );
}
