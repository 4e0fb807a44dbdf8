import { Form, Link } from "@remix-run/react";
import { SECURITY_EVENT_TYPES } from "~/domain/security-log/events";
import { useI18n } from "~/lib/use-i18n";

type Filter = { type?: string; user?: string; from?: string; to?: string };

/** A GET form: the filters live in the URL, so a filtered view can be bookmarked and shared. */
export function SecurityLogFilters({ filter }: { filter: Filter }) {
  const { t } = useI18n();
  return (
    <Form method="get" className="filter-row">
      <div className="field">
        <label htmlFor="type">{t("securityLog.type")}</label>
        <select id="type" name="type" defaultValue={filter.type ?? ""}>
          <option value="">{t("common.all")}</option>
          {SECURITY_EVENT_TYPES.map((type) => (
            <option key={type} value={type}>
              {t(`securityLog.event.${type}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="user">{t("securityLog.user")}</label>
        <input id="user" name="user" type="search" defaultValue={filter.user ?? ""} maxLength={254} autoComplete="off" />
      </div>
      <div className="field">
        <label htmlFor="from">{t("securityLog.from")}</label>
        <input id="from" name="from" type="date" defaultValue={filter.from ?? ""} />
      </div>
      <div className="field">
        <label htmlFor="to">{t("securityLog.to")}</label>
        <input id="to" name="to" type="date" defaultValue={filter.to ?? ""} />
      </div>
      <button type="submit" className="secondary">
        {t("securityLog.apply")}
      </button>
      <Link to="/admin/security-log" className="button secondary">
        {t("securityLog.reset")}
      </Link>
    </Form>
  );
}
