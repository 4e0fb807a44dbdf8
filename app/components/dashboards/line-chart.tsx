// A multi-line chart (recharts) that reads without colour: each series has its own dash
// pattern and marker size, and the legend draws the pattern (a single line is labelled at
// its last point). recharts draws nothing on the server, so the chart
// appears after hydration; the page always has the same data as a table.
import { useEffect, useState } from "react";
import { CartesianGrid, LabelList, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { useI18n } from "~/lib/use-i18n";

// Okabe–Ito colours (safe for colour blindness) and distinct dash patterns.
const STYLES = [
  { stroke: "#0072B2", dash: undefined, r: 4 },
  { stroke: "#D55E00", dash: "8 4", r: 5 },
  { stroke: "#009E73", dash: "2 3", r: 4 },
  { stroke: "#CC79A7", dash: "12 4 2 4", r: 6 },
  { stroke: "#000000", dash: "4 4", r: 3 },
];

export type Series = { key: string; label: string };

export function DashboardLineChart(props: {
  testId: string;
  title: string;
  months: string[];
  series: Series[];
  /** value by month and series key; missing means no data that month */
  values: { month: string; series: string; value: number | null }[];
  yDomain?: [number, number];
  /** Where the y axis is labelled (round numbers); recharts' own choice otherwise. */
  yTicks?: number[];
  digits?: number;
  /** Horizontal reference lines (the pass mark, the organisation's score target). */
  references?: { value: number; label: string }[];
}) {
  const { t, number } = useI18n();
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  const data = props.months.map((month) => {
    const row: Record<string, string | number | null> = { month };
    for (const s of props.series) row[s.key] = props.values.find((v) => v.month === month && v.series === s.key)?.value ?? null;
    return row;
  });
  const lastIndex = (key: string) => {
    for (let i = data.length - 1; i >= 0; i--) if (data[i][key] !== null) return i;
    return -1;
  };
  return (
    <figure className="dash-chart" data-testid={props.testId}>
      <figcaption>
        {props.title} <span className="visually-hidden">{t("dashboards.chart.text")}</span>
      </figcaption>
      <div className="dash-chart__canvas" aria-hidden="true">
        {mounted ? (
          <ResponsiveContainer width="100%" height={300}>
            {/* No keyboard layer: the chart is hidden from assistive technology (the table is its
                text), and a focusable element inside aria-hidden would be a trap. */}
            <LineChart accessibilityLayer={false} data={data} margin={{ top: 16, right: 96, bottom: 8, left: 0 }}>
              <CartesianGrid strokeDasharray="3 3" stroke="#d5dbe1" />
              <XAxis dataKey="month" tick={{ fontSize: 12 }} />
              <YAxis domain={props.yDomain ?? [0, "auto"]} ticks={props.yTicks} tick={{ fontSize: 12 }} allowDecimals={!!props.digits} />
              <Tooltip formatter={(v) => (typeof v === "number" ? number(v, props.digits ?? 0) : String(v))} />
              <Legend />
              {(props.references ?? []).map((r, i) => (
                <ReferenceLine
                  key={r.label}
                  y={r.value}
                  stroke="#6b7280"
                  strokeDasharray={i % 2 ? "2 2" : "6 3"}
                  ifOverflow="extendDomain"
                  label={{ value: r.label, position: i % 2 ? "insideBottomLeft" : "insideTopLeft", fontSize: 12, fill: "#374151" }}
                />
              ))}
              {props.series.map((s, i) => {
                const style = STYLES[i % STYLES.length];
                const last = lastIndex(s.key);
                return (
                  <Line
                    key={s.key}
                    type="linear"
                    dataKey={s.key}
                    name={s.label}
                    stroke={style.stroke}
                    strokeWidth={2}
                    strokeDasharray={style.dash}
                    dot={{ r: style.r, strokeWidth: 2, fill: "#fff" }}
                    legendType="plainline"
                    connectNulls
                    isAnimationActive={false}
                  >
                    {/* End labels overlap where lines meet; with several lines the legend's dash patterns name them. */}
                    {props.series.length === 1 ? (
                      <LabelList
                        dataKey={s.key}
                        content={(p) =>
                          p.index === last ? (
                            <text x={Number(p.x) + 8} y={Number(p.y) + 4} fontSize={12} fill="#1b1f24">
                              {s.label}
                            </text>
                          ) : null
                        }
                      />
                    ) : null}
                  </Line>
                );
              })}
            </LineChart>
          </ResponsiveContainer>
        ) : (
          <div style={{ height: 300 }} />
        )}
      </div>
    </figure>
  );
}
