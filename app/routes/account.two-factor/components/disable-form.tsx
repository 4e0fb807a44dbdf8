import { Form, useNavigation } from "@remix-run/react";
import { PASSWORD_MAX } from "~/lib/password-rules";
import { useI18n } from "~/lib/use-i18n";

/** Turning two-factor sign-in off: the password and a current code (or a recovery code). */
export function DisableForm({ error }: { error: string | null }) {
  const { t } = useI18n();
  const busy = useNavigation().state === "submitting";
  const describedBy = error ? "disable-error" : undefined;
  return (
    <Form method="post" className="card" aria-labelledby="disable-title">
      <h2 id="disable-title">{t("twoFactor.disable.title")}</h2>
      <input type="hidden" name="intent" value="disable" />
      {error ? (
        <p className="field__error" id="disable-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="field">
        <label htmlFor="disable-password">{t("login.password")}</label>
        <input
          id="disable-password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          maxLength={PASSWORD_MAX}
          aria-describedby={describedBy}
        />
      </div>
      <div className="field">
        <label htmlFor="disable-code">{t("twoFactor.codeOrRecovery")}</label>
        <input
          id="disable-code"
          name="code"
          type="text"
          autoComplete="one-time-code"
          required
          maxLength={40}
          aria-describedby={describedBy}
        />
      </div>
      <div className="button-row">
        <button type="submit" disabled={busy}>
          {t("twoFactor.disable.submit")}
        </button>
      </div>
    </Form>
  );
}
