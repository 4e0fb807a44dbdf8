// The dispute's parts: the supervisor's opinion (a form for the department's supervisor while
// undecided) and the items with the employee's proposal and, once decided, the outcome; for
// leadership while undecided, the decision form.
import { Form, Link } from "@remix-run/react";
import { AnswerText } from "~/components/audit/answer-text";
import { AnswerInput } from "~/components/disputes/answer-input";
import { DISPUTE_OUTCOMES } from "~/domain/enums";
import { useI18n } from "~/lib/use-i18n";
import type { DisputeView } from "~/models/disputes/read.server";
import { CORRECTED, decisionReasonField, outcomeField } from "../parse";

type Props = { view: DisputeView };

export function OpinionForm({ view }: Props) {
  const { t, dateTime } = useI18n();
  const { dispute } = view;
  return (
    <section className="card" aria-labelledby="opinion-h" data-testid="dispute-opinion">
      <p>
        <Link to={`/audits/${dispute.auditId}`}>{t("audits.record.title", { id: dispute.auditId })}</Link> · {t("disputes.openedAt")}:{" "}
        {dateTime(dispute.openedAt)}
      </p>
      <h2 id="opinion-h">{t("disputes.opinion")}</h2>
      {dispute.opinion ? (
        <blockquote>
          <p data-testid="opinion-text">{dispute.opinion}</p>
          <footer className="muted">
            {t("disputes.opinion.by", { name: view.opinionByName ?? "—", date: dateTime(dispute.opinionAt ?? 0) })}
          </footer>
        </blockquote>
      ) : (
        <p className="muted">{t("disputes.opinion.none")}</p>
      )}
      {view.canGiveOpinion ? (
        <Form method="post">
          <div className="field">
            <label htmlFor="opinion">{t("disputes.opinion")}</label>
            <textarea id="opinion" name="opinion" rows={3} maxLength={4000} defaultValue={dispute.opinion ?? ""} required />
          </div>
          <button type="submit" name="intent" value="opinion" data-testid="opinion-submit">
            {t("disputes.opinion.submit")}
          </button>
        </Form>
      ) : null}
    </section>
  );
}

export function DisputeItems({ view }: Props) {
  const { t, locale, dateTime } = useI18n();
  const definitions = new Map(view.record.checklist.sections.flatMap((s) => s.items.map((i) => [i.key, i])));
  const decided = view.dispute.decidedAt !== null;
  const items = view.items.map((item) => {
    const definition = definitions.get(item.itemKey)!;
    return (
      <fieldset key={item.itemKey} className="dispute-item" data-testid={`disputed-${item.itemKey}`}>
        <legend>{definition.text[locale]}</legend>
        <dl className="facts">
          <dt>{t("disputes.form.current")}</dt>
          <dd>
            <AnswerText item={definition} answer={item.original} />
          </dd>
          <dt>{t("disputes.form.proposed")}</dt>
          <dd>
            <AnswerText item={definition} answer={item.proposed} />
          </dd>
          <dt>{t("disputes.employeeReason")}</dt>
          <dd>{item.reason}</dd>
          {item.outcome ? (
            <>
              <dt>{t("disputes.decision")}</dt>
              <dd data-testid={`outcome-${item.itemKey}`}>
                <strong>{t(`disputes.outcome.${item.outcome}`)}</strong>: {item.decisionReason}
              </dd>
            </>
          ) : null}
          {item.corrected ? (
            <>
              <dt>{t("disputes.correctedAnswer")}</dt>
              <dd>
                <AnswerText item={definition} answer={item.corrected} />
              </dd>
            </>
          ) : null}
        </dl>
        {view.canDecide ? (
          <>
            <fieldset className="field">
              <legend>{t("disputes.decision.outcome")}</legend>
              <div className="choice-group" role="presentation">
                {DISPUTE_OUTCOMES.map((o) => (
                  <label key={o} className="choice">
                    <input type="radio" name={outcomeField(item.itemKey)} value={o} required />
                    <span>{t(`disputes.outcome.${o}`)}</span>
                  </label>
                ))}
              </div>
            </fieldset>
            <AnswerInput item={definition} prefix={CORRECTED} legend={t("disputes.decision.corrected")} />
            <div className="field">
              <label htmlFor={`decision-${item.itemKey}`}>{t("disputes.decision.reason")}</label>
              <textarea id={`decision-${item.itemKey}`} name={decisionReasonField(item.itemKey)} rows={2} maxLength={2000} required />
            </div>
          </>
        ) : null}
      </fieldset>
    );
  });
  return (
    <section className="card" aria-labelledby="items-h">
      <h2 id="items-h">{t("disputes.decision")}</h2>
      {decided ? (
        <p data-testid="decided-by">
          {t("disputes.decision.by", { name: view.decidedByName ?? "—", date: dateTime(view.dispute.decidedAt ?? 0) })}
        </p>
      ) : null}
      {view.canDecide ? (
        <Form method="post" data-testid="decision-form">
          {items}
          <div className="button-row">
            <button type="submit" name="intent" value="decide" data-testid="decision-submit">
              {t("disputes.decision.submit")}
            </button>
          </div>
        </Form>
      ) : (
        items
      )}
    </section>
  );
}
