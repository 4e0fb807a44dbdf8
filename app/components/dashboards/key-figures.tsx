// The overview's first screen: the period's four figures, each with its change against the
// period before and whether that change is beyond random variation. Words carry the meaning
// (up/down, better/worse, beyond noise); the arrow and colour only repeat them.
import type { KeyFigure } from "~/domain/dashboards/key-figures";
import type { Fmt } from "~/domain/dashboards/format";
import { DASH } from "~/domain/dashboards/format";
import { useFmt } from "./page-parts";

/** A figure's value as shown: scores with one decimal, shares as percentages, counts whole. */
function shown(f: Fmt, figure: KeyFigure, value: number | null): string {
  if (value === null) return DASH;
  if (figure.key === "mean") return f.number(value, 1);
  if (figure.key === "passRate") return `${f.number(value * 100, 1)} %`;
  return f.number(value, 0);
}

function changeText(f: Fmt, figure: KeyFigure): { text: string; tone: string } {
  const delta = figure.change.delta;
  if (delta === null || figure.previous === null) return { text: f.t("insight.change.none"), tone: "" };
  if (delta === 0) return { text: f.t("insight.change.same"), tone: "" };
  const size =
    figure.key === "passRate"
      ? f.t("insight.change.points", { value: f.number(Math.abs(delta) * 100, 1) })
      : f.number(Math.abs(delta), figure.key === "mean" ? 1 : 0);
  const direction = f.t(delta > 0 ? "insight.change.up" : "insight.change.down", { delta: size });
  const noise = f.t(figure.change.significant ? "insight.change.significant" : "insight.change.noise");
  // Better or worse is only said of a real change in a figure that has a good direction.
  const judged = figure.change.significant && figure.higherIsBetter !== null;
  const better = judged && delta > 0 === figure.higherIsBetter;
  const verdict = judged ? `, ${f.t(better ? "insight.change.better" : "insight.change.worse")}` : "";
  return { text: `${direction}: ${noise}${verdict}`, tone: judged ? (better ? "good" : "bad") : "" };
}

export function KeyFigures({
  figures,
  previous,
  compare,
}: {
  figures: KeyFigure[];
  previous: { from: string; to: string };
  compare: "previous" | "year";
}) {
  const f = useFmt();
  return (
    <section className="key-figures" aria-labelledby="key-figures-title" data-testid="key-figures">
      <h2 id="key-figures-title" className="visually-hidden">
        {f.t("insight.figures.title")}
      </h2>
      <ul className="key-figures__list">
        {figures.map((figure) => {
          const change = changeText(f, figure);
          return (
            <li key={figure.key} className="key-figure" data-testid={`figure-${figure.key}`}>
              <p className="key-figure__label">{f.t(`insight.figures.${figure.key}`)}</p>
              <p className="key-figure__value">{shown(f, figure, figure.value)}</p>
              <p
                className={change.tone ? `key-figure__change tone-${change.tone}` : "key-figure__change"}
                data-testid={`change-${figure.key}`}
              >
                <span aria-hidden="true">{(figure.change.delta ?? 0) > 0 ? "▲ " : (figure.change.delta ?? 0) < 0 ? "▼ " : ""}</span>
                {change.text}
              </p>
              <p className="key-figure__previous">
                {f.t(compare === "year" ? "insight.figures.yearEarlier" : "insight.figures.previous", {
                  ...previous,
                  value: shown(f, figure, figure.previous),
                })}
              </p>
            </li>
          );
        })}
      </ul>
      <p className="dash-note">{f.t("insight.figures.tests")}</p>
    </section>
  );
}
