// The check's or import's summary and its list of problems.
import type { ImportReport } from "~/domain/csv/report";
import { useI18n } from "~/lib/use-i18n";
import { ScrollRegion } from "~/components/scroll-region";

export function ReportSummary({ report, done }: { report: ImportReport; done: boolean }) {
  const { t, number } = useI18n();
  const rows: [string, number][] = [
    [t("csv.job.rows"), report.rows],
    [done ? t("csv.job.created") : t("csv.job.create"), report.create],
    [done ? t("csv.job.updated") : t("csv.job.update"), report.update],
    [t("csv.job.unchanged"), report.unchanged],
  ];
  if (report.departments)
    rows.push([t("csv.job.departmentsCreate"), report.departments.create], [t("csv.job.departmentsUpdate"), report.departments.update]);
  return (
    <dl className="csv-summary" data-testid="import-summary">
      {rows.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{number(value)}</dd>
        </div>
      ))}
      {report.encoding ? (
        <div>
          <dt>{t("csv.job.encoding")}</dt>
          <dd>
            {report.encoding}, „{report.separator}“
          </dd>
        </div>
      ) : null}
    </dl>
  );
}

export function ProblemList({ report }: { report: ImportReport }) {
  const { t, locale } = useI18n();
  if (report.problemTotal === 0) return null;
  return (
    <section className="csv-problems" aria-labelledby="problems-title">
      <h2 id="problems-title">{t("csv.job.problems", { count: report.problemTotal })}</h2>
      {report.problemTotal > report.problems.length ? <p>{t("csv.job.problemsShown", { shown: report.problems.length })}</p> : null}
      <ScrollRegion label={t("csv.job.problems", { count: report.problemTotal })}>
        <table className="data" data-testid="import-problems">
          <thead>
            <tr>
              <th scope="col" className="num">
                {t("csv.job.line")}
              </th>
              <th scope="col">{t("csv.job.column")}</th>
              <th scope="col">{t("csv.job.reason")}</th>
            </tr>
          </thead>
          <tbody>
            {report.problems.map((p, i) => (
              <tr key={i} data-line={p.line}>
                <td className="num">{p.line}</td>
                <td className="csv-column">{p.column ?? t("common.none")}</td>
                <td>{p.message[locale]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </section>
  );
}
