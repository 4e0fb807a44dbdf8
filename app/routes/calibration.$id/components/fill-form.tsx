// The invited auditor's blind form: the whole checklist, submitted once.
import { Form, useNavigation } from "@remix-run/react";
import { ChecklistFields, ErrorSummary, errorsByItem } from "~/components/audit/checklist-fields";
import type { Checklist } from "~/domain/checklists/schema";
import type { AnswerError, RawAnswer } from "~/domain/scoring";
import { useI18n } from "~/lib/use-i18n";

export function FillForm({ checklist, result }: { checklist: Checklist; result?: { answerErrors: AnswerError[]; answers: RawAnswer[] } }) {
  const { t } = useI18n();
  const busy = useNavigation().state === "submitting";
  const errors = errorsByItem(result?.answerErrors);
  return (
    <section aria-labelledby="fill-title" className="audit-form">
      <h2 id="fill-title">{t("calibration.fill.title")}</h2>
      <ErrorSummary errors={errors} result={result} />
      <Form method="post" noValidate data-testid="calibration-form">
        <ChecklistFields checklist={checklist} answers={result?.answers ?? []} errors={errors} />
        <div className="audit-actions">
          <button type="submit" name="intent" value="submit" className="primary" disabled={busy} data-testid="submit-calibration">
            {t("calibration.fill.submit")}
          </button>
        </div>
      </Form>
    </section>
  );
}
