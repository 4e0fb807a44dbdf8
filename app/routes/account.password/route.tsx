// A signed-in user changes their own password (app/models/people/own-password.server.ts).
import { pageTitle } from "~/lib/meta";
import { getFormProps, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { TextField } from "~/components/form";
import { getDb } from "~/db.server";
import { requireUser } from "~/lib/auth.server";
import { redirectWithMessage } from "~/lib/flash.server";
import { PASSWORD_MAX, PASSWORD_MIN } from "~/lib/password-rules";
import { useI18n } from "~/lib/use-i18n";
import { changeOwnPassword } from "~/models/people/own-password.server";
import { ChangePasswordSchema } from "./schema";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "account.password.title");

const RULE = { min: PASSWORD_MIN, max: PASSWORD_MAX };

export function loader({ request }: LoaderFunctionArgs) {
  requireUser(request);
  return { rule: RULE };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = requireUser(request);
  const submission = parseWithZod(await request.formData(), { schema: ChangePasswordSchema(RULE) });
  const hidden = { hideFields: ["current", "next", "confirm"] };
  if (submission.status !== "success") return data(submission.reply(hidden), { status: 400 });
  const { current, next } = submission.value;
  const result = await changeOwnPassword(getDb(), request, user, current, next);
  if (!result.ok) {
    const seconds = Math.ceil((result.retryAfterMs ?? 0) / 1000);
    const error = seconds ? `${result.error}|${JSON.stringify({ seconds })}` : result.error;
    const status = seconds ? 429 : 400;
    return data(submission.reply({ ...hidden, fieldErrors: { [result.field]: [error] } }), { status });
  }
  return redirectWithMessage("/", "account.password.changed", undefined, { headers: { "Set-Cookie": result.setCookie } });
}

export default function ChangePasswordPage() {
  const { t } = useI18n();
  const { rule } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const busy = useNavigation().state === "submitting";
  const schema = ChangePasswordSchema(rule);
  const [form, fields] = useForm({
    lastResult,
    constraint: getZodConstraint(schema),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema }),
  });
  const errors = lastResult?.error ?? {};
  const first = (["current", "next", "confirm"] as const).find((name) => errors[name]?.length);
  return (
    <>
      <h1>{t("account.password.title")}</h1>
      <p>{t("account.password.intro")}</p>
      <p>
        <Link to="/account/two-factor">{t("twoFactor.link")}</Link> · <Link to="/account/sessions">{t("sessions.link")}</Link>
      </p>
      <Form method="post" {...getFormProps(form)} className="card" data-testid="change-password-form">
        <TextField
          field={fields.current}
          type="password"
          label={t("account.password.current")}
          autoComplete="current-password"
          autoFocus={first === "current"}
        />
        <TextField
          field={fields.next}
          type="password"
          label={t("account.password.next")}
          hint={t("account.password.hint", { min: rule.min, max: rule.max })}
          autoComplete="new-password"
          autoFocus={first === "next"}
        />
        <TextField
          field={fields.confirm}
          type="password"
          label={t("account.password.confirm")}
          autoComplete="new-password"
          autoFocus={first === "confirm"}
        />
        <div className="button-row">
          <button type="submit" className="primary" disabled={busy}>
            {t("account.password.submit")}
          </button>
        </div>
      </Form>
    </>
  );
}
