import { useI18n } from "~/lib/use-i18n";
import type { ItemView } from "./localize";
import { PhraseLists } from "./phrase-lists";
import { ThresholdText } from "./threshold-text";

/** One item in full: the rule, how to answer it, its scoring flags and where the standard says it. */
export function ChecklistItemCard({ item, number }: { item: ItemView; number: string }) {
  const { t, number: num, locale } = useI18n();
  const domId = `item-${item.key.replace(/\./g, "-")}`;
  return (
    <li className="checklist-item card" id={domId}>
      <p className="checklist-item__text" id={`${domId}-text`}>
        <span className="checklist-item__number">{number}</span> {item.text}
        {item.critical ? (
          <>
            {" "}
            <span className="badge bad checklist-item__critical">
              <span aria-hidden="true">⚠ </span>
              {t("checklists.item.critical")}
            </span>
          </>
        ) : null}
      </p>
      <dl className="checklist-item__facts">
        <div>
          <dt>{t("checklists.item.answerType")}</dt>
          <dd>{t(`checklists.answerType.${item.type}`)}</dd>
        </div>
        {item.measure ? (
          <>
            <div>
              <dt>{t("checklists.item.unit")}</dt>
              <dd>{t(`checklists.unitName.${item.measure.unit}`)}</dd>
            </div>
            <div>
              <dt>{t("checklists.item.threshold")}</dt>
              <dd>
                <ThresholdText unit={item.measure.unit} threshold={item.measure.threshold} />
              </dd>
            </div>
          </>
        ) : null}
        <div>
          <dt>{t("checklists.item.weight")}</dt>
          <dd>{num(item.weight)}</dd>
        </div>
        <div>
          <dt>{t("checklists.item.source")}</dt>
          <dd>
            <ul className="checklist-item__sources">
              {item.source.map((clause) => (
                <li key={clause.id}>
                  <cite>{clause.id}</cite>
                  {clause.title ? (
                    <span className="muted" lang="lt">
                      {" "}
                      – {clause.title}
                    </span>
                  ) : null}
                </li>
              ))}
            </ul>
          </dd>
        </div>
        <div>
          <dt>{t("checklists.item.key")}</dt>
          <dd>
            <code>{item.key}</code>
          </dd>
        </div>
      </dl>
      <ul className="checklist-item__flags">
        {item.critical ? <li>{t("checklists.item.criticalHint")}</li> : null}
        <li>{item.naAllowed ? t("checklists.item.naAllowed") : t("checklists.item.naNotAllowed")}</li>
        {item.commentRequired ? <li>{t("checklists.item.commentRequired")}</li> : null}
      </ul>
      {item.phrases ? <PhraseLists phrases={item.phrases} id={domId} /> : null}
      <details className="checklist-item__guidance">
        <summary>{t("checklists.item.guidance")}</summary>
        <p lang={locale}>{item.guidance}</p>
      </details>
    </li>
  );
}
