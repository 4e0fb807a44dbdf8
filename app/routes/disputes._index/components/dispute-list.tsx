import { Link } from "@remix-run/react";
import { useI18n } from "~/lib/use-i18n";

type Row = {
  id: number;
  auditId: number;
  openedAt: number;
  decidedAt: number | null;
  hasOpinion: boolean;
  departmentName: string;
  employeeFirst: string;
  employeeLast: string;
  items: number;
};

export function DisputeList({ id, title, rows }: { id: string; title: string; rows: Row[] }) {
  const { t, date } = useI18n();
  return (
    <section className="card" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{title}</h2>
      {rows.length ? (
        <div className="table-wrap" tabIndex={0} role="region" aria-labelledby={`${id}-h`}>
          <table className="data stack" data-testid={`disputes-${id}`}>
            <thead>
              <tr>
                <th scope="col">{t("disputes.openedAt")}</th>
                <th scope="col">{t("audits.field.employee")}</th>
                <th scope="col">{t("audits.field.department")}</th>
                <th scope="col">{t("disputes.outcomes.items")}</th>
                <th scope="col">{t("disputes.state")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id}>
                  <td data-label={t("disputes.openedAt")}>
                    <Link to={`/disputes/${r.id}`}>{date(r.openedAt)}</Link>
                  </td>
                  <td data-label={t("audits.field.employee")}>
                    {r.employeeFirst} {r.employeeLast}
                  </td>
                  <td data-label={t("audits.field.department")}>{r.departmentName}</td>
                  <td data-label={t("disputes.outcomes.items")}>{t("disputes.item.count", { count: r.items })}</td>
                  <td data-label={t("disputes.state")}>
                    <span className="badge">
                      {t(r.decidedAt !== null ? "disputes.state.decided" : r.hasOpinion ? "disputes.state.opinion" : "disputes.state.open")}
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>{t("disputes.none")}</p>
      )}
    </section>
  );
}
