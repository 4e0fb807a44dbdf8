/**
 * Numbers typed by people: "26,5" and "26.5" are both 26.5, whatever the browser's or the
 * spreadsheet's language. The one parser for the audit forms and CSV imports (a number
 * input depends on the browser's locale: an English browser turned "26,5" into 265).
 */

/** "12,5", "12.5", " 3 ", ",5" → number; blank → undefined; anything else → NaN. */
export function parseDecimal(text: string): number | undefined {
  const t = text.trim().replace(/\s/g, "");
  if (t === "") return undefined;
  return /^[-+]?(\d+([.,]\d*)?|[.,]\d+)$/.test(t) ? Number(t.replace(",", ".")) : Number.NaN;
}

/** A number as typed back into a field or a Lithuanian spreadsheet: no grouping, full precision. */
export function formatDecimal(value: number, mark: "," | "." = ","): string {
  return String(value).replace(".", mark);
}
