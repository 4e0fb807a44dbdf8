import { Link } from "@remix-run/react";
import { ScrollRegion } from "~/components/scroll-region";
import { SortHeader } from "~/components/sort-header";
import { useI18n } from "~/lib/use-i18n";
import type { Table } from "../../domain/dashboards/tables";

/** A dashboard table with its CSV download link; colour (tone) only ever repeats the text. */
export function DataTable({ table, csvHref, note, collapsed }: { table: Table; csvHref: string; note?: string; collapsed?: boolean }) {
  const { t } = useI18n();
  const region = (
    <ScrollRegion label={table.caption}>
      <table className="data" data-testid={`table-${table.id}`}>
        <caption>{table.caption}</caption>
        <thead>
          <tr>
            {table.headers.map((h, i) =>
              h.sortKey && table.sort ? (
                <SortHeader key={i} column={h.sortKey} label={h.text} sort={table.sort} num={h.num} />
              ) : (
                <th key={i} scope="col" className={h.num ? "num" : undefined}>
                  {h.text}
                </th>
              ),
            )}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, r) => (
            <tr key={r}>
              {row.map((c, i) => {
                const className = [c.num ? "num" : "", c.tone ? `tone-${c.tone}` : ""].filter(Boolean).join(" ") || undefined;
                const content = c.href ? (
                  <Link to={c.href} data-testid={c.testId}>
                    {c.text}
                  </Link>
                ) : (
                  c.text
                );
                return i === 0 && !c.num ? (
                  <th key={i} scope="row" className={className} title={c.title}>
                    {content}
                  </th>
                ) : (
                  <td key={i} className={className} title={c.title}>
                    {content}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
  return (
    <div className="dash-table">
      {/* A long table folds away behind a native disclosure: it stays in the page, without JavaScript too. */}
      {collapsed ? (
        <details data-testid={`details-${table.id}`}>
          <summary>
            {t("insight.showTable")}: {table.caption}
          </summary>
          {region}
        </details>
      ) : (
        region
      )}
      {note ? <p className="dash-note">{note}</p> : null}
      <p className="dash-csv">
        <a href={csvHref} download data-testid={`csv-${table.id}`} aria-label={t("dashboards.csvOf", { name: table.caption })}>
          {t("dashboards.csv")}
        </a>
        {/* The same table as a workbook with real numbers (app/routes/dashboards.xlsx.ts). */}
        <a
          href={csvHref.replace("/dashboards/csv?", "/dashboards/xlsx?")}
          download
          data-testid={`xlsx-${table.id}`}
          aria-label={t("insight.xlsxOf", { name: table.caption })}
        >
          {t("insight.xlsx")}
        </a>
      </p>
    </div>
  );
}
