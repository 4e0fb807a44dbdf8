// Stage means as horizontal bars, one bar per organisation, only where the organisation has
// enough audits to take a place. recharts draws after hydration; the table is the text.
import { useEffect, useState } from "react";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { ProgrammeComparison } from "~/domain/programme/compare";
import { useI18n } from "~/lib/use-i18n";

// Okabe–Ito colours (safe for colour blindness).
const COLOURS = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#000000", "#E69F00", "#56B4E9"];

export function StageChart({ comparison }: { comparison: ProgrammeComparison }) {
  const { t, number } = useI18n();
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  const data = comparison.stages.map((stage) => {
    const row: Record<string, string | number | null> = { stage: t(`programme.stage.${stage}`) };
    comparison.cells[stage].forEach((cell, i) => {
      row[`org${comparison.orgs[i].id}`] = cell.tooFew ? null : cell.mean;
    });
    return row;
  });
  const height = 80 + comparison.stages.length * (16 + 14 * comparison.orgs.length);
  return (
    <figure className="dash-chart" data-testid="chart-stages">
      <figcaption>
        {t("programme.chart.title")} <span className="visually-hidden">{t("programme.chart.summary")}</span>
      </figcaption>
      <div className="dash-chart__canvas" aria-hidden="true">
        {mounted ? (
          <ResponsiveContainer width="100%" height={height}>
            <BarChart accessibilityLayer={false} data={data} layout="vertical" margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
              <CartesianGrid strokeDasharray="3 3" stroke="#d5dbe1" />
              <XAxis type="number" domain={[0, 100]} tick={{ fontSize: 12 }} />
              <YAxis type="category" dataKey="stage" width={130} tick={{ fontSize: 11 }} />
              <Tooltip formatter={(v) => (typeof v === "number" ? number(v, 1) : String(v))} />
              <Legend />
              {comparison.orgs.map((org, i) => (
                <Bar key={org.id} dataKey={`org${org.id}`} name={org.name} fill={COLOURS[i % COLOURS.length]} isAnimationActive={false} />
              ))}
            </BarChart>
          </ResponsiveContainer>
        ) : (
          <div style={{ height }} />
        )}
      </div>
    </figure>
  );
}
