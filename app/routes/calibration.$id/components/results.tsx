// A closed session's results: α with its interval and verdict, percent agreement, each
// auditor's agreement with the reference (or the majority), and the answers item by item.
import { AnswerText } from "~/components/audit/answer-text";
import type { Checklist } from "~/domain/checklists/schema";
import type { MessageKey } from "~/i18n";
import { useI18n } from "~/lib/use-i18n";
import type { SessionView } from "~/models/calibration/results.server";

type Results = NonNullable<SessionView["results"]>;

const VERDICT_CLASS = { reliable: "ok", tentative: "", unreliable: "bad" } as const;
const VALUE_LABEL: Record<number, MessageKey> = { 1: "audits.choice.yes", 0.5: "audits.choice.partial", 0: "audits.choice.no" };

export function SessionResults({ results, checklist }: { results: Results; checklist: Checklist }) {
  const { t, number, locale } = useI18n();
  const { summary } = results;
  const three = (x: number) => number(x, 3);
  const percent = (x: number | null) => (x === null ? "—" : `${number(x * 100, 0)} %`);
  const items = new Map(checklist.sections.flatMap((s) => s.items.map((i) => [i.key, i])));
  if (results.auditors.length === 0) return <p>{t("calibration.results.noSubmissions")}</p>;
  return (
    <section aria-labelledby="results-title">
      <h2 id="results-title">{t("calibration.results.title")}</h2>
      <dl className="summary-list" data-testid="agreement-summary">
        <dt>{t("calibration.results.alpha")}</dt>
        <dd data-testid="alpha">
          {summary.alpha === null ? (
            t(`calibration.results.undefined.${summary.alphaUndefined ?? "not_pairable"}`)
          ) : (
            <>
              <strong>{three(summary.alpha)}</strong>{" "}
              {summary.alphaInterval
                ? t("calibration.results.interval", { low: three(summary.alphaInterval.low), high: three(summary.alphaInterval.high) })
                : t("calibration.results.noInterval")}
              {results.verdict ? (
                <span className={`badge ${VERDICT_CLASS[results.verdict]}`}> {t(`calibration.verdict.${results.verdict}`)}</span>
              ) : null}
            </>
          )}
        </dd>
        <dt>{t("calibration.results.percent")}</dt>
        <dd data-testid="percent-agreement">{percent(summary.percentAgreement)}</dd>
        <dt>{t("calibration.results.ac1")}</dt>
        <dd>{summary.gwetAc1 === null ? t("calibration.results.notApplicable") : three(summary.gwetAc1)}</dd>
        <dt>{t("calibration.results.fleiss")}</dt>
        <dd>{summary.fleissKappa === null ? t("calibration.results.notApplicable") : three(summary.fleissKappa)}</dd>
      </dl>
      <p className="muted">{t("calibration.results.method")}</p>

      <h3>{t("calibration.results.auditors")}</h3>
      <div className="table-wrap" tabIndex={0} role="region" aria-label={t("calibration.results.auditors")}>
        <table className="data" data-testid="auditor-agreement">
          <caption>
            {t(results.againstReference ? "calibration.results.auditorsCaption.reference" : "calibration.results.auditorsCaption.majority")}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t("calibration.results.auditor")}</th>
              <th scope="col" className="num">
                {t("calibration.results.agreement")}
              </th>
              <th scope="col" className="num">
                {t("calibration.results.compared")}
              </th>
            </tr>
          </thead>
          <tbody>
            {results.auditors.map((a) => (
              <tr key={a.rater}>
                <th scope="row">{a.name}</th>
                <td className="num">{percent(a.rate)}</td>
                <td className="num">{a.compared}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h3>{t("calibration.results.items")}</h3>
      <div className="table-wrap" tabIndex={0} role="region" aria-label={t("calibration.results.items")}>
        <table className="data" data-testid="item-answers">
          <thead>
            <tr>
              <th scope="col">{t("calibration.results.item")}</th>
              <th scope="col">{t("calibration.results.reference")}</th>
              {results.auditors.map((a) => (
                <th scope="col" key={a.rater}>
                  {a.name}
                </th>
              ))}
              <th scope="col" className="num">
                {t("calibration.results.itemAgreement")}
              </th>
            </tr>
          </thead>
          <tbody>
            {results.items.map((row) => {
              const item = items.get(row.key)!;
              return (
                <tr key={row.key}>
                  <th scope="row">{item.text[locale]}</th>
                  <td>{row.reference === null ? "—" : t(VALUE_LABEL[row.reference])}</td>
                  {row.answers.map((a, i) => (
                    <td key={i} className={a.deviates ? "deviation" : undefined}>
                      <AnswerText item={item} answer={a.answer ?? undefined} />
                      {a.deviates ? (
                        <span className="visually-hidden">
                          {" "}
                          {t(results.againstReference ? "calibration.results.deviatesReference" : "calibration.results.deviatesMajority")}
                        </span>
                      ) : null}
                    </td>
                  ))}
                  <td className="num">{percent(row.percentAgreement)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
