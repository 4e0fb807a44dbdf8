/**
 * Three-way merge of a draft's answers, one answer at a time, with no clock involved.
 *
 * `base` is what this device last had confirmed by the server (at some revision), `local`
 * what the form holds now, `server` what the server holds at its newer revision. Values
 * are canonical strings (see answer-values.ts); a missing key is an unanswered item ("").
 * An answer changed on one side only takes that side's value; the same change on both
 * sides is no conflict; different changes on both sides are a conflict for the user to
 * decide (the merged value keeps the local one until then). Never last-write-wins.
 */
export type Values = Readonly<Record<string, string>>;
export type Conflict = { key: string; local: string; server: string };
export type MergeResult = { merged: Record<string, string>; conflicts: Conflict[] };

export function mergeAnswers(base: Values, local: Values, server: Values): MergeResult {
  const keys = new Set([...Object.keys(base), ...Object.keys(local), ...Object.keys(server)]);
  const merged: Record<string, string> = {};
  const conflicts: Conflict[] = [];
  for (const key of [...keys].sort()) {
    const b = base[key] ?? "";
    const l = local[key] ?? "";
    const s = server[key] ?? "";
    let value: string;
    if (l === s || s === b) value = l;
    else if (l === b) value = s;
    else {
      value = l;
      conflicts.push({ key, local: l, server: s });
    }
    if (value !== "") merged[key] = value;
  }
  return { merged, conflicts };
}

/** Keys whose value differs between two sets (unanswered = absent = ""). */
export function changedKeys(a: Values, b: Values): string[] {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].filter((k) => (a[k] ?? "") !== (b[k] ?? "")).sort();
}
