import { describe, expect, it } from "vitest";
import { DEFAULT_DEPARTMENT_SORT, sortDepartments } from "./department-sort";
import type { FunnelStanding } from "../stats/funnel";

const row = (name: string, mean: number | null, n: number, funnel: FunnelStanding) => ({
  name,
  mean,
  n,
  passRate: mean === null ? null : mean / 100,
  critical: n % 3,
  funnel,
});
const rows = [
  row("Teisės skyrius", 91, 40, "within"),
  row("Šiaurės skyrius", 70, 60, "below998"),
  row("Archyvas", null, 0, "too_few"),
  row("Būsto skyrius", 84, 20, "below95"),
  row("Sodų skyrius", 95, 50, "above95"),
];
const names = (r: { name: string }[]) => r.map((x) => x.name);

describe("sortDepartments", () => {
  it("puts the worst first by default: below the 99.8 % limit, then the 95 % limit", () => {
    expect(names(sortDepartments(rows, DEFAULT_DEPARTMENT_SORT))).toEqual([
      "Šiaurės skyrius",
      "Būsto skyrius",
      "Teisės skyrius",
      "Sodų skyrius",
      "Archyvas",
    ]);
  });

  it("sorts by any column either way, rows without data last", () => {
    expect(names(sortDepartments(rows, { sort: "mean", dir: "desc" }))).toEqual([
      "Sodų skyrius",
      "Teisės skyrius",
      "Būsto skyrius",
      "Šiaurės skyrius",
      "Archyvas",
    ]);
    expect(names(sortDepartments(rows, { sort: "n", dir: "asc" }))[0]).toBe("Archyvas");
    // Names in Lithuanian order: Š after S.
    expect(names(sortDepartments(rows, { sort: "name", dir: "asc" }))).toEqual([
      "Archyvas",
      "Būsto skyrius",
      "Sodų skyrius",
      "Šiaurės skyrius",
      "Teisės skyrius",
    ]);
  });
});
