// Sign-in, second step: the code from the authenticator app, or a recovery code
// (app/models/two-factor/challenge.server.ts). Without a live challenge, back to the password.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useNavigation } from "@remix-run/react";
import { z } from "zod";
import { getDb } from "~/db.server";
import { pageTitle } from "~/lib/meta";
import { useI18n } from "~/lib/use-i18n";
import { FocusedAlert } from "~/components/focused-alert";
import { answerChallenge, clearChallengeCookie, readChallenge } from "~/models/two-factor/challenge.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "twoFactor.signIn.title");

export function loader({ request }: LoaderFunctionArgs) {
  if (!readChallenge(getDb(), request)) throw redirect("/login", { headers: { "Set-Cookie": clearChallengeCookie(request) } });
  return null;
}

const CodeSchema = z.object({ code: z.string().trim().min(1).max(40) });

export async function action({ request }: ActionFunctionArgs) {
  const parsed = CodeSchema.safeParse(Object.fromEntries(await request.formData()));
  if (!parsed.success) return data({ error: "twoFactor.signIn.wrong" as const, seconds: 0 }, { status: 400 });
  const result = answerChallenge(getDb(), request, parsed.data.code);
  if (result.ok) {
    const headers = new Headers();
    for (const cookie of result.setCookie) headers.append("Set-Cookie", cookie);
    throw redirect(result.redirectTo, { headers });
  }
  if (result.reason === "expired") throw redirect("/login", { headers: { "Set-Cookie": clearChallengeCookie(request) } });
  if (result.reason === "invalid") return data({ error: "twoFactor.signIn.wrong" as const, seconds: 0 }, { status: 401 });
  const seconds = Math.ceil(result.retryAfterMs / 1000);
  return data({ error: "twoFactor.rateLimited" as const, seconds }, { status: 429, headers: { "Retry-After": String(seconds) } });
}

export default function SignInCodePage() {
  const { t } = useI18n();
  const actionData = useActionData<typeof action>();
  const busy = useNavigation().state === "submitting";
  const error = actionData?.error;
  return (
    <section className="login card" aria-labelledby="code-title">
      <h1 id="code-title">{t("twoFactor.signIn.title")}</h1>
      <p className="muted">{t("twoFactor.signIn.intro")}</p>
      {error ? (
        <FocusedAlert id="code-error" answer={actionData}>
          {t(error, { seconds: actionData.seconds })}
        </FocusedAlert>
      ) : null}
      <Form method="post">
        <div className="field">
          <label htmlFor="code">{t("twoFactor.code")}</label>
          <p className="field__hint" id="code-hint">
            {t("twoFactor.signIn.hint")}
          </p>
          <input
            id="code"
            name="code"
            type="text"
            autoComplete="one-time-code"
            spellCheck={false}
            autoCapitalize="off"
            required
            autoFocus
            maxLength={40}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? "code-hint code-error" : "code-hint"}
          />
        </div>
        <button type="submit" className="primary" disabled={busy}>
          {t("twoFactor.signIn.submit")}
        </button>
      </Form>
      <p>
        <a href="/login">{t("twoFactor.signIn.restart")}</a>
      </p>
    </section>
  );
}
