// An answer to one checklist item under a field prefix: what an employee believes is right
// ("proposed/") or leadership's corrected answer ("corrected/"). Only what the item allows:
// its choices, or a number, or the standard's phrases. Uncontrolled: works without JavaScript.
import { allowedChoices } from "~/components/audit/item-field";
import { field } from "~/domain/audit-form/fields";
import { phraseLabel } from "~/domain/checklists/phrases";
import type { ChecklistItem } from "~/domain/checklists/schema";
import type { MessageKey } from "~/i18n";
import { useI18n } from "~/lib/use-i18n";

type Props = { item: ChecklistItem; prefix: string; legend: string };

export function AnswerInput({ item, prefix, legend }: Props) {
  const { t } = useI18n();
  const key = item.key;
  const id = `${prefix}${key}`.replace(/[^a-zA-Z0-9_-]/g, "-");
  return (
    <fieldset className="field answer-input">
      <legend>{legend}</legend>
      {item.type === "measure" ? (
        <div className="field">
          <label htmlFor={`${id}-number`}>
            {t("disputes.form.number")} ({t(`audits.form.unit.${item.unit}` as MessageKey, { count: 5 })})
          </label>
          <input id={`${id}-number`} type="text" name={prefix + field.number(key)} inputMode="decimal" autoComplete="off" />
        </div>
      ) : null}
      {item.type === "phrase" ? (
        <>
          <input type="hidden" name={prefix + field.noPhrase(key)} value="1" />
          <p className="field__hint">{t("disputes.form.phrases")}</p>
          {[...item.phrases.recommended, ...item.phrases.forbidden].map((phrase, i) => (
            <label key={phrase} className="checkbox" htmlFor={`${id}-p${i}`}>
              <input id={`${id}-p${i}`} type="checkbox" name={prefix + field.phrase(key)} value={phrase} />{" "}
              <span lang="lt">{phraseLabel(item, phrase)}</span>
            </label>
          ))}
        </>
      ) : null}
      <div className="choice-group" role="presentation">
        {allowedChoices(item).map((choice) => (
          <label key={choice} className={`choice choice--${choice}`}>
            <input type="radio" name={prefix + field.choice(key)} value={choice} />
            <span>{t(`audits.choice.${choice}` as MessageKey)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
