import { Form, Link, useLocation } from "@remix-run/react";
import type { ReactNode } from "react";
import type { Localized } from "~/domain/checklists/schema";
import { LabelledSelect } from "~/components/labelled-select";
import type { MessageKey, Params } from "~/i18n";
import { useI18n } from "~/lib/use-i18n";
import { AUDIT_TYPE_ORDER, CHANNEL_ORDER, type DashboardFilters } from "../../domain/dashboards/filters";
import { checklistName } from "~/domain/checklists/name";

type Options = { checklists: { id: string; title: Localized }[]; departments?: { id: number; name: string }[] };
type Notice = { key: MessageKey; params: Params };

/**
 * A GET form of filters (they become the URL's search params, so every view can be shared):
 * the period's two months, the filters passed as children, the notices about the period,
 * apply and reset. The dashboards and the programme view share it.
 */
export function PeriodFilterForm(props: {
  testId: string;
  title: string;
  period: { from: string; to: string };
  notices: Notice[];
  children?: ReactNode;
}) {
  const { t } = useI18n();
  const { pathname } = useLocation();
  const titleId = `${props.testId}-title`;
  return (
    <Form method="get" className="card dash-filters" data-testid={props.testId} aria-labelledby={titleId}>
      <h2 id={titleId} className="visually-hidden">
        {props.title}
      </h2>
      {props.notices.map((n, i) => (
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
            defaultValue={props.period.from}
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
            defaultValue={props.period.to}
            pattern="\d{4}-\d{2}"
            aria-describedby="filter-month-hint"
            data-testid="filter-to"
          />
        </div>
        {props.children}
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

export function FilterForm({
  filters,
  options,
  notices = [],
  compare,
}: {
  filters: DashboardFilters;
  options: Options;
  notices?: Notice[];
  /** The overview's comparison (previous period or a year earlier); absent on the other views. */
  compare?: string;
}) {
  const { t, locale } = useI18n();
  return (
    <PeriodFilterForm testId="dashboard-filters" title={t("dashboards.filter.title")} period={filters} notices={notices}>
      {compare ? (
        <div className="field">
          <label htmlFor="filter-compare">{t("insight.compare.label")}</label>
          <select id="filter-compare" name="compare" defaultValue={compare} data-testid="filter-compare">
            <option value="previous">{t("insight.compare.previous")}</option>
            <option value="year">{t("insight.compare.year")}</option>
          </select>
        </div>
      ) : null}
      <LabelledSelect
        id="filter-channel"
        name="channel"
        emptyLabel={t("dashboards.filter.all")}
        label={t("dashboards.filter.channel")}
        value={filters.channel ?? ""}
        testId="filter-channel"
        options={CHANNEL_ORDER.map((c) => ({ value: c, label: t(`dashboards.channel.${c}`) }))}
      />
      <LabelledSelect
        id="filter-checklist"
        name="checklist"
        emptyLabel={t("dashboards.filter.all")}
        label={t("dashboards.filter.checklist")}
        value={filters.checklist ?? ""}
        testId="filter-checklist"
        options={options.checklists.map((c) => ({ value: c.id, label: checklistName(c, locale) }))}
      />
      <LabelledSelect
        id="filter-type"
        name="auditType"
        emptyLabel={t("dashboards.filter.all")}
        label={t("dashboards.filter.auditType")}
        value={filters.auditType ?? ""}
        testId="filter-audit-type"
        options={AUDIT_TYPE_ORDER.map((a) => ({ value: a, label: t(`checklists.auditType.${a}`) }))}
      />
      {options.departments ? (
        <LabelledSelect
          id="filter-department"
          name="department"
          emptyLabel={t("dashboards.filter.all")}
          label={t("dashboards.filter.department")}
          value={filters.department ?? ""}
          testId="filter-department"
          options={options.departments.map((d) => ({ value: d.id, label: d.name }))}
        />
      ) : null}
    </PeriodFilterForm>
  );
}
