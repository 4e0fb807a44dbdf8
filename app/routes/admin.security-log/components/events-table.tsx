import { useI18n } from "~/lib/use-i18n";
import type { SecurityEventType } from "~/domain/security-log/events";

type Row = {
  id: number;
  at: number;
  type: SecurityEventType;
  orgCode: string | null;
  user: string | null;
  actor: string | null;
  ip: string | null;
  detail: string | null;
};

export function EventsTable({ rows, allOrganisations }: { rows: Row[]; allOrganisations: boolean }) {
  const { t, dateTime } = useI18n();
  return (
    // Focusable so that the table can be scrolled sideways by keyboard on a phone.
    <div className="table-wrap" tabIndex={0} role="region" aria-label={t("securityLog.title")}>
      <table className="data stack" data-testid="security-log">
        <caption className="visually-hidden">{t("securityLog.title")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("securityLog.at")}</th>
            <th scope="col">{t("securityLog.type")}</th>
            {allOrganisations ? <th scope="col">{t("securityLog.organisation")}</th> : null}
            <th scope="col">{t("securityLog.user")}</th>
            <th scope="col">{t("securityLog.actor")}</th>
            <th scope="col">{t("securityLog.ip")}</th>
            <th scope="col">{t("securityLog.detail")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <td data-label={t("securityLog.at")}>{dateTime(row.at)}</td>
              <td data-label={t("securityLog.type")}>{t(`securityLog.event.${row.type}`)}</td>
              {allOrganisations ? <td data-label={t("securityLog.organisation")}>{row.orgCode ?? "—"}</td> : null}
              <td data-label={t("securityLog.user")}>{row.user ?? "—"}</td>
              <td data-label={t("securityLog.actor")}>{row.actor ?? "—"}</td>
              <td data-label={t("securityLog.ip")}>{row.ip ?? "—"}</td>
              <td data-label={t("securityLog.detail")}>{row.detail ?? ""}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
