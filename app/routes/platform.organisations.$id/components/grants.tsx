import { Form } from "@remix-run/react";
import { useErrorText } from "~/components/form";
import { useI18n } from "~/lib/use-i18n";
import type { Role } from "~/domain/enums";

type Granted = { id: number; email: string; name: string; role: Role };

/** Users of other organisations who work in this one: grant by e-mail, revoke. */
export function Grants({ granted, error }: { granted: Granted[]; error?: string }) {
  const { t } = useI18n();
  const errorText = useErrorText();
  return (
    <section className="card" aria-labelledby="grants">
      <h2 id="grants">{t("platform.grant.title")}</h2>
      <p>{t("platform.grant.intro")}</p>
      {granted.length ? (
        <ul className="link-list">
          {granted.map((u) => (
            <li key={u.id}>
              <Form method="post" className="inline-form">
                {u.name} ({u.email}, {t(`role.${u.role}`)}) <input type="hidden" name="userId" value={u.id} />
                <button type="submit" name="intent" value="revoke" className="secondary">
                  {t("platform.grant.remove")}
                </button>
              </Form>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t("platform.grant.none")}</p>
      )}
      <Form method="post">
        <div className="field">
          <label htmlFor="grant-email">{t("platform.grant.email")}</label>
          <input
            id="grant-email"
            name="email"
            type="email"
            autoComplete="off"
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? "grant-error" : undefined}
          />
          {error ? (
            <p className="field__error" id="grant-error">
              {errorText(error)}
            </p>
          ) : null}
        </div>
        <button type="submit" name="intent" value="grant">
          {t("platform.grant.add")}
        </button>
      </Form>
    </section>
  );
}
