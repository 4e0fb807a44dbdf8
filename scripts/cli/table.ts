/** A plain-text table with columns padded to their widest cell (code points, so "Š" is one). */
export function formatTable(header: string[], rows: string[][]): string {
  const width = (text: string) => [...text].length;
  const widths = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] ?? ""))));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : c + " ".repeat(widths[i] - width(c))))
      .join("  ")
      .trimEnd();
  return [line(header), ...rows.map(line)].join("\n");
}
