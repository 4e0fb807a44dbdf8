import { describe, expect, it } from "vitest";
import { parseFiltersWithNotices } from "./filters.server";

const NOW = Date.UTC(2026, 5, 15, 12); // June 2026 in Vilnius
const parse = (search: string) => parseFiltersWithNotices(new URL(`http://x/dashboards?${search}`), NOW);

describe("dashboard period from the URL", () => {
  it("a valid period is shown as asked, without a notice", () => {
    const { filters, notices } = parse("from=2026-01&to=2026-03");
    expect([filters.from, filters.to]).toEqual(["2026-01", "2026-03"]);
    expect(notices).toEqual([]);
  });

  it("an end before the start is swapped, and the page is told", () => {
    const { filters, notices } = parse("from=2026-12&to=2026-01");
    expect([filters.from, filters.to]).toEqual(["2026-01", "2026-12"]);
    expect(notices).toEqual([{ key: "dashboards.period.swapped", params: { from: "2026-01", to: "2026-12" } }]);
  });

  it("a month that does not exist falls back to the default period, with a notice naming it", () => {
    const { filters, notices } = parse("from=2026-13");
    expect([filters.from, filters.to]).toEqual(["2025-07", "2026-06"]);
    expect(notices).toEqual([{ key: "dashboards.period.invalid", params: { value: "2026-13", from: "2025-07", to: "2026-06" } }]);
    expect(parse("to=vakar").notices.map((n) => n.key)).toEqual(["dashboards.period.invalid"]);
  });

  it("a period longer than three years is cut to its last 36 months, with a notice", () => {
    const { filters, notices } = parse("from=2020-01&to=2026-06");
    expect([filters.from, filters.to]).toEqual(["2023-07", "2026-06"]);
    expect(notices.map((n) => n.key)).toEqual(["dashboards.period.tooLong"]);
  });
});
