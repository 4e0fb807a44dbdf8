import { describe, expect, it } from "vitest";
import { parseObject } from "./actions";
import { accessLogSearch, parseAccessLogFilters } from "./filters";

const parse = (q: string) => parseAccessLogFilters(new URLSearchParams(q));

describe("access log filters", () => {
  it("reads every filter from the URL", () => {
    const f = parse("from=2026-11-01&to=2026-11-30&action=view_audit&user=7&employee=12");
    expect(f).toMatchObject({ from: "2026-11-01", to: "2026-11-30", action: "view_audit", userId: 7, employeeId: 12, ignored: [] });
    // Vilnius days: 1 November starts at 22:00 UTC the day before (UTC+2 in winter).
    expect(f.range.from).toBe(Date.UTC(2026, 9, 31, 22));
    expect(f.range.to).toBe(Date.UTC(2026, 10, 30, 22));
  });

  it("no filters: the whole log", () => {
    expect(parse("")).toMatchObject({ from: "", to: "", action: null, userId: null, employeeId: null, range: {}, ignored: [] });
  });

  it("drops malformed filters and names them", () => {
    const f = parse("from=2026-02-30&to=yesterday&action=delete_all&user=abc&employee=-1");
    expect(f.ignored.sort()).toEqual(["action", "employeeId", "from", "to", "userId"]);
    expect(f.range).toEqual({});
  });

  it("a period given backwards is read forwards", () => {
    expect(parse("from=2026-12-31&to=2026-01-01")).toMatchObject({ from: "2026-01-01", to: "2026-12-31" });
  });

  it("writes the filters back as a query string", () => {
    const f = parse("action=export_audits&employee=3");
    expect(accessLogSearch(f)).toBe("?action=export_audits&employee=3");
    expect(accessLogSearch(parse(""))).toBe("");
  });

  it("reads an entry's object", () => {
    expect(parseObject("audit:12")).toEqual({ kind: "audit", id: 12 });
    expect(parseObject("dashboard:overview:departments")).toEqual({ kind: "dashboard", id: null });
  });
});
