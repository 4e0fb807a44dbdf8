import { useI18n } from "~/lib/use-i18n";
import type { ItemView } from "./localize";

type Phrases = NonNullable<ItemView["phrases"]>;

/**
 * Recommended and forbidden phrases, told apart by a heading, an icon and a border
 * style, not by colour alone. Phrases are shown corrected where the standard has a typo, with
 * the standard's own text beside them (Lithuanian), and with the guidance auditors get.
 */
export function PhraseLists({ phrases, id }: { phrases: Phrases; id: string }) {
  const { t, locale } = useI18n();
  const lists = [
    { kind: "recommended", icon: "✓", label: t("checklists.phrases.recommended"), items: phrases.recommended },
    { kind: "forbidden", icon: "✗", label: t("checklists.phrases.forbidden"), items: phrases.forbidden },
  ] as const;
  return (
    <div className="phrase-lists">
      {lists.map((list) => (
        <div key={list.kind} className={`phrase-list phrase-list--${list.kind}`}>
          <p className="phrase-list__label" id={`${id}-${list.kind}`}>
            <span aria-hidden="true" className="phrase-list__icon">
              {list.icon}
            </span>{" "}
            {list.label}
          </p>
          {list.items.length ? (
            <ul aria-labelledby={`${id}-${list.kind}`} lang="lt">
              {list.items.map((phrase) => (
                <li key={phrase.text}>
                  <q>{phrase.shownAs ?? phrase.text}</q>
                  {phrase.shownAs ? <span className="muted"> {t("checklists.phrases.verbatim", { text: phrase.text })}</span> : null}
                  {phrase.variants?.length ? <> {t("checklists.phrases.variants", { variants: phrase.variants.map((v) => `„${v}“`).join(", ") })}</> : null}
                  {phrase.guidance ? (
                    <span className="phrase-list__guidance" lang={locale}>
                      {" "}
                      {phrase.guidance}
                    </span>
                  ) : null}
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">{t("checklists.phrases.none")}</p>
          )}
        </div>
      ))}
      <p className="phrase-lists__rule">
        {phrases.requireRecommended ? t("checklists.phrases.requireRecommended") : t("checklists.phrases.forbiddenOnly")}{" "}
        {t("checklists.phrases.otherAllowed")}
      </p>
    </div>
  );
}
