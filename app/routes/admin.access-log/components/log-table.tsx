// One page of access log entries: when, who, what they did, to whose data.
import { Link } from "@remix-run/react";
import { ScrollRegion } from "~/components/scroll-region";
import { isAccessAction } from "~/domain/access-log/actions";
import type { Role } from "~/domain/enums";
import { useI18n } from "~/lib/use-i18n";

export type LogEntry = {
  id: number;
  at: number;
  action: string;
  object: string;
  detail: string | null;
  userId: number | null;
  userName: string | null;
  userEmail: string | null;
  userRole: Role | null;
  employeeId: number | null;
  employeeName: string | null;
  auditId: number | null;
  departmentName: string | null;
};

function What({ entry }: { entry: LogEntry }) {
  const { t } = useI18n();
  if (entry.auditId !== null) return <Link to={`/audits/${entry.auditId}`}>{t("privacy.log.audit", { id: entry.auditId })}</Link>;
  if (entry.departmentName) return <>{t("privacy.log.department", { name: entry.departmentName })}</>;
  if (entry.action === "export_audits") return <>{t("privacy.log.auditsExport")}</>;
  if (entry.action === "export_dashboard") return <>{t("privacy.log.dashboard")}</>;
  if (entry.action === "view_dashboard") return <>{t("privacy.log.employeeResults")}</>;
  return <>{entry.object}</>;
}

export function AccessLogTable({ entries }: { entries: LogEntry[] }) {
  const { t, dateTime } = useI18n();
  return (
    <ScrollRegion label={t("privacy.log.title")}>
      <table className="data" data-testid="access-log">
        <caption className="visually-hidden">{t("privacy.log.title")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("privacy.log.at")}</th>
            <th scope="col">{t("privacy.log.who")}</th>
            <th scope="col">{t("privacy.log.action")}</th>
            <th scope="col">{t("privacy.log.what")}</th>
            <th scope="col">{t("privacy.log.employee")}</th>
            <th scope="col">{t("privacy.log.detail")}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.id}>
              <td>{dateTime(e.at)}</td>
              <td>
                {e.userName ? (
                  <>
                    {e.userName}
                    <br />
                    <small>
                      {e.userEmail} · {t(`role.${e.userRole ?? "employee"}`)}
                    </small>
                  </>
                ) : (
                  t("privacy.log.system")
                )}
              </td>
              <td>{isAccessAction(e.action) ? t(`privacy.action.${e.action}`) : e.action}</td>
              <td>
                <What entry={e} />
              </td>
              <td>
                {e.employeeId !== null && e.employeeName ? (
                  <Link to={`/admin/access-log?employee=${e.employeeId}`} title={t("privacy.log.filterEmployee")}>
                    {e.employeeName}
                  </Link>
                ) : (
                  "—"
                )}
              </td>
              <td>{e.detail ?? ""}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
