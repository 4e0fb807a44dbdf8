// The read-only audit: header, scores, every answer with its clause and comment, history and
// a signatures block. Also what is printed and handed over (see audits.css @media print).
import type { AuditRecord } from "~/models/audits/access.server";
import type { MessageKey } from "~/i18n";
import { useI18n } from "~/lib/use-i18n";
import { AnswerText } from "./answer-text";
import { HistoryCorrection } from "~/components/disputes/history-correction";
import { checklistName } from "~/domain/checklists/name";

type Props = { record: AuditRecord };

/** A score; `voided` (a rejected audit) strikes it through and says it does not count. */
export function ScoreText({ score, voided = false }: { score: number | null; voided?: boolean }) {
  const { t, number } = useI18n();
  if (score === null) return <span className="muted">{t("audits.record.noScore")}</span>;
  if (!voided) return <>{number(score, 1)}</>;
  return (
    <span className="score-void">
      <del>{number(score, 1)}</del> <span>{t("audits.record.void")}</span>
    </span>
  );
}

export function AuditRecordView({ record }: Props) {
  const { t, locale, dateTime, date } = useI18n();
  const { audit, checklist, version, libraryScenario, organisation, department, employee, auditor, answers, sectionScores, history } =
    record;
  const organisationDetails = [
    organisation.legalCode ? t("audits.record.legalCode", { code: organisation.legalCode }) : null,
    organisation.address,
    organisation.contact,
  ].filter((line): line is string => !!line);
  const byKey = new Map(answers.map((a) => [a.key, a]));
  const items = new Map(checklist.sections.flatMap((s) => s.items.map((i) => [i.key, i])));
  const employeeText = employee
    ? `${employee.firstName} ${employee.lastName}, ${employee.position}`
    : audit.employeeResolution === "unknown"
      ? t("audits.record.unknownEmployee", { description: audit.unknownEmployeeDescription ?? "" })
      : t("audits.record.departmentOnly");
  const scored = audit.state !== "draft" && audit.state !== "returned";
  // A rejected audit keeps its answers and score for the record, but they count nowhere.
  const voided = audit.state === "rejected";
  const inspected = audit.inspectionId !== null;
  return (
    <article className="audit-record" data-testid="audit-record">
      <header className="audit-record__head">
        <p className="audit-record__org" data-testid="audit-organisation">
          {organisation.name} · {department.name}
        </p>
        {organisationDetails.length ? <p className="audit-record__org-details">{organisationDetails.join(" · ")}</p> : null}
        <h1>
          {t("audits.record.title", { id: audit.id })}: {checklistName(checklist, locale)}
        </h1>
        {voided ? (
          <p className="alert" data-testid="audit-void">
            {t("audits.record.rejectedNotice")}
          </p>
        ) : null}
        <dl className="facts">
          <dt>{t("audits.field.state")}</dt>
          <dd>
            <span className={`badge state-${audit.state}`} data-testid="audit-state">
              {t(`audits.state.${audit.state}`)}
            </span>
          </dd>
          <dt>{t("audits.field.type")}</dt>
          <dd>
            {t(`audits.type.${audit.auditType}`)} · {t(`audits.channel.${audit.channel}`)}
          </dd>
          {/* An inspection looks at an employee; no one was served. */}
          <dt>{t(inspected ? "audits.field.inspectedEmployee" : "audits.field.employee")}</dt>
          <dd data-testid="audit-employee">{employeeText}</dd>
          <dt>{t(inspected ? "audits.field.inspectedAt" : "audits.field.interactionAt")}</dt>
          <dd>{dateTime(audit.interactionAt)}</dd>
          {audit.location ? (
            <>
              <dt>{t("audits.field.location")}</dt>
              <dd>{audit.location}</dd>
            </>
          ) : null}
          {libraryScenario ? (
            <>
              <dt>{t("audits.field.libraryScenario")}</dt>
              <dd data-testid="audit-library-scenario">{libraryScenario[locale]}</dd>
            </>
          ) : null}
          {audit.scenario ? (
            <>
              <dt>{t("audits.field.scenario")}</dt>
              <dd>{audit.scenario}</dd>
            </>
          ) : null}
          {auditor ? (
            <>
              <dt>{t("audits.field.auditor")}</dt>
              <dd data-testid="audit-auditor">{auditor.name}</dd>
            </>
          ) : null}
          {audit.submittedAt ? (
            <>
              <dt>{t("audits.field.submittedAt")}</dt>
              <dd>{dateTime(audit.submittedAt)}</dd>
            </>
          ) : null}
          {audit.publishedAt ? (
            <>
              <dt>{t("audits.field.publishedAt")}</dt>
              <dd>{dateTime(audit.publishedAt)}</dd>
            </>
          ) : null}
          <dt>{t("audits.field.version")}</dt>
          <dd data-testid="audit-version">
            <a href={`/checklists/${checklist.id}#checklist-versions`}>
              {version
                ? t("checklists.versionLabel", { number: version.number, date: date(version.loadedAt) })
                : audit.checklistVersionId.slice(0, 8)}
            </a>
          </dd>
        </dl>
      </header>
      {scored ? (
        <section className="card score-card" aria-labelledby="score-h">
          <h2 id="score-h">{t("audits.field.score")}</h2>
          <p className="score-big" data-testid="audit-score">
            <ScoreText score={audit.score} voided={voided} />
            {audit.passed !== null && !voided ? (
              <span className={`badge ${audit.passed ? "ok" : "bad"}`}>
                {t(audit.passed ? "audits.record.passed" : "audits.record.failed")}
              </span>
            ) : null}
          </p>
          {audit.criticalFailure ? (
            <p className="alert">
              {t("audits.record.criticalItems", {
                items: (audit.criticalItems ?? []).map((k) => items.get(k)?.text[locale] ?? k).join("; "),
              })}
            </p>
          ) : null}
          <table className="data">
            <caption>{t("audits.record.sections")}</caption>
            <tbody>
              {checklist.sections.map((s) => (
                <tr key={s.key}>
                  <th scope="row">{s.title[locale]}</th>
                  <td className="num">
                    <ScoreText score={sectionScores[s.key] ?? null} voided={voided} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}
      {audit.reviewComment ? (
        <p className="notice">
          {t("audits.field.reviewComment")}: {audit.reviewComment}
        </p>
      ) : null}
      <section aria-labelledby="answers-h">
        <h2 id="answers-h">{t("audits.record.answers")}</h2>
        {checklist.sections.map((section) => (
          <div key={section.key} className="record-section">
            <h3>{section.title[locale]}</h3>
            <ol className="record-items">
              {section.items.map((item) => {
                const answer = byKey.get(item.key);
                return (
                  <li key={item.key} className="record-item" data-testid={`answer-${item.key}`}>
                    <p className="record-item__text">
                      {item.text[locale]} <span className="cite">({item.source.join(", ")})</span>
                    </p>
                    <p className="record-item__answer">
                      <AnswerText item={item} answer={answer} />
                    </p>
                    {answer?.comment ? (
                      <p className="record-item__comment">
                        {t("audits.form.comment")}: {answer.comment}
                      </p>
                    ) : null}
                  </li>
                );
              })}
            </ol>
          </div>
        ))}
        {audit.overallComment ? (
          <p>
            <strong>{t("audits.field.overallComment")}:</strong> {audit.overallComment}
          </p>
        ) : null}
      </section>
      {history.length ? (
        <section aria-labelledby="history-h" className="record-history">
          <h2 id="history-h">{t("audits.record.history")}</h2>
          {/* Focusable so that the table can be scrolled sideways by keyboard on a phone. */}
          <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="history-h">
            <table className="data" data-testid="audit-history">
              <thead>
                <tr>
                  <th scope="col">{t("audits.history.when")}</th>
                  <th scope="col">{t("audits.history.who")}</th>
                  <th scope="col">{t("audits.history.what")}</th>
                  <th scope="col">{t("audits.history.comment")}</th>
                </tr>
              </thead>
              <tbody>
                {history.map((h) => (
                  <tr key={h.id}>
                    <td>{dateTime(h.at)}</td>
                    <td>{h.actorName ?? "—"}</td>
                    <td>
                      {t(`audits.history.${h.action}` as MessageKey)}
                      {h.action === "dispute_corrected" ? <HistoryCorrection details={h.details} items={items} /> : null}
                    </td>
                    <td>{h.comment ?? ""}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}
      <section className="signatures print-only" aria-label={t("audits.record.signatures")}>
        <h2>{t("audits.record.signatures")}</h2>
        <div className="signatures__grid">
          {(["audits.record.signAuditor", "audits.record.signEmployee"] as const).map((k) => (
            <div key={k} className="signature">
              <span className="signature__line" />
              <span>{t(k)}</span>
              <span className="signature__line" />
              <span>{t("audits.record.signDate")}</span>
            </div>
          ))}
        </div>
      </section>
    </article>
  );
}
