// Decided items counted by auditor, item and checklist: how many were disputed and how many
// accepted, partly accepted and rejected.
import { checklistName } from "~/domain/checklists/name";
import { useI18n } from "~/lib/use-i18n";

type Counts = { items: number; accepted: number; partly: number; rejected: number };
type Outcomes = {
  byAuditor: (Counts & { name: string })[];
  byItem: (Counts & { checklistId: string; itemKey: string })[];
  byChecklist: (Counts & { checklistId: string; titleLt: string; titleEn: string })[];
};

function Table({ id, title, rows }: { id: string; title: string; rows: (Counts & { label: string })[] }) {
  const { t } = useI18n();
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{title}</h3>
      <table className="data stack" data-testid={`outcomes-${id}`}>
        <thead>
          <tr>
            <th scope="col">{title}</th>
            <th scope="col" className="num">
              {t("disputes.outcomes.items")}
            </th>
            <th scope="col" className="num">
              {t("disputes.outcome.accepted")}
            </th>
            <th scope="col" className="num">
              {t("disputes.outcome.partly_accepted")}
            </th>
            <th scope="col" className="num">
              {t("disputes.outcome.rejected")}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.label}>
              <th scope="row">{r.label}</th>
              <td className="num" data-label={t("disputes.outcomes.items")}>
                {r.items}
              </td>
              <td className="num" data-label={t("disputes.outcome.accepted")}>
                {r.accepted}
              </td>
              <td className="num" data-label={t("disputes.outcome.partly_accepted")}>
                {r.partly}
              </td>
              <td className="num" data-label={t("disputes.outcome.rejected")}>
                {r.rejected}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function OutcomeTables({ outcomes }: { outcomes: Outcomes }) {
  const { t, locale } = useI18n();
  if (!outcomes.byChecklist.length) return null;
  return (
    <section className="card" aria-labelledby="outcomes-h">
      <h2 id="outcomes-h">{t("disputes.outcomes")}</h2>
      <p>{t("disputes.outcomes.intro")}</p>
      <Table id="auditor" title={t("disputes.outcomes.byAuditor")} rows={outcomes.byAuditor.map((r) => ({ ...r, label: r.name }))} />
      <Table id="item" title={t("disputes.outcomes.byItem")} rows={outcomes.byItem.map((r) => ({ ...r, label: r.itemKey }))} />
      <Table
        id="checklist"
        title={t("disputes.outcomes.byChecklist")}
        rows={outcomes.byChecklist.map((r) => ({
          ...r,
          label: checklistName({ id: r.checklistId, title: { lt: r.titleLt, en: r.titleEn } }, locale),
        }))}
      />
    </section>
  );
}
