// The whole checklist as form fields, section by section, with errors next to the items.
import type { Checklist } from "~/domain/checklists/schema";
import type { RawAnswer } from "~/domain/scoring";
import { useEffect, useRef } from "react";
import { useI18n } from "~/lib/use-i18n";
import { ItemField, type Suggestion } from "./item-field";

export type ItemErrors = Record<string, { lt: string; en: string }>;

type Props = {
  checklist: Checklist;
  answers: RawAnswer[];
  errors?: ItemErrors;
  /** The scenario's correct answers for accuracy items, by item key. */
  answerKeys?: Record<string, { lt: string; en: string }>;
  /** The automatic checker's suggestions, by item (shown beside the item's answer). */
  suggestions?: Suggestion[];
};

export function ChecklistFields({ checklist, answers, errors = {}, answerKeys = {}, suggestions = [] }: Props) {
  const { locale } = useI18n();
  const byKey = new Map(answers.map((a) => [a.key, a]));
  const suggested = new Map(suggestions.map((s) => [s.key, s]));
  let n = 0;
  return (
    <>
      {checklist.sections.map((section) => (
        <section key={section.key} className="audit-section" aria-labelledby={`sec-${section.key}`}>
          <h2 id={`sec-${section.key}`}>{section.title[locale]}</h2>
          {section.items.map((item) => (
            <ItemField
              key={item.key}
              item={item}
              answer={byKey.get(item.key)}
              error={errors[item.key]?.[locale]}
              index={++n}
              answerKey={answerKeys[item.key]?.[locale]}
              suggestion={suggested.get(item.key)}
            />
          ))}
        </section>
      ))}
    </>
  );
}

/** The first error of each item, keyed by item key (the engine gives {lt, en}). */
export function errorsByItem(list: { key: string; message: { lt: string; en: string } }[] | undefined): ItemErrors {
  const out: ItemErrors = {};
  for (const e of list ?? []) out[e.key] ??= e.message;
  return out;
}

/**
 * The errors of a failed submit, each linking to its item. Focus moves here when a new
 * result arrives (`result`: the action data, new on every submit), so keyboard and screen
 * reader users start from the list instead of the top of the page.
 */
export function ErrorSummary({ errors, result }: { errors: ItemErrors; result?: unknown }) {
  const { t, locale } = useI18n();
  const keys = Object.keys(errors);
  const ref = useRef<HTMLDivElement>(null);
  const shown = keys.length > 0;
  useEffect(() => {
    if (shown) ref.current?.focus();
  }, [result, shown]);
  if (!shown) return null;
  return (
    <div className="alert error-summary" role="alert" data-testid="answer-errors" ref={ref} tabIndex={-1}>
      <p>{t("audits.form.errors", { count: keys.length })}</p>
      <ul>
        {keys.slice(0, 10).map((k) => (
          <li key={k}>
            <a href={`#item-${k}`}>{errors[k][locale]}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}
