// The departments as a funnel plot (app/domain/stats/funnel.ts), drawn as plain SVG on the
// server: no chart library in the bundle, and it shows without JavaScript and in print. The
// picture is hidden from screen readers; its text equivalent is the summary under it (who is
// outside which limit) and the sortable table beside it.
import { funnelCurve, type FunnelStanding } from "~/domain/stats/funnel";
import { fittedScoreDomain, scoreTicks } from "~/domain/dashboards/axis";
import { useFmt } from "./page-parts";

type Point = { id: number; name: string; code: string; mean: number | null; n: number; funnel: FunnelStanding };

const W = 640;
const H = 320;
const M = { top: 12, right: 16, bottom: 40, left: 44 };
const OUTSIDE: FunnelStanding[] = ["below998", "below95", "above95", "above998"];

export function FunnelPlot({ points, target, sd, minN }: { points: Point[]; target: number | null; sd: number | null; minN: number }) {
  const f = useFmt();
  const shown = points.filter((p) => p.mean !== null && p.funnel !== "too_few");
  if (target === null || sd === null || !shown.length) return null;
  const maxN = Math.max(...shown.map((p) => p.n)) * 1.1;
  const curve = funnelCurve(target, sd, Math.max(1, minN), maxN);
  const domain = fittedScoreDomain(
    shown.map((p) => p.mean),
    [target, ...curve.filter((c) => c.n >= Math.min(...shown.map((p) => p.n))).flatMap((c) => [c.low998, c.high998])],
  );
  const x = (n: number) => M.left + (n / maxN) * (W - M.left - M.right);
  const y = (v: number) => M.top + (1 - (v - domain[0]) / (domain[1] - domain[0])) * (H - M.top - M.bottom);
  const line = (key: "low95" | "high95" | "low998" | "high998") =>
    curve.map((c) => `${x(c.n).toFixed(1)},${y(c[key]).toFixed(1)}`).join(" ");
  const xTicks = niceCountTicks(maxN);
  return (
    <figure className="dash-chart funnel" data-testid="funnel-plot">
      <figcaption>{f.t("insight.funnel.chart")}</figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} width="100%" aria-hidden="true" focusable="false">
        <defs>
          <clipPath id="funnel-area">
            <rect x={M.left} y={M.top} width={W - M.left - M.right} height={H - M.top - M.bottom} />
          </clipPath>
        </defs>
        {scoreTicks(domain).map((t) => (
          <g key={t}>
            <line x1={M.left} x2={W - M.right} y1={y(t)} y2={y(t)} stroke="#e5e7eb" />
            <text x={M.left - 6} y={y(t) + 4} fontSize={11} textAnchor="end" fill="#374151">
              {t}
            </text>
          </g>
        ))}
        {xTicks.map((t) => (
          <text key={t} x={x(t)} y={H - M.bottom + 16} fontSize={11} textAnchor="middle" fill="#374151">
            {t}
          </text>
        ))}
        <text x={(M.left + W - M.right) / 2} y={H - 6} fontSize={12} textAnchor="middle" fill="#1b1f24">
          {f.t("insight.funnel.axisX")}
        </text>
        <g clipPath="url(#funnel-area)" fill="none">
          <line x1={M.left} x2={W - M.right} y1={y(target)} y2={y(target)} stroke="#1b1f24" strokeWidth={1.5} />
          <polyline points={line("low95")} stroke="#0072B2" strokeDasharray="6 4" />
          <polyline points={line("high95")} stroke="#0072B2" strokeDasharray="6 4" />
          <polyline points={line("low998")} stroke="#D55E00" strokeWidth={1.5} />
          <polyline points={line("high998")} stroke="#D55E00" strokeWidth={1.5} />
        </g>
        {shown.map((p) => {
          const out = OUTSIDE.includes(p.funnel);
          return (
            <g key={p.id} data-testid="funnel-point">
              {out ? (
                <rect x={x(p.n) - 6} y={y(p.mean!) - 6} width={12} height={12} fill="#a3191b" />
              ) : (
                <circle cx={x(p.n)} cy={y(p.mean!)} r={6} fill="#fff" stroke="#1b1f24" strokeWidth={2} />
              )}
              <text x={x(p.n) + 9} y={y(p.mean!) + 4} fontSize={11} fill="#1b1f24">
                {p.code}
              </text>
            </g>
          );
        })}
      </svg>
      <p className="funnel__legend">
        <span className="funnel__key funnel__key--target">{f.t("insight.funnel.target")}</span>
        <span className="funnel__key funnel__key--95">95 %</span>
        <span className="funnel__key funnel__key--998">99,8 %</span>
      </p>
      <FunnelSummary points={points} minN={minN} />
      <p className="dash-note">{f.t("insight.funnel.explain", { target: f.number(target, 1) })}</p>
    </figure>
  );
}

/** The plot in words: who is outside which limit. */
function FunnelSummary({ points, minN }: { points: Point[]; minN: number }) {
  const f = useFmt();
  const groups = OUTSIDE.map((s) => ({ s, names: points.filter((p) => p.funnel === s).map((p) => p.name) })).filter((g) => g.names.length);
  if (!groups.length) return <p data-testid="funnel-summary">{f.t("insight.funnel.summaryNone", { count: minN })}</p>;
  return (
    <ul data-testid="funnel-summary">
      {groups.map((g) => (
        <li key={g.s}>{f.t("insight.funnel.summaryOutside", { standing: f.t(`insight.funnel.${g.s}`), names: g.names.join(", ") })}</li>
      ))}
    </ul>
  );
}

/** About five round ticks from 0 to max. */
function niceCountTicks(max: number): number[] {
  const raw = max / 5;
  const magnitude = 10 ** Math.floor(Math.log10(Math.max(1, raw)));
  const step = [1, 2, 5, 10].map((k) => k * magnitude).find((s) => s >= raw) ?? 10 * magnitude;
  const ticks: number[] = [];
  for (let v = 0; v <= max; v += step) ticks.push(v);
  return ticks;
}
