// Who may open which dashboard: per role and per object (404 outside the user's scope).
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { loader as overviewLoader } from "../../app/routes/dashboards._index/route";
import { loader as channelsLoader } from "../../app/routes/dashboards.channels/route";
import { loader as departmentLoader } from "../../app/routes/dashboards.departments.$id/route";
import { loader as employeeLoader } from "../../app/routes/dashboards.employees.$id/route";
import { loader as meLoader } from "../../app/routes/dashboards.me";
import { accessLog, organisations } from "../../db/schema";
import { testDb } from "../helpers/db";
import { makeOrg, testOrgId } from "../helpers/users";
import { getRequest, settle, statusOf as status } from "../helpers/requests";
import { dashboardOrganisation } from "./dashboards-fixtures";

type Fixture = Awaited<ReturnType<typeof dashboardOrganisation>>;
let fx: Fixture;
const args = (path: string, cookie: string, params: Record<string, string> = {}) => ({
  request: getRequest(path, { cookie }),
  params,
  context: {},
});

beforeAll(async () => {
  fx = await dashboardOrganisation(testDb());
});

describe("dashboard access", () => {
  it("supervisor: own department and its staff yes; another department or its staff is a 404", async () => {
    const c = fx.org.cookies.supervisor;
    const own = await settle(() => departmentLoader(args(`/dashboards/departments/${fx.org.own.id}`, c, { id: String(fx.org.own.id) })));
    expect(status(own)).toBe(200);
    expect(status(await settle(() => departmentLoader(args("/", c, { id: String(fx.org.other.id) }))))).toBe(404);
    expect(status(await settle(() => employeeLoader(args("/", c, { id: String(fx.colleague.id) }))))).toBe(200);
    expect(status(await settle(() => employeeLoader(args("/", c, { id: String(fx.outsider.id) }))))).toBe(404);
    expect(status(await settle(() => overviewLoader(args("/dashboards", c))))).toBe(403);
  });

  it("supervisor's channel view counts only their own departments' audits", async () => {
    const view = (await channelsLoader(args("/dashboards/channels", fx.org.cookies.supervisor))) as Awaited<
      ReturnType<typeof channelsLoader>
    >;
    const own = (await departmentLoader(args("/", fx.org.cookies.supervisor, { id: String(fx.org.own.id) }))) as Awaited<
      ReturnType<typeof departmentLoader>
    >;
    expect(view.data.total.audits).toBe(own.data.total.audits);
    expect(view.options.departments.map((d) => d.id)).toEqual([fx.org.own.id]);
    // Asking for the other department through the filter does not widen the scope.
    const sneaky = (await channelsLoader(
      args(`/dashboards/channels?department=${fx.org.other.id}`, fx.org.cookies.supervisor),
    )) as typeof view;
    expect(sneaky.data.total.audits).toBe(own.data.total.audits);
  });

  it("employee: only their own page (via /dashboards/me too); any other is a 404, the overview a 403", async () => {
    const c = fx.org.cookies.employee;
    const mine = await settle(() => employeeLoader(args("/", c, { id: String(fx.me.id) })));
    expect(status(mine)).toBe(200);
    expect(status(await settle(() => employeeLoader(args("/", c, { id: String(fx.colleague.id) }))))).toBe(404);
    expect(status(await settle(() => employeeLoader(args("/", c, { id: String(fx.outsider.id) }))))).toBe(404);
    expect(status(await settle(() => departmentLoader(args("/", c, { id: String(fx.org.own.id) }))))).toBe(403);
    expect(status(await settle(() => overviewLoader(args("/dashboards", c))))).toBe(403);
    const me = (await settle(() => meLoader(args("/dashboards/me?from=2026-01", c)))) as Response;
    expect(me.status).toBe(302);
    expect(me.headers.get("Location")).toBe(`/dashboards/employees/${fx.me.id}?from=2026-01`);
  });

  it("mystery shopper sees no dashboard at all (403), not even their own results route", async () => {
    const c = fx.org.cookies.mystery_shopper;
    expect(status(await settle(() => overviewLoader(args("/dashboards", c))))).toBe(403);
    expect(status(await settle(() => channelsLoader(args("/dashboards/channels", c))))).toBe(403);
    expect(status(await settle(() => departmentLoader(args("/", c, { id: String(fx.org.own.id) }))))).toBe(403);
    expect(status(await settle(() => employeeLoader(args("/", c, { id: String(fx.me.id) }))))).toBe(403);
    expect(status(await settle(() => meLoader(args("/dashboards/me", c))))).toBe(403);
  });

  it("leadership and admin see everything; unknown ids are 404", async () => {
    for (const role of ["leadership", "admin"] as const) {
      const c = fx.org.cookies[role];
      expect(status(await settle(() => overviewLoader(args("/dashboards", c))))).toBe(200);
      expect(status(await settle(() => departmentLoader(args("/", c, { id: String(fx.org.other.id) }))))).toBe(200);
      expect(status(await settle(() => employeeLoader(args("/", c, { id: String(fx.outsider.id) }))))).toBe(200);
      expect(status(await settle(() => departmentLoader(args("/", c, { id: "999999" }))))).toBe(404);
      expect(status(await settle(() => employeeLoader(args("/", c, { id: "abc" }))))).toBe(404);
    }
  });

  it("records who viewed an employee's results (GDPR)", async () => {
    const db = testDb();
    const before = db
      .select()
      .from(accessLog)
      .where(eq(accessLog.object, `employee:${fx.colleague.id}`))
      .all().length;
    await employeeLoader(args("/", fx.org.cookies.leadership, { id: String(fx.colleague.id) }));
    const rows = db
      .select()
      .from(accessLog)
      .where(eq(accessLog.object, `employee:${fx.colleague.id}`))
      .all();
    expect(rows.length).toBe(before + 1);
    expect(rows.at(-1)).toMatchObject({ userId: fx.org.users.leadership.id, action: "view_dashboard" });
  });
});

describe("dashboard content", () => {
  it("overview: 12 months by default, every average with n and an interval, top 10 rules with text and clause", async () => {
    const v = (await overviewLoader(args("/dashboards", fx.org.cookies.leadership))) as Awaited<ReturnType<typeof overviewLoader>>;
    expect(v.data.months).toHaveLength(12);
    expect(v.data.total.audits).toBe(300);
    expect(v.data.departments.reduce((a, d) => a + d.audits, 0)).toBe(300);
    for (const d of v.data.departments.filter((d) => d.n >= 2)) {
      expect(d.low).not.toBeNull();
      expect(d.low!).toBeLessThanOrEqual(d.mean!);
      expect(d.high!).toBeGreaterThanOrEqual(d.mean!);
    }
    expect(v.data.rules.length).toBe(10);
    for (const r of v.data.rules) {
      expect(r.text?.lt).toBeTruthy();
      expect(r.source.length).toBeGreaterThan(0);
      expect(r.low!).toBeLessThanOrEqual(r.rate!);
    }
    // Ranked by failure rate (issue 12), not by count.
    const rates = v.data.rules.map((r) => r.failures / r.applicable);
    expect([...rates].sort((a, b) => b - a)).toEqual(rates);
  });

  it("filters come from the URL; bad values fall back to defaults; a channel filter narrows every table", async () => {
    const c = fx.org.cookies.leadership;
    const v = (await overviewLoader(args("/dashboards?from=2025-12&to=2025-10&channel=phone&auditType=bogus", c))) as Awaited<
      ReturnType<typeof overviewLoader>
    >;
    expect(v.filters).toMatchObject({ from: "2025-10", to: "2025-12", channel: "phone", auditType: null });
    expect(v.data.months).toEqual(["2025-10", "2025-11", "2025-12"]);
    expect(new Set(v.data.trend.map((p) => p.channel))).toEqual(v.data.trend.length ? new Set(["phone"]) : new Set());
  });

  it("nobody is ranked or coloured below the organisation's minimum number of audits", async () => {
    const db = testDb();
    const orgId = testOrgId(db);
    const minimum = (n: number) => db.update(organisations).set({ rankingMinimum: n }).where(eq(organisations.id, orgId)).run();
    // Another organisation's minimum does not apply here.
    db.update(organisations)
      .set({ rankingMinimum: 100000 })
      .where(eq(organisations.id, makeOrg(db, "KITA-MIN")))
      .run();
    minimum(100000);
    try {
      const v = (await departmentLoader(args("/", fx.org.cookies.leadership, { id: String(fx.org.own.id) }))) as Awaited<
        ReturnType<typeof departmentLoader>
      >;
      expect(v.data.minN).toBe(100000);
      expect(v.data.employees.length).toBeGreaterThan(0);
      // Named employees have too few audits; the row without a named employee is never compared.
      expect(v.data.employees.every((e) => e.standing === (e.employeeId > 0 ? "too_few" : "not_ranked"))).toBe(true);
    } finally {
      minimum(3);
    }
    const v = (await departmentLoader(args("/", fx.org.cookies.leadership, { id: String(fx.org.own.id) }))) as Awaited<
      ReturnType<typeof departmentLoader>
    >;
    expect(v.data.minN).toBe(3);
    for (const e of v.data.employees) if (e.n < 3) expect(e.standing).toBe("too_few");
  });

  it("employee page: per-section averages, broken rules with comments, audits of that employee only", async () => {
    const v = (await employeeLoader(args("/", fx.org.cookies.employee, { id: String(fx.me.id) }))) as Awaited<
      ReturnType<typeof employeeLoader>
    >;
    expect(v.data.total.audits).toBeGreaterThan(0);
    expect(v.data.audits.length).toBe(v.data.total.audits);
    expect(v.data.audits.every((a) => a.employeeId === fx.me.id)).toBe(true);
    expect(v.data.sections.length).toBeGreaterThan(0);
    expect(v.data.sections.every((s) => s.sectionTitle?.lt)).toBe(true);
    expect(v.data.rules.length).toBeGreaterThan(0);
    expect(v.data.rules[0].comments[0].comment).toMatch(/Pastaba/);
  });
});
