import { useI18n } from "~/lib/use-i18n";
import type { DashboardFilters } from "../../domain/dashboards/filters";
import { CHANNEL_ORDER, filterSearch } from "../../domain/dashboards/filters";
import type { Fmt } from "../../domain/dashboards/format";
import { score } from "../../domain/dashboards/format";
import type { MeasureData, Table } from "../../domain/dashboards/tables";
import { DataTable } from "./data-table";
import { DashboardLineChart, type Series } from "./line-chart";
import { fittedScoreDomain, scoreTicks } from "../../domain/dashboards/axis";

/** The dashboards' formatting functions bound to the page's language. */
export function useFmt(): Fmt {
  return useI18n();
}

/** Where a table's CSV is downloaded: the same view, filters and table id. */
export function csvHref(view: string, table: string, filters: DashboardFilters, id?: number) {
  return `/dashboards/csv?${filterSearch(filters, { view, table, ...(id ? { id: String(id) } : {}) })}`;
}

/** Period, totals and the notes that explain n, intervals and why some rows are not ranked. */
export function Summary({ filters, total, minN }: { filters: DashboardFilters; total: MeasureData; minN: number }) {
  const { t } = useI18n();
  const f = useFmt();
  return (
    <div className="dash-summary" data-testid="dashboard-summary">
      <p>
        {t("dashboards.period", { from: filters.from, to: filters.to })}{" "}
        {total.audits ? t("dashboards.total", { count: total.audits, mean: score(f, total.mean) }) : null}
      </p>
      {total.audits === 0 ? <p className="notice">{t("dashboards.empty")}</p> : null}
      <p className="dash-note" data-testid="min-n-note">
        {t("dashboards.minN", { count: minN })}
      </p>
      <p className="dash-note">{t("dashboards.ciNote")}</p>
    </div>
  );
}

/** Chart values from trend points: the mean score or the number of audits per month × channel. */
export function chartValues(points: { month: string; channel: string; mean: number | null; audits: number }[], what: "mean" | "audits") {
  return points.map((p) => ({ month: p.month, series: p.channel, value: what === "mean" ? p.mean : p.audits }));
}

/** One titled section of a dashboard page (heading linked as the section's label). */
export function DashSection({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section className="dash-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      {children}
    </section>
  );
}

/** One chart line per channel, labelled in the page's language. */
export function channelSeries(f: Fmt) {
  return CHANNEL_ORDER.map((c) => ({ key: c, label: f.t(`dashboards.channel.${c}`) }));
}

/** The score trend of a dashboard page: the mean per month as a chart, then as a table. */
export function ScoreTrend(props: {
  title: string;
  months: string[];
  series: Series[];
  trend: { month: string; channel: string; mean: number | null; audits: number }[];
  table: Table;
  csvHref: string;
  /** The organisation's score target (a line on the chart, and said in words); null: none. */
  target?: number | null;
  /** The pass mark (a line on the chart, and said in words); null: none shown. */
  passMark?: number | null;
}) {
  const f = useFmt();
  const target = props.target ?? null;
  const passMark = props.passMark ?? null;
  const values = chartValues(props.trend, "mean");
  // Fitted to the lines and reference lines, so that a trend between 78 and 98 is not drawn flat.
  const domain = fittedScoreDomain(
    values.map((v) => v.value),
    [target, passMark],
  );
  const references = [
    ...(passMark === null ? [] : [{ value: passMark, label: f.t("insight.passMarkShort") }]),
    ...(target === null ? [] : [{ value: target, label: f.t("dashboards.targetShort") }]),
  ];
  return (
    <DashSection id="trend" title={props.title}>
      {target !== null ? (
        <p className="muted" data-testid="score-target">
          {f.t("dashboards.target", { target: f.number(target, 0) })}
        </p>
      ) : null}
      {passMark !== null ? (
        <p className="muted" data-testid="pass-mark">
          {f.t("insight.passMark", { mark: f.number(passMark, 0) })}
        </p>
      ) : null}
      <DashboardLineChart
        references={references}
        testId="chart-trend"
        title={f.t("dashboards.chart.mean")}
        months={props.months}
        series={props.series}
        values={values}
        yDomain={domain}
        yTicks={scoreTicks(domain)}
        digits={1}
      />
      {domain[0] > 0 ? (
        <p className="dash-note" data-testid="axis-note">
          {f.t("insight.axis", { low: f.number(domain[0], 0), high: f.number(domain[1], 0) })}
        </p>
      ) : null}
      <DataTable table={props.table} csvHref={props.csvHref} collapsed />
    </DashSection>
  );
}
