// The coordinator's optional reference answers, one select per item (hidden from auditors until closing).
import { Form } from "@remix-run/react";
import type { Checklist } from "~/domain/checklists/schema";
import { useI18n } from "~/lib/use-i18n";

export const REFERENCE_FIELD = (key: string) => `ref:${key}`;

export function ReferenceForm({ checklist, references }: { checklist: Checklist; references: Record<string, number> }) {
  const { t, locale } = useI18n();
  return (
    <section aria-labelledby="reference-title" className="card">
      <h2 id="reference-title">{t("calibration.reference.title")}</h2>
      <p>{t("calibration.reference.intro")}</p>
      <Form method="post" data-testid="reference-form">
        {checklist.sections.flatMap((section) =>
          section.items.map((item) => (
            <div className="field" key={item.key}>
              <label htmlFor={`ref-${item.key}`}>{item.text[locale]}</label>
              <select id={`ref-${item.key}`} name={REFERENCE_FIELD(item.key)} defaultValue={references[item.key]?.toString() ?? ""}>
                <option value="">{t("calibration.reference.none")}</option>
                <option value="1">{t("audits.choice.yes")}</option>
                {item.type === "yes_partial_no" ? <option value="0.5">{t("audits.choice.partial")}</option> : null}
                <option value="0">{t("audits.choice.no")}</option>
              </select>
            </div>
          )),
        )}
        <button type="submit" name="intent" value="reference" className="secondary">
          {t("calibration.reference.save")}
        </button>
      </Form>
    </section>
  );
}
