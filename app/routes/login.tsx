import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useNavigation, useSearchParams } from "@remix-run/react";
import { z } from "zod";
import { getDb } from "~/db.server";
import { getOptionalUser } from "~/lib/auth.server";
import { safeRedirect } from "~/lib/safe-redirect";
import { useI18n } from "~/lib/use-i18n";
import { FocusedAlert } from "~/components/focused-alert";
import { signIn } from "~/models/people/sign-in.server";
import { PASSWORD_MAX } from "~/lib/password-rules";
import { pageTitle } from "~/lib/meta";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "login.title");

export function loader({ request }: LoaderFunctionArgs) {
  if (getOptionalUser(request)) throw redirect("/");
  return null;
}

const SignInSchema = z.object({
  email: z.string().trim().min(1).max(254),
  password: z.string().min(1).max(PASSWORD_MAX),
  redirectTo: z.string().optional(),
});

export async function action({ request }: ActionFunctionArgs) {
  const parsed = SignInSchema.safeParse(Object.fromEntries(await request.formData()));
  if (!parsed.success) return data({ error: "login.invalid" as const }, { status: 400 });
  const { email, password, redirectTo } = parsed.data;
  const result = await signIn(getDb(), request, email, password, safeRedirect(redirectTo));
  if (result.ok) {
    const to = result.secondFactor ? "/login/code" : safeRedirect(redirectTo);
    throw redirect(to, { headers: { "Set-Cookie": result.setCookie } });
  }
  if (result.reason === "invalid") return data({ error: "login.invalid" as const }, { status: 401 });
  const seconds = Math.ceil(result.retryAfterMs / 1000);
  return data({ error: "login.rateLimited" as const, seconds }, { status: 429, headers: { "Retry-After": String(seconds) } });
}

export default function LoginPage() {
  const { t } = useI18n();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  const navigation = useNavigation();
  const error = actionData?.error;
  return (
    <section className="login card" aria-labelledby="login-title">
      <h1 id="login-title">{t("login.title")}</h1>
      <p className="muted">{t("login.intro")}</p>
      {error ? (
        <FocusedAlert id="login-error" answer={actionData}>
          {actionData && "seconds" in actionData ? t("login.rateLimited", { seconds: actionData.seconds }) : t(error)}
        </FocusedAlert>
      ) : null}
      <Form method="post" noValidate={false}>
        <input type="hidden" name="redirectTo" value={params.get("redirectTo") ?? "/"} />
        <div className="field">
          <label htmlFor="email">{t("login.email")}</label>
          <input
            id="email"
            name="email"
            type="email"
            autoComplete="username"
            required
            autoFocus
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? "login-error" : undefined}
          />
        </div>
        <div className="field">
          <label htmlFor="password">{t("login.password")}</label>
          <input
            id="password"
            name="password"
            type="password"
            autoComplete="current-password"
            required
            maxLength={PASSWORD_MAX}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? "login-error" : undefined}
          />
        </div>
        <button type="submit" className="primary" disabled={navigation.state === "submitting"}>
          {t("login.submit")}
        </button>
      </Form>
    </section>
  );
}
