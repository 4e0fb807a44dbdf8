// A dashboard table as a spreadsheet wants it: numbers as numbers in columns of their own (an
// interval becomes its lower and upper bound, "3 of 40" two counts, a percentage a decimal
// rate), text as text. CSV and XLSX both write this form.
import type { NumberFormat, Table } from "./tables";

export type ExportedColumn = { text: string; format: NumberFormat | "text" };
export type ExportedTable = { id: string; caption: string; columns: ExportedColumn[]; rows: (string | number | null)[][] };

export function exportTable(table: Table): ExportedTable {
  const columns = table.headers.flatMap((h): ExportedColumn[] => h.export ?? [{ text: h.text, format: "text" }]);
  const rows = table.rows.map((row) =>
    row.flatMap((cell, i): (string | number | null)[] => {
      const numeric = table.headers[i].export;
      if (!numeric) return [cell.text];
      return numeric.map((_, k) => {
        const v = cell.values?.[k];
        return v === undefined || v === null || !Number.isFinite(v) ? null : v;
      });
    }),
  );
  return { id: table.id, caption: table.caption, columns, rows };
}

/** Digits kept in a CSV: more than shown, so sums and averages in the sheet are right. */
const DIGITS: Record<NumberFormat, number> = { score: 4, rate: 6, count: 0 };

/** A number for Excel with Lithuanian settings: decimal comma, no thousands separator. */
export function csvNumber(value: number, format: NumberFormat): string {
  return String(Number(value.toFixed(DIGITS[format]))).replace(".", ",");
}

/** The rows of the CSV (headers first), every number written as a number. */
export function exportCsvRows(table: ExportedTable): string[][] {
  return [
    table.columns.map((c) => c.text),
    ...table.rows.map((row) =>
      row.map((v, i) => {
        const format = table.columns[i].format;
        if (typeof v === "number" && format !== "text") return csvNumber(v, format);
        return v === null ? "" : String(v);
      }),
    ),
  ];
}
