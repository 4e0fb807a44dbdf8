import { Form, Link, useLocation } from "@remix-run/react";
import type { MessageKey, Params } from "~/i18n";
import { useI18n } from "~/lib/use-i18n";

type Notice = { key: MessageKey; params: Params };

/** The period as a GET form, like the dashboards' filters (the URL can be shared). */
export function PeriodForm({ filters, notices }: { filters: { from: string; to: string }; notices: Notice[] }) {
  const { t } = useI18n();
  const { pathname } = useLocation();
  return (
    <Form method="get" className="card dash-filters" data-testid="programme-period" aria-labelledby="programme-period-title">
      <h2 id="programme-period-title" className="visually-hidden">
        {t("programme.period.title")}
      </h2>
      {notices.map((n, i) => (
        <p key={i} className="notice" role="status" data-testid="period-notice">
          {t(n.key, n.params)}
        </p>
      ))}
      <div className="dash-filters__grid">
        <div className="field">
          <label htmlFor="filter-from">{t("dashboards.filter.from")}</label>
          <input
            id="filter-from"
            name="from"
            type="month"
            defaultValue={filters.from}
            pattern="\d{4}-\d{2}"
            aria-describedby="filter-month-hint"
            data-testid="filter-from"
          />
        </div>
        <div className="field">
          <label htmlFor="filter-to">{t("dashboards.filter.to")}</label>
          <input
            id="filter-to"
            name="to"
            type="month"
            defaultValue={filters.to}
            pattern="\d{4}-\d{2}"
            aria-describedby="filter-month-hint"
            data-testid="filter-to"
          />
        </div>
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
