import { ScrollRegion } from "~/components/scroll-region";
import { score } from "~/domain/dashboards/format";
import type { ProgrammeComparison, StageCell } from "~/domain/programme/compare";
import { useI18n } from "~/lib/use-i18n";

type Fmt = ReturnType<typeof useI18n>;

/** One cell: the mean with n, interval and place; too few audits: a text, never a number to rank by. */
function Cell({ cell, f }: { cell: StageCell; f: Fmt }) {
  if (cell.n === 0) return <span className="programme-cell__none">{f.t("programme.cell.none")}</span>;
  if (cell.tooFew)
    return (
      <span className="programme-cell__few" data-testid="too-few">
        {f.t("programme.cell.tooFew")}
        <span className="programme-cell__line">{f.t("programme.cell.n", { count: cell.n })}</span>
      </span>
    );
  return (
    <>
      <strong className="programme-cell__mean" data-testid="stage-mean">
        {score(f, cell.mean)}
      </strong>
      <span className="programme-cell__line">{f.t("programme.cell.n", { count: cell.n })}</span>
      {cell.low !== null && cell.high !== null ? (
        <span className="programme-cell__line">{f.t("programme.cell.ci", { low: score(f, cell.low), high: score(f, cell.high) })}</span>
      ) : null}
      {cell.rank !== null && cell.ranked > 1 ? (
        <span className="programme-cell__line">{f.t("programme.cell.rank", { rank: cell.rank, of: cell.ranked })}</span>
      ) : null}
    </>
  );
}

/** Stages down, organisations across (a programme has few organisations, so it fits a phone). */
export function StageTable({ comparison, filters }: { comparison: ProgrammeComparison; filters: { from: string; to: string } }) {
  const f = useI18n();
  const caption = f.t("programme.table.caption", { from: filters.from, to: filters.to });
  return (
    <section className="dash-section" aria-labelledby="programme-table-title">
      <h2 id="programme-table-title">{f.t("programme.organisations")}</h2>
      <div className="dash-table">
        <ScrollRegion label={caption}>
          <table className="data programme-table" data-testid="programme-table">
            <caption>{caption}</caption>
            <thead>
              <tr>
                <th scope="col">{f.t("programme.table.stage")}</th>
                {comparison.orgs.map((org) => (
                  <th key={org.id} scope="col" data-testid="programme-org">
                    {org.name}
                    <span className="programme-cell__line programme-standards">
                      {f.t("programme.standards", { list: org.standards.join(", ") })}
                    </span>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {comparison.stages.map((stage) => (
                <tr key={stage} data-testid={`stage-${stage}`}>
                  <th scope="row">{f.t(`programme.stage.${stage}`)}</th>
                  {comparison.cells[stage].map((cell) => (
                    <td key={cell.orgId} className="programme-cell">
                      <Cell cell={cell} f={f} />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      </div>
    </section>
  );
}
