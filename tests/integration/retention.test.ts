// Retention (issue 21): the administrator sets the periods; the purge, run with a clock the
// test controls, removes exactly what is past its period (audits with their answers and
// their share of the aggregates, access log entries) and anonymises staff who left, and
// nothing else: not a record at the cutoff, not another organisation's that keeps for ever.
import { and, eq, inArray, lt, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { retentionCutoffs } from "../../app/domain/retention/policy";
import { rebuildAggregates } from "../../app/models/audits/aggregates.server";
import { createEmployee } from "../../app/models/people/employee.server";
import { runPurge } from "../../app/models/privacy/purge.server";
import { getRetention, saveRetention } from "../../app/models/privacy/retention-settings.server";
import { action as organisationAction } from "../../app/routes/admin.organisation/route";
import { accessLog, anonymisations, auditAnswers, audits, employees, sessions, users } from "../../db/schema";
import { insertSampleAudits } from "../helpers/dashboard-sample";
import { testDb } from "../helpers/db";
import { locationOf, postRequest, routeArgs, settle, statusOf } from "../helpers/requests";
import { makeOrg, makeOrganisation, makeUser, testOrgId } from "../helpers/users";
import { loadChecklistFiles } from "../../app/domain/checklists/load.server";
import { syncChecklists } from "../../app/models/checklists/sync.server";

const db = testDb();
const NOW = Date.parse("2026-12-08T02:00:00Z");
let a: Awaited<ReturnType<typeof makeOrganisation>>;
let b: Awaited<ReturnType<typeof makeOrganisation>>;

const AGG_TABLES = [
  "agg_scores",
  "agg_items",
  "agg_department_scores",
  "agg_channel_scores",
  "agg_org_items",
  "agg_department_items",
  "agg_stage_scores",
];
// Sums built by adding and subtracting differ from a fresh sum in the last digits only.
const rounded = (row: object) =>
  Object.fromEntries(Object.entries(row).map(([k, v]) => [k, typeof v === "number" ? Number(v.toPrecision(10)) : v]));
const aggregates = (): Record<string, object[]> =>
  Object.fromEntries(
    AGG_TABLES.map((t) => [t, (db.$client.prepare(`SELECT * FROM ${t} ORDER BY 1, 2, 3, 4, 5, 6`).all() as object[]).map(rounded)]),
  );

beforeAll(async () => {
  syncChecklists(db, loadChecklistFiles());
  a = await makeOrganisation(db);
  b = await makeOrganisation(db, makeOrg(db, "KEEP"));
  insertSampleAudits(db, { count: 400, seed: 7, now: NOW });
});

describe("retention settings", () => {
  const post = (form: Record<string, string>) =>
    settle(() =>
      organisationAction(routeArgs(postRequest("/admin/organisation", { intent: "retention", ...form }, { cookie: a.cookies.admin }))),
    );

  it("defaults until the administrator saves; saved periods are read back", async () => {
    expect(getRetention(db, a.orgId)).toMatchObject({ auditsMonths: 60, accessLogMonths: 24, leaversMonths: 12, saved: false });
    const r = await post({ auditsMonths: "6", accessLogMonths: "6", leaversMonths: "3" });
    expect(statusOf(r)).toBe(302);
    expect(locationOf(r)).toBe("/admin/organisation");
    expect(getRetention(db, a.orgId)).toMatchObject({ auditsMonths: 6, accessLogMonths: 6, leaversMonths: 3, saved: true });
  });

  it("refuses periods out of range, naming the field, and saves nothing", async () => {
    const r = (await post({ auditsMonths: "2", accessLogMonths: "abc", leaversMonths: "0" })) as {
      init: { status: number };
      data: { retention: { error: Record<string, string[]> } };
    };
    expect(r.init.status).toBe(400);
    expect(Object.keys(r.data.retention.error).sort()).toEqual(["accessLogMonths", "auditsMonths", "leaversMonths"]);
    expect(getRetention(db, a.orgId)).toMatchObject({ auditsMonths: 6, accessLogMonths: 6, leaversMonths: 3 });
  });

  it("an empty audit period keeps audits for ever", async () => {
    saveRetention(db, b.orgId, { auditsMonths: null, accessLogMonths: 120, leaversMonths: 120 }, b.users.admin.id);
    expect(getRetention(db, b.orgId).auditsMonths).toBeNull();
  });
});

describe("the purge", () => {
  const cut = retentionCutoffs({ auditsMonths: 6, accessLogMonths: 6, leaversMonths: 3 }, NOW);
  const staff = (first: string, orgId: number, active: boolean, leftAt: number, userId: number | null = null) => {
    const e = createEmployee(db, orgId, {
      firstName: first,
      lastName: "Išėjusi",
      position: "Specialistė",
      departmentId: orgId === a.orgId ? a.own.id : b.own.id,
      email: `${first.toLowerCase()}@test.lt`,
      code: `C-${first}`,
      active,
      userId,
    });
    db.update(employees).set({ updatedAt: leftAt }).where(eq(employees.id, e.id)).run();
    return e.id;
  };
  let ids: Record<string, number>;
  let boundaryAudit: number;
  let account: Awaited<ReturnType<typeof makeUser>>;

  beforeAll(async () => {
    // One of A's audits exactly at the cutoff: kept.
    boundaryAudit = db
      .select({ id: audits.id })
      .from(audits)
      .where(and(eq(audits.orgId, a.orgId), lt(audits.interactionAt, cut.audits!)))
      .get()!.id;
    db.update(audits).set({ interactionAt: cut.audits! }).where(eq(audits.id, boundaryAudit)).run();
    rebuildAggregates(db);
    const log = (orgId: number, at: number, object: string) =>
      db.insert(accessLog).values({ orgId, at, action: "view_audit", object }).returning({ id: accessLog.id }).get().id;
    account = await makeUser(db, "employee", { orgId: a.orgId });
    ids = {
      logOld: log(a.orgId, cut.accessLog - 1, "audit:1"),
      logAtCutoff: log(a.orgId, cut.accessLog, "audit:2"),
      logNew: log(a.orgId, NOW - 1000, "audit:3"),
      logOtherOrg: log(b.orgId, cut.accessLog - 1, "audit:4"),
      leftLongAgo: staff("Asta", a.orgId, false, cut.leavers - 1, account.id),
      leftAtCutoff: staff("Birutė", a.orgId, false, cut.leavers),
      activeOld: staff("Dalia", a.orgId, true, cut.leavers - 1e10),
      otherOrgLeaver: staff("Eglė", b.orgId, false, cut.leavers - 1),
    };
    // The leaver has audits: they stay, counted, without her name.
    db.update(audits)
      .set({ employeeId: ids.leftLongAgo, unknownEmployeeDescription: "šviesūs plaukai" })
      .where(eq(audits.id, boundaryAudit))
      .run();
    rebuildAggregates(db);
  });

  const auditIds = (orgId: number) =>
    db.select({ id: audits.id, at: audits.interactionAt }).from(audits).where(eq(audits.orgId, orgId)).all();

  it("a dry run counts and changes nothing", async () => {
    const before = { a: auditIds(a.orgId).length, log: db.$client.prepare("SELECT count(*) AS n FROM access_log").get() };
    const report = await runPurge(db, { now: NOW, dryRun: true });
    const mine = report.organisations.find((o) => o.orgId === a.orgId)!;
    expect(mine.audits).toBe(auditIds(a.orgId).filter((r) => r.at < cut.audits!).length);
    expect(mine.audits).toBeGreaterThan(0);
    expect(mine).toMatchObject({ accessLog: 1, anonymised: 1 });
    expect(auditIds(a.orgId).length).toBe(before.a);
    expect(db.$client.prepare("SELECT count(*) AS n FROM access_log").get()).toEqual(before.log);
  });

  it("removes what is past its period and nothing else", async () => {
    const beforeA = auditIds(a.orgId);
    const expectedKept = beforeA.filter((r) => r.at >= cut.audits!).map((r) => r.id);
    const goneIds = beforeA.filter((r) => r.at < cut.audits!).map((r) => r.id);
    const beforeB = auditIds(b.orgId).map((r) => r.id);
    expect(auditIds(b.orgId).some((r) => r.at < cut.audits!)).toBe(true);

    const report = await runPurge(db, { now: NOW });
    expect(report.organisations.find((o) => o.orgId === a.orgId)).toMatchObject({ audits: goneIds.length, accessLog: 1, anonymised: 1 });

    expect(
      auditIds(a.orgId)
        .map((r) => r.id)
        .sort(),
    ).toEqual(expectedKept.sort());
    expect(expectedKept).toContain(boundaryAudit);
    expect(auditIds(b.orgId).map((r) => r.id)).toEqual(beforeB);
    // Their answers went with them.
    expect(
      db
        .select({ n: sql<number>`count(*)` })
        .from(auditAnswers)
        .where(inArray(auditAnswers.auditId, goneIds))
        .get()!.n,
    ).toBe(0);
    // The access log: only A's entry before the cutoff.
    const logLeft = db
      .select({ id: accessLog.id })
      .from(accessLog)
      .all()
      .map((r) => r.id);
    expect(logLeft).not.toContain(ids.logOld);
    for (const kept of [ids.logAtCutoff, ids.logNew, ids.logOtherOrg]) expect(logLeft).toContain(kept);
  });

  it("the dashboards' aggregates equal a rebuild from the audits that are left", () => {
    const after = aggregates();
    rebuildAggregates(db);
    for (const t of AGG_TABLES) expect(after[t], t).toEqual(aggregates()[t]);
  });

  it("anonymises the leaver past the period, her account with her, and no one else", () => {
    const gone = db.select().from(employees).where(eq(employees.id, ids.leftLongAgo)).get()!;
    expect(gone).toMatchObject({
      firstName: "Anonimizuotas",
      lastName: `darbuotojas Nr. ${ids.leftLongAgo}`,
      email: null,
      code: null,
      userId: null,
    });
    const audit = db.select().from(audits).where(eq(audits.id, boundaryAudit)).get()!;
    expect(audit).toMatchObject({ employeeId: ids.leftLongAgo, unknownEmployeeDescription: null });
    const user = db.select().from(users).where(eq(users.id, account.id)).get()!;
    expect(user.active).toBe(false);
    expect(user.email).not.toContain("@test");
    expect(user.name).toBe("Anonimizuotas naudotojas");
    expect(db.select().from(sessions).where(eq(sessions.userId, account.id)).all()).toEqual([]);
    expect(db.select().from(anonymisations).where(eq(anonymisations.employeeId, ids.leftLongAgo)).get()).toMatchObject({
      reason: "retention",
      byUserId: null,
      accountId: account.id,
      orgId: a.orgId,
    });
    for (const kept of [ids.leftAtCutoff, ids.activeOld, ids.otherOrgLeaver])
      expect(db.select().from(employees).where(eq(employees.id, kept)).get()!.firstName).not.toBe("Anonimizuotas");
  });

  it("run again at the same moment, it finds nothing more", async () => {
    const report = await runPurge(db, { now: NOW });
    for (const o of report.organisations) expect(o).toMatchObject({ audits: 0, accessLog: 0, anonymised: 0 });
    expect(testOrgId(db)).toBe(a.orgId);
  });
});
