import { Link } from "@remix-run/react";
import { useI18n } from "~/lib/use-i18n";

/** The recovery codes, shown once right after enrolment. */
export function RecoveryCodes({ codes }: { codes: string[] }) {
  const { t } = useI18n();
  return (
    <>
      <h1>{t("twoFactor.enabled")}</h1>
      <section className="card" aria-labelledby="recovery-title">
        <h2 id="recovery-title">{t("twoFactor.recovery.title")}</h2>
        <p>{t("twoFactor.recovery.intro")}</p>
        <ul className="recovery-codes" data-testid="recovery-codes">
          {codes.map((code) => (
            <li key={code}>
              <code>{code}</code>
            </li>
          ))}
        </ul>
        <p>
          <Link to="/">{t("twoFactor.recovery.done")}</Link>
        </p>
      </section>
    </>
  );
}
