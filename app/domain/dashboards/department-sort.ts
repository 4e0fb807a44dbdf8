// The overview's department table sorts by any column, the order kept in the URL
// (?sort=…&dir=…) so that it works without JavaScript. By default the worst first: those
// below their control limits, then by average score.
import type { FunnelStanding } from "../stats/funnel";
import type { ListSort } from "../lists/paging";

export const DEPARTMENT_SORTS = ["name", "mean", "n", "passRate", "critical", "funnel"] as const;
export type DepartmentSort = ListSort<(typeof DEPARTMENT_SORTS)[number]>;
export const DEFAULT_DEPARTMENT_SORT: DepartmentSort = { sort: "funnel", dir: "asc" };

const FUNNEL_ORDER: Record<FunnelStanding, number> = { below998: 0, below95: 1, within: 2, above95: 3, above998: 4, too_few: 5 };
const collator = new Intl.Collator("lt");

type Row = { name: string; mean: number | null; n: number; passRate: number | null; critical: number; funnel: FunnelStanding };

/** Rows in the chosen order; rows without a value (no audits) always come last, then by name. */
export function sortDepartments<R extends Row>(rows: R[], { sort, dir }: DepartmentSort): R[] {
  const sign = dir === "asc" ? 1 : -1;
  const value = (r: R): number | string | null =>
    sort === "name" ? r.name : sort === "funnel" ? (r.funnel === "too_few" ? null : FUNNEL_ORDER[r.funnel]) : r[sort];
  return [...rows].sort((a, b) => {
    const va = value(a);
    const vb = value(b);
    if (va === null || vb === null) return va === vb ? collator.compare(a.name, b.name) : va === null ? 1 : -1;
    const by = typeof va === "string" ? collator.compare(va, vb as string) : va - (vb as number);
    // Ties: the lower average first (the one to look at), then by name.
    return sign * by || (a.mean ?? Infinity) - (b.mean ?? Infinity) || collator.compare(a.name, b.name);
  });
}
