// The automatic checker on the fill-in form: attach the reply's .eml files or paste its text
// (e-mail audits), paste the transcript (phone and in-person audits). A form of its own
// (multipart), outside the answers' form, so its fields are never autosaved as answers.
import { Form } from "@remix-run/react";
import { useState } from "react";
import type { MessageKey, Params } from "~/i18n";
import { FORM_FILES_LIMIT, MiB } from "~/lib/body-limits";
import { useI18n } from "~/lib/use-i18n";

export type AutocheckError = { key: MessageKey; params?: Params };

export function autocheckError(result: { reason: string; file?: string }): AutocheckError {
  switch (result.reason) {
    case "not_an_email":
      return { key: "audits.autocheck.notAnEmail", params: { file: result.file ?? "" } };
    case "no_employee_words":
      return { key: "audits.autocheck.noEmployeeWords" };
    case "is_an_email":
      return { key: "audits.autocheck.isAnEmail" };
    default:
      return { key: "audits.autocheck.nothingToCheck" };
  }
}

export function AutocheckPanel({ channel, error: serverError, busy }: { channel: string; error?: AutocheckError; busy: boolean }) {
  const { t } = useI18n();
  const email = channel === "email";
  // Files over the form limit would be refused by the server before it reads them (413):
  // say so on the form and do not send them.
  const [tooLarge, setTooLarge] = useState(false);
  const error: AutocheckError | undefined = tooLarge
    ? { key: "audits.autocheck.tooLarge", params: { max: FORM_FILES_LIMIT / MiB } }
    : serverError;
  const errorId = "autocheck-error";
  const describedBy = error ? errorId : undefined;
  return (
    <section className="card autocheck-panel" aria-labelledby="autocheck-title" data-testid="autocheck-panel">
      <h2 id="autocheck-title">{t(email ? "audits.autocheck.emailTitle" : "audits.autocheck.transcriptTitle")}</h2>
      <p>{t(email ? "audits.autocheck.emailIntro" : "audits.autocheck.transcriptIntro")}</p>
      {error ? (
        <p className="alert" role="alert" id={errorId} data-testid="autocheck-error">
          {t(error.key, error.params)}
        </p>
      ) : null}
      <Form
        method="post"
        encType="multipart/form-data"
        data-testid="autocheck-form"
        onSubmit={(event) => {
          if (tooLarge) event.preventDefault();
        }}
      >
        {email ? (
          <div className="field">
            <label htmlFor="autocheckFiles">{t("audits.autocheck.files")}</label>
            <input
              id="autocheckFiles"
              type="file"
              name="autocheckFiles"
              accept=".eml,message/rfc822"
              multiple
              aria-describedby={describedBy}
              onChange={(event) => {
                const files = [...(event.currentTarget.files ?? [])];
                setTooLarge(files.reduce((sum, f) => sum + f.size, 0) > FORM_FILES_LIMIT);
              }}
            />
          </div>
        ) : null}
        <div className="field">
          <label htmlFor="autocheckText">{t(email ? "audits.autocheck.text" : "audits.autocheck.transcript")}</label>
          <textarea id="autocheckText" name="autocheckText" rows={email ? 4 : 8} maxLength={200_000} aria-describedby={describedBy} />
        </div>
        <button type="submit" name="intent" value="autocheck" className="secondary" disabled={busy} data-testid="autocheck-run">
          {t("audits.autocheck.run")}
        </button>
      </Form>
    </section>
  );
}
