// Aggregation months are calendar months in Vilnius, where the audited offices are.
const fmt = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Vilnius", year: "numeric", month: "2-digit" });

/** "YYYY-MM" of a moment, in Europe/Vilnius time. */
export function vilniusMonth(ms: number): string {
  const parts = fmt.formatToParts(ms);
  const year = parts.find((p) => p.type === "year")!.value;
  const month = parts.find((p) => p.type === "month")!.value;
  return `${year}-${month}`;
}
