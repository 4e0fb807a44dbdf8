import { useI18n } from "~/lib/use-i18n";
import type { ItemView } from "./localize";
import { PhraseLists } from "./phrase-lists";
import { ThresholdText } from "./threshold-text";

/** How often auditors recorded a phrase that is not on the item's lists, and how they judged it. */
export type OtherPhraseCount = { text: string; judged: "recommended" | "forbidden" | null; count: number };

/** One item in full: the rule, how to answer it, its scoring flags and where the standard says it. */
export function ChecklistItemCard({ item, number, otherPhrases }: { item: ItemView; number: string; otherPhrases?: OtherPhraseCount[] }) {
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
      {item.phrases && otherPhrases?.length ? <OtherPhrases phrases={otherPhrases} id={domId} /> : null}
      <details className="checklist-item__guidance">
        <summary>{t("checklists.item.guidance")}</summary>
        <p lang={locale}>{item.guidance}</p>
      </details>
    </li>
  );
}

/** "Other phrases heard, most frequent first": what the quality office may add in a new version. */
function OtherPhrases({ phrases, id }: { phrases: OtherPhraseCount[]; id: string }) {
  const { t } = useI18n();
  return (
    <div className="other-phrases" data-testid={`${id}-other-phrases`}>
      <p className="phrase-list__label" id={`${id}-other`}>
        {t("checklists.otherPhrases.title")}
      </p>
      <ol aria-labelledby={`${id}-other`}>
        {phrases.map((p) => (
          <li key={`${p.text}|${p.judged ?? ""}`}>
            <q lang="lt">{p.text}</q> – {t("checklists.otherPhrases.count", { count: p.count })}
            {p.judged ? <span className="muted"> ({t(`checklists.otherPhrases.${p.judged}`)})</span> : null}
          </li>
        ))}
      </ol>
    </div>
  );
}
