/**
 * Which separator a CSV file uses: ";" (Excel with Lithuanian settings, where "," is the
 * decimal separator) or "," (most other programs). Decided on the header row, counting
 * separators outside quotes; a tie (e.g. a one-column file) means ";", our default.
 */
export type Separator = ";" | ",";

/** The first record's text (up to its first unquoted line break). */
function firstRecord(text: string): string {
  let inQuotes = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (c === "\n" || c === "\r")) return text.slice(0, i);
  }
  return text;
}

export function detectSeparator(text: string): Separator {
  const header = firstRecord(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  let semicolons = 0;
  let commas = 0;
  let inQuotes = false;
  for (const c of header) {
    if (c === '"') inQuotes = !inQuotes;
    else if (!inQuotes && c === ";") semicolons++;
    else if (!inQuotes && c === ",") commas++;
  }
  return commas > semicolons ? "," : ";";
}
