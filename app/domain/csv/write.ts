// CSV for spreadsheets with Lithuanian settings: ";" between cells (the decimal comma
// would clash with ","), CRLF rows, UTF-8 with a BOM so Excel reads the diacritics, and
// cells that a spreadsheet would run as a formula neutralised with a leading apostrophe.

export type CsvOptions = { separator?: string; bom?: boolean };

const FORMULA_START = /^[=+\-@\t\r]/;

/** Guards against CSV/formula injection (OWASP): "=SUM(A1)" becomes "'=SUM(A1)". */
export function neutraliseFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

function quote(cell: string, separator: string): string {
  const needsQuotes = cell.includes(separator) || /["\r\n]/.test(cell) || /^\s|\s$/.test(cell);
  return needsQuotes ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** Rows of cells to CSV text; every cell is neutralised, then quoted when needed. */
export function toCsv(rows: string[][], { separator = ";", bom = true }: CsvOptions = {}): string {
  const body = rows.map((row) => row.map((cell) => quote(neutraliseFormula(cell ?? ""), separator)).join(separator)).join("\r\n");
  return (bom ? "\uFEFF" : "") + body + "\r\n";
}

/** A safe download file name: letters, digits, "-", "_" and "." only. */
export function csvFileName(base: string): string {
  const clean = base
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^A-Za-z0-9._-]+/g, "-");
  return `${clean.replace(/^-+|-+$/g, "") || "export"}.csv`;
}
