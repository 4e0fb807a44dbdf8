// "Who viewed your results" on an employee's own results page.
import { DashSection } from "~/components/dashboards/page-parts";
import { ScrollRegion } from "~/components/scroll-region";
import { isAccessAction } from "~/domain/access-log/actions";
import type { Role } from "~/domain/enums";
import { useI18n } from "~/lib/use-i18n";

type Viewer = { id: number; at: number; action: string; name: string | null; role: Role | null };

export function OwnViewers({ viewers }: { viewers: { total: number; entries: Viewer[] } }) {
  const { t, dateTime, number } = useI18n();
  const who = (v: Viewer) =>
    v.role === "mystery_shopper"
      ? t("privacy.own.shopper")
      : v.name
        ? `${v.name} (${t(`role.${v.role ?? "employee"}`)})`
        : t("privacy.log.system");
  return (
    <DashSection id="viewers" title={t("privacy.own.title")}>
      <p>{t("privacy.own.intro")}</p>
      {viewers.entries.length === 0 ? (
        <p>{t("privacy.own.empty")}</p>
      ) : (
        <>
          <ScrollRegion label={t("privacy.own.title")}>
            <table className="data" data-testid="own-viewers">
              <thead>
                <tr>
                  <th scope="col">{t("privacy.log.at")}</th>
                  <th scope="col">{t("privacy.log.who")}</th>
                  <th scope="col">{t("privacy.log.action")}</th>
                </tr>
              </thead>
              <tbody>
                {viewers.entries.map((v) => (
                  <tr key={v.id}>
                    <td>{dateTime(v.at)}</td>
                    <td>{who(v)}</td>
                    <td>{isAccessAction(v.action) ? t(`privacy.action.${v.action}`) : v.action}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
          {viewers.total > viewers.entries.length ? (
            <p>{t("privacy.own.latest", { shown: number(viewers.entries.length), total: number(viewers.total) })}</p>
          ) : null}
        </>
      )}
    </DashSection>
  );
}
