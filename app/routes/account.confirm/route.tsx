// "Enter your password again" before a sensitive action (app/lib/reauth.server.ts).
import { pageTitle } from "~/lib/meta";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useNavigation, useSearchParams } from "@remix-run/react";
import { z } from "zod";
import { getDb } from "~/db.server";
import { requireUser } from "~/lib/auth.server";
import { PASSWORD_MAX } from "~/lib/password-rules";
import { safeRedirect } from "~/lib/safe-redirect";
import { useI18n } from "~/lib/use-i18n";
import { FocusedAlert } from "~/components/focused-alert";
import { confirmPassword } from "~/models/people/own-password.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "account.confirm.title");

export function loader({ request }: LoaderFunctionArgs) {
  requireUser(request);
  return null;
}

const ConfirmSchema = z.object({ password: z.string().min(1).max(PASSWORD_MAX), redirectTo: z.string().optional() });

export async function action({ request }: ActionFunctionArgs) {
  const user = requireUser(request);
  const parsed = ConfirmSchema.safeParse(Object.fromEntries(await request.formData()));
  if (!parsed.success) return data({ error: "account.confirm.wrong" as const, seconds: 0 }, { status: 400 });
  const result = await confirmPassword(getDb(), request, user, parsed.data.password);
  if (result.ok) throw redirect(safeRedirect(parsed.data.redirectTo));
  const seconds = Math.ceil((result.retryAfterMs ?? 0) / 1000);
  return data({ error: result.error, seconds }, { status: seconds ? 429 : 400 });
}

export default function ConfirmPasswordPage() {
  const { t } = useI18n();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  const busy = useNavigation().state === "submitting";
  return (
    <section className="card login" aria-labelledby="confirm-title">
      <h1 id="confirm-title">{t("account.confirm.title")}</h1>
      <p>{t("account.confirm.intro")}</p>
      {actionData?.error ? (
        <FocusedAlert id="confirm-error" answer={actionData}>
          {t(actionData.error, { seconds: actionData.seconds })}
        </FocusedAlert>
      ) : null}
      <Form method="post">
        <input type="hidden" name="redirectTo" value={params.get("redirectTo") ?? "/"} />
        <div className="field">
          <label htmlFor="confirm-password">{t("account.password.current")}</label>
          <input
            id="confirm-password"
            name="password"
            type="password"
            autoComplete="current-password"
            required
            autoFocus
            maxLength={PASSWORD_MAX}
            aria-invalid={actionData?.error ? true : undefined}
            aria-describedby={actionData?.error ? "confirm-error" : undefined}
          />
        </div>
        <button type="submit" className="primary" disabled={busy}>
          {t("account.confirm.submit")}
        </button>
      </Form>
    </section>
  );
}
