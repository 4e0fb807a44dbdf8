// One checklist item in the fill-in form: text, guidance and clause one tap away, the
// answer as large touch targets (only the choices the item allows), and a comment.
// Inputs are uncontrolled so the form works without JavaScript.
import { phraseLabel, phraseNote } from "~/domain/checklists/phrases";
import type { ChecklistItem, PhraseItem } from "~/domain/checklists/schema";
import { field } from "~/domain/audit-form/fields";
import { formatDecimal } from "~/domain/decimal";
import { OTHER_PHRASE_JUDGEMENTS, type Choice, type RawAnswer } from "~/domain/scoring";
import { MEASURE_BOUNDS } from "~/domain/scoring/measure-bounds";
import type { MessageKey } from "~/i18n";
import { useI18n } from "~/lib/use-i18n";
import type { Suggestion } from "~/domain/autocheck/result";

export function allowedChoices(item: ChecklistItem): Choice[] {
  const base: Choice[] = item.type === "yes_no" ? ["yes", "no"] : item.type === "yes_partial_no" ? ["yes", "partial", "no"] : [];
  return item.na_allowed ? [...base, "na"] : base;
}

export type { Suggestion };

type Props = { item: ChecklistItem; answer?: RawAnswer; error?: string; index: number; answerKey?: string; suggestion?: Suggestion };

export function ItemField({ item, answer, error, index, answerKey, suggestion }: Props) {
  const { t, locale } = useI18n();
  const key = item.key;
  const errorId = `err-${key}`;
  const invalid = error ? true : undefined;
  const hasComment = !!answer?.comment;
  return (
    <fieldset
      className={`audit-item${error ? " audit-item--invalid" : ""}`}
      id={`item-${key}`}
      data-testid={`item-${key}`}
      aria-describedby={error ? errorId : undefined}
    >
      <legend className="audit-item__text">
        <span className="audit-item__no">{index}.</span> {item.text[locale]}
        {item.critical ? <span className="badge audit-item__critical">{t("audits.item.critical")}</span> : null}
      </legend>
      <details className="audit-item__guidance">
        <summary>{t("audits.form.guidance")}</summary>
        <p>{item.guidance[locale]}</p>
        <p className="muted">{t("audits.form.source", { source: item.source.join(", ") })}</p>
      </details>
      {answerKey ? (
        <p className="answer-key" data-testid={`answer-key-${key}`}>
          <strong>{t("audits.form.answerKey")}:</strong> {answerKey}
        </p>
      ) : null}
      {suggestion ? <SuggestionNote suggestion={suggestion} /> : null}
      {item.type === "measure" ? <MeasureInput item={item} answer={answer} invalid={invalid} errorId={errorId} /> : null}
      {item.type === "phrase" ? <PhraseInput item={item} answer={answer} /> : null}
      <div className="choice-group" role="presentation">
        {allowedChoices(item).map((choice) => (
          <label key={choice} className={`choice choice--${choice}`}>
            <input
              type={item.type === "measure" || item.type === "phrase" ? "checkbox" : "radio"}
              name={field.choice(key)}
              value={choice}
              defaultChecked={answer?.choice === choice}
              aria-invalid={invalid}
            />
            <span>{t(`audits.choice.${choice}` as MessageKey)}</span>
          </label>
        ))}
      </div>
      {error ? (
        <p className="field__error" id={errorId}>
          {error}
        </p>
      ) : null}
      <details className="audit-item__comment" open={hasComment || (error !== undefined && item.comment_required_on_fail)}>
        <summary>{item.comment_required_on_fail ? t("audits.form.commentRequired") : t("audits.form.comment")}</summary>
        <label className="visually-hidden" htmlFor={`c-${key}`}>
          {t("audits.form.comment")}
        </label>
        <textarea id={`c-${key}`} name={field.comment(key)} defaultValue={answer?.comment ?? ""} rows={2} maxLength={2000} />
      </details>
    </fieldset>
  );
}

function MeasureInput({
  item,
  answer,
  invalid,
  errorId,
}: {
  item: Extract<ChecklistItem, { type: "measure" }>;
  answer?: RawAnswer;
  invalid?: boolean;
  errorId: string;
}) {
  const { t, locale } = useI18n();
  const limit = item.threshold.max ?? item.threshold.min!;
  const unit = t(`audits.form.unit.${item.unit}` as MessageKey, { count: limit });
  const id = `n-${item.key}`;
  return (
    <div className="measure">
      {/* Text, not type=number: a number input follows the browser's locale (an English
          browser read "26,5" as 265); the server reads a comma or a point (parseDecimal). */}
      <input
        id={id}
        type="text"
        inputMode={MEASURE_BOUNDS[item.unit].whole ? "numeric" : "decimal"}
        autoComplete="off"
        name={field.number(item.key)}
        defaultValue={
          typeof answer?.number === "number" && Number.isFinite(answer.number)
            ? formatDecimal(answer.number, locale === "lt" ? "," : ".")
            : ""
        }
        aria-invalid={invalid}
        aria-describedby={invalid ? `${id}-req ${errorId}` : `${id}-req`}
      />
      <label htmlFor={id}>{t(`audits.form.unit.${item.unit}` as MessageKey, { count: 5 })}</label>
      <span id={`${id}-req`} className="muted">
        {t(item.threshold.max !== undefined ? "audits.form.threshold.max" : "audits.form.threshold.min", { value: `${limit} ${unit}` })}
      </span>
    </div>
  );
}

function PhraseInput({ item, answer }: { item: PhraseItem; answer?: RawAnswer }) {
  const { t } = useI18n();
  const chosen = new Set(answer?.phrases ?? []);
  const chip = (phrase: string, kind: "ok" | "bad") => (
    <label key={phrase} className={`chip chip--${kind}`}>
      <input type="checkbox" name={field.phrase(item.key)} value={phrase} defaultChecked={chosen.has(phrase)} />
      <span lang="lt">{phraseLabel(item, phrase)}</span>
    </label>
  );
  const otherId = `o-${item.key}`;
  return (
    <div className="phrases">
      {item.phrases.recommended.length ? (
        <div role="group" aria-label={t("audits.form.recommended")}>
          <p className="phrases__label">{t("audits.form.recommended")}</p>
          <div className="chips">{item.phrases.recommended.map((p) => chip(p, "ok"))}</div>
        </div>
      ) : null}
      {item.phrases.forbidden.length ? (
        <div role="group" aria-label={t("audits.form.forbidden")}>
          <p className="phrases__label">{t("audits.form.forbidden")}</p>
          <div className="chips">{item.phrases.forbidden.map((p) => chip(p, "bad"))}</div>
        </div>
      ) : null}
      <PhraseNotes item={item} />
      <div className="chips">
        <label className="chip">
          <input
            type="checkbox"
            name={field.noPhrase(item.key)}
            value="1"
            defaultChecked={answer?.phrases?.length === 0 && !answer.other_phrase}
          />
          <span>{t("audits.form.noPhrase")}</span>
        </label>
      </div>
      <div className="field">
        <label htmlFor={otherId}>{t("audits.form.otherPhrase")}</label>
        <input
          id={otherId}
          type="text"
          name={field.other(item.key)}
          defaultValue={answer?.other_phrase ?? ""}
          maxLength={2000}
          aria-describedby={`${otherId}-hint`}
        />
        <p className="muted" id={`${otherId}-hint`}>
          {t("audits.form.otherPhraseHint")}
        </p>
      </div>
      <div className="chips" role="radiogroup" aria-label={t("audits.form.otherPhraseAs")}>
        {OTHER_PHRASE_JUDGEMENTS.map((judged) => (
          <label key={judged} className={`chip chip--${judged === "recommended" ? "ok" : "bad"}`}>
            <input type="radio" name={field.otherAs(item.key)} value={judged} defaultChecked={answer?.other_phrase_as === judged} />
            <span>{t(`audits.form.otherPhraseAs.${judged}`)}</span>
          </label>
        ))}
      </div>
    </div>
  );
}

/** What auditors are told about confusable phrases, other forms and corrected typos. */
function PhraseNotes({ item }: { item: PhraseItem }) {
  const { t, locale } = useI18n();
  const notes = [...item.phrases.recommended, ...item.phrases.forbidden].flatMap((phrase) => {
    const note = phraseNote(item, phrase);
    return note ? [{ phrase, note }] : [];
  });
  if (!notes.length) return null;
  return (
    <ul className="phrase-notes" aria-label={t("audits.form.phraseNotes")}>
      {notes.map(({ phrase, note }) => (
        <li key={phrase}>
          <q lang="lt">{phraseLabel(item, phrase)}</q>
          {note.variants?.length ? (
            <> {t("audits.form.phraseVariants", { variants: note.variants.map((v) => `„${v}“`).join(", ") })}</>
          ) : null}
          {note.guidance ? <> {note.guidance[locale]}</> : null}
          {note.shown_as ? <span className="muted"> {t("audits.form.phraseVerbatim", { text: phrase })}</span> : null}
        </li>
      ))}
    </ul>
  );
}

/** „Automatinis pasiūlymas: Taip“ with the quoted spans it rests on, highlighted. */
function SuggestionNote({ suggestion }: { suggestion: Suggestion }) {
  const { t, locale } = useI18n();
  const answer = t(`audits.choice.${suggestion.answer}` as MessageKey);
  return (
    <div className="autocheck-suggestion" data-testid={`suggestion-${suggestion.key}`}>
      <p>
        <strong>
          {suggestion.number !== null
            ? t("audits.autocheck.suggestionValue", { value: formatDecimal(suggestion.number, locale === "lt" ? "," : "."), answer })
            : t("audits.autocheck.suggestion", { answer })}
        </strong>
      </p>
      {suggestion.evidence.length ? (
        <>
          <p className="muted">{t("audits.autocheck.evidence")}:</p>
          <ul className="autocheck-suggestion__evidence">
            {suggestion.evidence.map((e, i) => (
              <li key={i}>
                <q>
                  <mark>{e}</mark>
                </q>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
