import { Form, Link, useLocation } from "@remix-run/react";
import type { Localized } from "~/domain/checklists/schema";
import { useI18n } from "~/lib/use-i18n";
import { AUDIT_TYPE_ORDER, CHANNEL_ORDER, type DashboardFilters } from "./filters";

type Options = { checklists: { id: string; title: Localized }[]; departments?: { id: number; name: string }[] };

/** A GET form: the filters become the URL's search params, so every view can be shared. */
export function FilterForm({ filters, options }: { filters: DashboardFilters; options: Options }) {
  const { t, locale } = useI18n();
  const { pathname } = useLocation();
  return (
    <Form method="get" className="card dash-filters" data-testid="dashboard-filters" aria-labelledby="dash-filters-title">
      <h2 id="dash-filters-title" className="visually-hidden">
        {t("dashboards.filter.title")}
      </h2>
      <div className="dash-filters__grid">
        <div className="field">
          <label htmlFor="filter-from">{t("dashboards.filter.from")}</label>
          <input id="filter-from" name="from" type="month" defaultValue={filters.from} pattern="\d{4}-\d{2}" aria-describedby="filter-month-hint" data-testid="filter-from" />
        </div>
        <div className="field">
          <label htmlFor="filter-to">{t("dashboards.filter.to")}</label>
          <input id="filter-to" name="to" type="month" defaultValue={filters.to} pattern="\d{4}-\d{2}" aria-describedby="filter-month-hint" data-testid="filter-to" />
        </div>
        <div className="field">
          <label htmlFor="filter-channel">{t("dashboards.filter.channel")}</label>
          <select id="filter-channel" name="channel" defaultValue={filters.channel ?? ""} data-testid="filter-channel">
            <option value="">{t("dashboards.filter.all")}</option>
            {CHANNEL_ORDER.map((c) => (
              <option key={c} value={c}>
                {t(`dashboards.channel.${c}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-checklist">{t("dashboards.filter.checklist")}</label>
          <select id="filter-checklist" name="checklist" defaultValue={filters.checklist ?? ""} data-testid="filter-checklist">
            <option value="">{t("dashboards.filter.all")}</option>
            {options.checklists.map((c) => (
              <option key={c.id} value={c.id}>
                {c.title[locale]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-type">{t("dashboards.filter.auditType")}</label>
          <select id="filter-type" name="auditType" defaultValue={filters.auditType ?? ""} data-testid="filter-audit-type">
            <option value="">{t("dashboards.filter.all")}</option>
            {AUDIT_TYPE_ORDER.map((a) => (
              <option key={a} value={a}>
                {t(`dashboards.auditType.${a}`)}
              </option>
            ))}
          </select>
        </div>
        {options.departments ? (
          <div className="field">
            <label htmlFor="filter-department">{t("dashboards.filter.department")}</label>
            <select id="filter-department" name="department" defaultValue={filters.department ?? ""} data-testid="filter-department">
              <option value="">{t("dashboards.filter.all")}</option>
              {options.departments.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.name}
                </option>
              ))}
            </select>
          </div>
        ) : null}
      </div>
      <p id="filter-month-hint" className="field__hint">
        {t("dashboards.filter.monthHint")}
      </p>
      <div className="button-row">
        <button type="submit" data-testid="filter-apply">
          {t("dashboards.filter.apply")}
        </button>
        <Link className="button secondary" to={pathname}>
          {t("dashboards.filter.reset")}
        </Link>
      </div>
    </Form>
  );
}
