// A dashboard table as an Excel workbook (exceljs): real numbers with number formats (scores
// with one decimal, rates as percentages, counts whole), a bold, frozen header row, widths
// that fit. A text cell is only ever a string (exceljs writes a formula only when asked), so a
// name like "=HYPERLINK(…)" stays text.
import type { ExportedTable } from "~/domain/dashboards/export";
import type { NumberFormat } from "~/domain/dashboards/tables";

const NUMBER_FORMATS: Record<NumberFormat, string> = { score: "0.0", rate: "0.0%", count: "0" };

/** Excel's sheet names: at most 31 characters, none of : \ / ? * [ ]. */
export function sheetName(caption: string): string {
  return (
    caption
      .replace(/[:\\/?*[\]]/g, " ")
      .slice(0, 31)
      .trim() || "Lentelė"
  );
}

export async function xlsxOf(table: ExportedTable): Promise<Buffer> {
  // Loaded on the first download, not when the server starts.
  const { default: ExcelJS } = await import("exceljs");
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Etalonas";
  const sheet = workbook.addWorksheet(sheetName(table.caption), { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = table.columns.map((c, i) => {
    const longest = Math.max(c.text.length, ...table.rows.map((r) => String(r[i] ?? "").length));
    return {
      header: c.text,
      key: String(i),
      width: Math.min(60, Math.max(8, longest + 2)),
      style: c.format === "text" ? {} : { numFmt: NUMBER_FORMATS[c.format] },
    };
  });
  sheet.getRow(1).font = { bold: true };
  for (const row of table.rows) sheet.addRow(row.map((v) => v ?? null));
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.columns.length } };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
