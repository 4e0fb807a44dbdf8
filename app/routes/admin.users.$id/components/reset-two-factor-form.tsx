import { Form } from "@remix-run/react";
import { useI18n } from "~/lib/use-i18n";

/** For a user who lost both their phone and their recovery codes: they enrol again. */
export function ResetTwoFactorForm() {
  const { t } = useI18n();
  return (
    <section className="card" aria-labelledby="reset-two-factor-title">
      <h2 id="reset-two-factor-title">{t("twoFactor.adminReset.title")}</h2>
      <p>{t("twoFactor.adminReset.intro")}</p>
      <Form method="post">
        <input type="hidden" name="intent" value="reset-two-factor" />
        <div className="button-row">
          <button type="submit">{t("twoFactor.adminReset.submit")}</button>
        </div>
      </Form>
    </section>
  );
}
