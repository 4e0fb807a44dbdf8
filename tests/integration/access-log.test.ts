// The access log of personal data (issue 21): every view of an audit, of an employee's
// results and of a department page listing employees' scores, and every export, is recorded
// with who, when, what and whose; the administrator reads and filters it, 50 a page, and
// only their own organisation's; an employee sees who viewed their results.
import { and, desc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { loader as accessLogLoader } from "../../app/routes/admin.access-log/route";
import { loader as auditLoader } from "../../app/routes/audits.$id/route";
import { loader as dashboardCsv } from "../../app/routes/dashboards.csv";
import { loader as departmentLoader } from "../../app/routes/dashboards.departments.$id/route";
import { loader as employeeLoader } from "../../app/routes/dashboards.employees.$id/route";
import { loader as exportCsv } from "../../app/routes/admin.export[.]csv";
import { accessLog, audits } from "../../db/schema";
import { testDb } from "../helpers/db";
import { getRequest, routeArgs, settle, statusOf } from "../helpers/requests";
import { makeOrg, makeOrganisation } from "../helpers/users";
import { dashboardOrganisation } from "./dashboards-fixtures";

const db = testDb();
let fx: Awaited<ReturnType<typeof dashboardOrganisation>>;
let other: Awaited<ReturnType<typeof makeOrganisation>>;
let auditOfMe: number;

const get = (path: string, cookie: string, params: Record<string, string> = {}) => routeArgs(getRequest(path, { cookie }), params);
const lastEntry = () => db.select().from(accessLog).orderBy(desc(accessLog.id)).get()!;
type LogPage = Awaited<ReturnType<typeof accessLogLoader>>;
const logPage = async (query: string, cookie = fx.org.cookies.admin) =>
  (await accessLogLoader(get(`/admin/access-log${query}`, cookie))) as LogPage;

beforeAll(async () => {
  fx = await dashboardOrganisation(db, { audits: 120 });
  other = await makeOrganisation(db, makeOrg(db, "KITA"));
  auditOfMe = db
    .select({ id: audits.id })
    .from(audits)
    .where(and(eq(audits.employeeId, fx.me.id), eq(audits.state, "published")))
    .get()!.id;
});

describe("what is recorded", () => {
  it("an audit page: who, which audit, whose, which organisation", async () => {
    await auditLoader(get(`/audits/${auditOfMe}`, fx.org.cookies.leadership, { id: String(auditOfMe) }));
    expect(lastEntry()).toMatchObject({
      userId: fx.org.users.leadership.id,
      action: "view_audit",
      object: `audit:${auditOfMe}`,
      employeeId: fx.me.id,
      orgId: fx.org.orgId,
    });
    expect(Date.now() - lastEntry().at).toBeLessThan(60_000);
  });

  it("an audit someone may not see is a 404 and is not recorded", async () => {
    const before = lastEntry().id;
    const r = await settle(() => auditLoader(get(`/audits/${auditOfMe}`, other.cookies.leadership, { id: String(auditOfMe) })));
    expect(statusOf(r)).toBe(404);
    expect(lastEntry().id).toBe(before);
  });

  it("an employee's results and a department page that lists employees' scores", async () => {
    await employeeLoader(get("/", fx.org.cookies.supervisor, { id: String(fx.me.id) }));
    expect(lastEntry()).toMatchObject({ userId: fx.org.users.supervisor.id, action: "view_dashboard", employeeId: fx.me.id });
    await departmentLoader(get("/", fx.org.cookies.supervisor, { id: String(fx.org.own.id) }));
    expect(lastEntry()).toMatchObject({ action: "view_department", object: `department:${fx.org.own.id}`, orgId: fx.org.orgId });
  });

  it("every export: a dashboard table and the full audit export", async () => {
    const csv = await dashboardCsv(get(`/dashboards.csv?view=employee&table=audits&id=${fx.me.id}`, fx.org.cookies.leadership));
    expect(statusOf(csv)).toBe(200);
    expect(lastEntry()).toMatchObject({
      action: "export_dashboard",
      object: `dashboard:employee:audits:${fx.me.id}`,
      employeeId: fx.me.id,
    });
    await dashboardCsv(get("/dashboards.csv?view=overview&table=departments", fx.org.cookies.leadership));
    expect(lastEntry()).toMatchObject({ action: "export_dashboard", object: "dashboard:overview:departments", employeeId: null });
    const full = await exportCsv(get("/admin/export.csv?from=2026-01-01&to=2026-06-30", fx.org.cookies.admin));
    expect(statusOf(full)).toBe(200);
    expect(lastEntry()).toMatchObject({ userId: fx.org.users.admin.id, action: "export_audits", detail: "2026-01-01–2026-06-30" });
  });
});

describe("the administrator's access log", () => {
  it("lists the organisation's entries newest first, with names", async () => {
    const page = await logPage("");
    expect(page.total).toBeGreaterThanOrEqual(6);
    const audit = page.entries.find((e) => e.action === "view_audit")!;
    expect(audit).toMatchObject({ auditId: auditOfMe, employeeName: "Eglė Petraitienė", userName: fx.org.users.leadership.name });
    expect(page.entries.find((e) => e.action === "view_department")?.departmentName).toBe(fx.org.own.name);
    const times = page.entries.map((e) => e.at);
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it("filters by action, user, employee and period, from the URL", async () => {
    expect((await logPage("?action=view_department")).entries.every((e) => e.action === "view_department")).toBe(true);
    const bySupervisor = await logPage(`?user=${fx.org.users.supervisor.id}`);
    expect(bySupervisor.total).toBe(2);
    const aboutMe = await logPage(`?employee=${fx.me.id}`);
    expect(aboutMe.employeeName).toBe("Eglė Petraitienė");
    expect(aboutMe.entries.every((e) => e.employeeId === fx.me.id)).toBe(true);
    expect((await logPage("?from=2000-01-01&to=2000-01-31")).total).toBe(0);
    const bad = await logPage("?from=31.12.2026&action=drop");
    expect(bad.ignored.sort()).toEqual(["action", "from"]);
    expect(bad.total).toBe((await logPage("")).total);
  });

  it("pages 50 entries at a time", async () => {
    const rows = Array.from({ length: 120 }, (_, i) => ({
      userId: fx.org.users.leadership.id,
      orgId: fx.org.orgId,
      action: "view_dashboard",
      object: `employee:${fx.colleague.id}`,
      employeeId: fx.colleague.id,
      at: Date.UTC(2026, 0, 1) + i * 1000,
    }));
    db.insert(accessLog).values(rows).run();
    const filter = `?employee=${fx.colleague.id}&from=2026-01-01&to=2026-01-01`;
    const first = await logPage(filter);
    expect(first.total).toBe(120);
    expect(first.entries).toHaveLength(50);
    const third = await logPage(`${filter}&page=3`);
    expect(third.page).toBe(3);
    expect(third.entries).toHaveLength(20);
    expect(third.entries.at(-1)?.at).toBe(Date.UTC(2026, 0, 1));
    // A page beyond the last shows the last.
    expect((await logPage(`${filter}&page=99`)).page).toBe(3);
  });

  it("another organisation's administrator sees none of it; other roles are refused", async () => {
    const theirs = await logPage("", other.cookies.admin);
    expect(theirs.entries.every((e) => e.employeeName === null || !["Eglė Petraitienė", "Jonas Kazlauskas"].includes(e.employeeName))).toBe(
      true,
    );
    expect(theirs.total).toBe(0);
    expect((await logPage(`?employee=${fx.me.id}`, other.cookies.admin)).employeeName).toBeNull();
    for (const role of ["leadership", "supervisor", "mystery_shopper", "employee"] as const)
      expect(statusOf(await settle(() => accessLogLoader(get("/admin/access-log", fx.org.cookies[role]))))).toBe(403);
  });
});

describe("the employee's own page", () => {
  it("shows who viewed their results, naming no mystery shopper and leaving out their own views", async () => {
    // The shopper who wrote the audit opens it (shoppers see their own audits).
    const shopperAudit = db.select().from(audits).where(eq(audits.id, auditOfMe)).get()!;
    db.insert(accessLog)
      .values({
        userId: fx.org.users.mystery_shopper.id,
        orgId: fx.org.orgId,
        action: "view_audit",
        object: `audit:${shopperAudit.id}`,
        employeeId: fx.me.id,
      })
      .run();
    type View = Awaited<ReturnType<typeof employeeLoader>>;
    const own = (await employeeLoader(get("/dashboards/me", fx.org.cookies.employee, { id: String(fx.me.id) }))) as View;
    expect(own.viewers).not.toBeNull();
    const viewers = own.viewers!;
    expect(viewers.entries.map((v) => v.name)).toContain(fx.org.users.leadership.name);
    expect(viewers.entries.map((v) => v.name)).toContain(fx.org.users.supervisor.name);
    const shopper = viewers.entries.find((v) => v.role === "mystery_shopper")!;
    expect(shopper.name).toBeNull();
    expect(viewers.entries.some((v) => v.name === fx.org.users.employee.name)).toBe(false);
    // Their own view was recorded all the same.
    expect(lastEntry()).toMatchObject({ userId: fx.org.users.employee.id, employeeId: fx.me.id });
    // Someone else looking at the employee's page does not get the list.
    const byLeadership = (await employeeLoader(get("/", fx.org.cookies.leadership, { id: String(fx.me.id) }))) as View;
    expect(byLeadership.viewers).toBeNull();
    const byAdmin = (await employeeLoader(get("/", fx.org.cookies.admin, { id: String(fx.me.id) }))) as View;
    expect(byAdmin.accessLogHref).toBe(`/admin/access-log?employee=${fx.me.id}`);
  });
});
