import { Form, useNavigation } from "@remix-run/react";
import { useI18n } from "~/lib/use-i18n";

export function StartForm() {
  const { t } = useI18n();
  return (
    <Form method="post" className="card">
      <p>{t("twoFactor.startIntro")}</p>
      <div className="button-row">
        <button type="submit" name="intent" value="start" className="primary">
          {t("twoFactor.start")}
        </button>
      </div>
    </Form>
  );
}

/** Scan (or type the key), then confirm with the code the app shows. */
export function EnrolPanel({ qr, secret, error }: { qr: string; secret: string; error: string | null }) {
  const { t } = useI18n();
  const busy = useNavigation().state === "submitting";
  return (
    <Form method="post" className="card">
      <input type="hidden" name="intent" value="confirm" />
      <ol>
        <li>{t("twoFactor.step.scan")}</li>
        <li>{t("twoFactor.step.confirm")}</li>
      </ol>
      <img src={qr} alt={t("twoFactor.qrAlt")} width={200} height={200} className="qr-code" />
      <p>
        {t("twoFactor.manualKey")} <code data-testid="two-factor-secret">{secret.replace(/(.{4})/g, "$1 ").trim()}</code>
      </p>
      <div className="field">
        <label htmlFor="code">{t("twoFactor.code")}</label>
        {error ? (
          <p className="field__error" id="code-error" role="alert">
            {error}
          </p>
        ) : null}
        <input
          id="code"
          name="code"
          type="text"
          inputMode="numeric"
          autoComplete="one-time-code"
          required
          maxLength={40}
          autoFocus={!!error}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "code-error" : undefined}
        />
      </div>
      <div className="button-row">
        <button type="submit" className="primary" disabled={busy}>
          {t("twoFactor.confirm")}
        </button>
      </div>
    </Form>
  );
}
