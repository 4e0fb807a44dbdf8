// The overview's key figures, checked against the audits themselves: the period's average
// score, pass rate, critical failures and audits, and the same for the period before it.
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "~/db.server";
import { addMonths, vilniusMonth } from "~/domain/time";
import { funnelStanding } from "~/domain/stats/funnel";
import { loader } from "~/routes/dashboards._index/route";
import { audits } from "../../db/schema";
import { testDb } from "../helpers/db";
import { getRequest, routeArgs, settle } from "../helpers/requests";
import { dashboardOrganisation } from "./dashboards-fixtures";

let db: Db;
let fixture: Awaited<ReturnType<typeof dashboardOrganisation>>;
const now = Date.now();

beforeAll(async () => {
  db = testDb();
  fixture = await dashboardOrganisation(db, { audits: 400, now });
});

/** What the figures must be, straight from the published audits of the months. */
function expected(from: string, to: string) {
  const rows = db
    .select()
    .from(audits)
    .where(and(eq(audits.state, "published"), eq(audits.orgId, fixture.org.orgId)))
    .all()
    .filter((a) => {
      const m = vilniusMonth(a.interactionAt);
      return m >= from && m <= to;
    });
  const scored = rows.filter((a) => a.score !== null);
  return {
    mean: scored.reduce((s, a) => s + a.score!, 0) / scored.length,
    passRate: scored.filter((a) => a.passed).length / scored.length,
    critical: rows.filter((a) => a.criticalFailure).length,
    audits: rows.length,
  };
}

describe("overview key figures", () => {
  it("match the audits for the last quarter and the quarter before", async () => {
    const to = vilniusMonth(now);
    const from = addMonths(to, -2);
    const data = (await settle(() =>
      loader(routeArgs(getRequest(`/dashboards?from=${from}&to=${to}`, { cookie: fixture.org.cookies.leadership }))),
    )) as Awaited<ReturnType<typeof loader>>;
    expect(data.data.previous).toEqual({ from: addMonths(from, -3), to: addMonths(from, -1) });
    const figures = Object.fromEntries(data.data.keyFigures.map((f) => [f.key, f]));
    const now3 = expected(from, to);
    const before = expected(addMonths(from, -3), addMonths(from, -1));
    expect(before.audits).toBeGreaterThan(0);
    for (const key of ["mean", "passRate", "critical", "audits"] as const) {
      expect(figures[key].value, key).toBeCloseTo(now3[key], 9);
      expect(figures[key].previous, key).toBeCloseTo(before[key], 9);
    }
    expect(figures.mean.change.delta).toBeCloseTo(now3.mean - before.mean, 9);
    expect(figures.mean.change.interval!.low).toBeLessThan(figures.mean.change.delta!);
    expect(figures.audits.change.delta).toBe(now3.audits - before.audits);
  });

  it("places each department against funnel limits from the organisation's mean and SD", async () => {
    const data = (await settle(() => loader(routeArgs(getRequest("/dashboards", { cookie: fixture.org.cookies.leadership }))))) as Awaited<
      ReturnType<typeof loader>
    >;
    const to = vilniusMonth(now);
    const scores = db
      .select()
      .from(audits)
      .where(and(eq(audits.state, "published"), eq(audits.orgId, fixture.org.orgId)))
      .all()
      .filter((a) => a.score !== null && vilniusMonth(a.interactionAt) >= addMonths(to, -11))
      .map((a) => a.score!);
    const mean = scores.reduce((a, b) => a + b, 0) / scores.length;
    const sd = Math.sqrt(scores.reduce((s, x) => s + (x - mean) ** 2, 0) / (scores.length - 1));
    expect(data.data.sd).toBeCloseTo(sd, 6);
    expect(data.data.departments.length).toBeGreaterThan(1);
    for (const d of data.data.departments)
      expect(d.funnel, d.name).toBe(funnelStanding(d.mean, d.n, data.data.total.mean, data.data.sd, data.data.minN));
    // By default the table lists the worst first.
    expect(data.departmentSort).toEqual({ sort: "funnel", dir: "asc" });
  });

  it("compares with the same months a year earlier when asked in the URL", async () => {
    const to = vilniusMonth(now);
    const from = addMonths(to, -2);
    const data = (await settle(() =>
      loader(routeArgs(getRequest(`/dashboards?from=${from}&to=${to}&compare=year`, { cookie: fixture.org.cookies.leadership }))),
    )) as Awaited<ReturnType<typeof loader>>;
    expect(data.data.compare).toBe("year");
    expect(data.data.previous).toEqual({ from: addMonths(from, -12), to: addMonths(to, -12) });
    const before = expected(addMonths(from, -12), addMonths(to, -12));
    const audits = data.data.keyFigures.find((f) => f.key === "audits")!;
    expect(audits.previous).toBe(before.audits === 0 ? null : before.audits);
    // Anything else falls back to the previous period.
    const odd = (await settle(() =>
      loader(routeArgs(getRequest(`/dashboards?from=${from}&to=${to}&compare=decade`, { cookie: fixture.org.cookies.leadership }))),
    )) as Awaited<ReturnType<typeof loader>>;
    expect(odd.data.compare).toBe("previous");
  });

  it("gives the pass mark and the target for the chart's reference lines", async () => {
    const data = (await settle(() => loader(routeArgs(getRequest("/dashboards", { cookie: fixture.org.cookies.leadership }))))) as Awaited<
      ReturnType<typeof loader>
    >;
    // The checklists' own pass mark when the organisation sets none (they all use 80).
    expect(data.data.passMark).toBe(80);
  });
});
