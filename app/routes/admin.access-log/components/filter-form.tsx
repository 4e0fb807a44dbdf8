// The access log's filters: a GET form, so the URL holds them (bookmarkable, shareable).
import { Form, Link } from "@remix-run/react";
import { LabelledSelect } from "~/components/labelled-select";
import { ACCESS_ACTIONS } from "~/domain/access-log/actions";
import type { AccessLogFilters } from "~/domain/access-log/filters";
import { accessLogSearch } from "~/domain/access-log/filters";
import { useI18n } from "~/lib/use-i18n";

type Props = {
  filters: AccessLogFilters;
  users: { id: number; name: string; email: string }[];
  employeeName: string | null;
  filtered: boolean;
};

export function AccessLogFilterForm({ filters, users, employeeName, filtered }: Props) {
  const { t } = useI18n();
  return (
    <Form method="get" className="card filters" role="search" aria-label={t("privacy.log.filters")}>
      <div className="field">
        <label htmlFor="log-from">{t("privacy.log.from")}</label>
        <input id="log-from" name="from" type="date" defaultValue={filters.from} data-testid="log-from" />
      </div>
      <div className="field">
        <label htmlFor="log-to">{t("privacy.log.to")}</label>
        <input id="log-to" name="to" type="date" defaultValue={filters.to} data-testid="log-to" />
      </div>
      <LabelledSelect
        id="log-action"
        name="action"
        label={t("privacy.log.action")}
        value={filters.action ?? ""}
        emptyLabel={t("privacy.log.anyAction")}
        options={ACCESS_ACTIONS.map((a) => ({ value: a, label: t(`privacy.action.${a}`) }))}
        testId="log-action"
      />
      <LabelledSelect
        id="log-user"
        name="user"
        label={t("privacy.log.user")}
        value={filters.userId ?? ""}
        emptyLabel={t("privacy.log.anyUser")}
        options={users.map((u) => ({ value: u.id, label: `${u.name} (${u.email})` }))}
        testId="log-user"
      />
      {filters.employeeId !== null ? (
        <div className="field">
          <input type="hidden" name="employee" value={filters.employeeId} />
          <p data-testid="log-employee">{t("privacy.log.aboutEmployee", { name: employeeName ?? `#${filters.employeeId}` })}</p>
          <Link to={`/admin/access-log${accessLogSearch({ ...filters, employeeId: null })}`}>{t("privacy.log.anyEmployee")}</Link>
        </div>
      ) : null}
      <div className="button-row">
        <button type="submit">{t("privacy.log.apply")}</button>
        {filtered ? (
          <Link className="button secondary" to="/admin/access-log">
            {t("privacy.log.clear")}
          </Link>
        ) : null}
      </div>
    </Form>
  );
}
