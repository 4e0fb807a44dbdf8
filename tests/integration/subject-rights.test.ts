// Data-subject access and erasure (issue 21): the administrator exports everything held
// about an employee as one ZIP (CSV, JSON, a readable summary) and anonymises a person on
// request; both need the password entered recently, both are recorded.
import { eq, sql } from "drizzle-orm";
import { strFromU8, unzipSync } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import { REAUTH_WINDOW_MS } from "../../app/lib/reauth.server";
import { loader as exportZip } from "../../app/routes/admin.employees.$id_.export[.]zip";
import { action as anonymiseAction, loader as anonymiseLoader } from "../../app/routes/admin.employees.$id_.anonymise/route";
import {
  accessLog,
  aggScores,
  anonymisations,
  auditAcknowledgements,
  audits,
  disputeItems,
  disputes,
  employees,
  sessions,
} from "../../db/schema";
import { testDb } from "../helpers/db";
import { getRequest, locationOf, postRequest, routeArgs, settle, statusOf } from "../helpers/requests";
import { makeOrg, makeOrganisation, sessionFor } from "../helpers/users";
import { dashboardOrganisation } from "./dashboards-fixtures";

const db = testDb();
let fx: Awaited<ReturnType<typeof dashboardOrganisation>>;
let other: Awaited<ReturnType<typeof makeOrganisation>>;
const params = () => ({ id: String(fx.me.id) });
const download = (cookie: string, id = fx.me.id) =>
  settle(() => exportZip(routeArgs(getRequest(`/admin/employees/${id}/export.zip`, { cookie }), { id: String(id) })));
const anonymise = (cookie: string, form: Record<string, string>) =>
  settle(() => anonymiseAction(routeArgs(postRequest(`/admin/employees/${fx.me.id}/anonymise`, form, { cookie }), params())));
const lastEntry = () =>
  db
    .select()
    .from(accessLog)
    .orderBy(sql`id DESC`)
    .get();
function staleSession(userId: number) {
  const cookie = sessionFor(db, userId);
  db.update(sessions)
    .set({ createdAt: Date.now() - REAUTH_WINDOW_MS - 60_000 })
    .where(eq(sessions.userId, userId))
    .run();
  return cookie;
}
async function files(response: unknown): Promise<Record<string, string>> {
  const zip = unzipSync(new Uint8Array(await (response as Response).arrayBuffer()));
  return Object.fromEntries(Object.entries(zip).map(([name, bytes]) => [name, strFromU8(bytes)]));
}
const sums = () =>
  db
    .select({ n: sql<number>`sum(audits)`, s: sql<number>`round(sum(sum_score), 6)` })
    .from(aggScores)
    .get();

beforeAll(async () => {
  fx = await dashboardOrganisation(db, { audits: 150 });
  other = await makeOrganisation(db, makeOrg(db, "KITA"));
  // One of her audits written by the organisation's shopper, with a comment.
  const audit = db.select().from(audits).where(eq(audits.employeeId, fx.me.id)).get()!;
  db.update(audits)
    .set({ auditorId: fx.org.users.mystery_shopper.id, overallComment: "Maloniai pasitiko." })
    .where(eq(audits.id, audit.id))
    .run();
  // She acknowledged it and disputed one answer, which leadership rejected (issue 19).
  const employeeUser = fx.org.users.employee.id;
  db.insert(auditAcknowledgements)
    .values({ auditId: audit.id, userId: employeeUser, at: Date.UTC(2026, 10, 6) })
    .run();
  const dispute = db
    .insert(disputes)
    .values({
      auditId: audit.id,
      orgId: fx.org.orgId,
      departmentId: audit.departmentId,
      employeeId: fx.me.id,
      openedBy: employeeUser,
      openedAt: Date.UTC(2026, 10, 7),
      opinion: "Vadovo nuomonė",
      decidedBy: fx.org.users.leadership.id,
      decidedAt: Date.UTC(2026, 10, 9),
    })
    .returning()
    .get();
  db.insert(disputeItems)
    .values({
      disputeId: dispute.id,
      itemKey: "greeting",
      original: { key: "greeting", choice: "no" },
      proposed: { key: "greeting", choice: "yes" },
      reason: "Pasisveikinau lietuviškai",
      outcome: "rejected",
      decisionReason: "Įraše pasisveikinimo nėra",
    })
    .run();
  db.insert(accessLog)
    .values({
      userId: fx.org.users.leadership.id,
      orgId: fx.org.orgId,
      action: "view_dashboard",
      object: `employee:${fx.me.id}`,
      employeeId: fx.me.id,
    })
    .run();
});

describe("the data-subject export", () => {
  it("is one ZIP of her record, her audits with answers and comments, the access log about her and a summary", async () => {
    const r = await download(sessionFor(db, fx.org.users.admin.id));
    expect(statusOf(r)).toBe(200);
    expect((r as Response).headers.get("Content-Type")).toBe("application/zip");
    expect((r as Response).headers.get("Content-Disposition")).toMatch(
      new RegExp(`asmens-duomenys-${fx.me.id}-\\d{4}-\\d{2}-\\d{2}\\.zip`),
    );
    const f = await files(r);
    expect(Object.keys(f).sort()).toEqual([
      "asmuo.csv",
      "atsakymai.csv",
      "duomenys.json",
      "gincai.csv",
      "prieigos-zurnalas.csv",
      "santrauka.txt",
      "vertinimai.csv",
    ]);
    const mine = db.select({ id: audits.id }).from(audits).where(eq(audits.employeeId, fx.me.id)).all();
    expect(mine.length).toBeGreaterThan(0);
    const json = JSON.parse(f["duomenys.json"]) as {
      employee: { lastName: string };
      audits: { id: number; answers: unknown[] }[];
      accessLog: { who: string }[];
    };
    expect(json.employee.lastName).toBe("Petraitienė");
    expect(json.audits.map((a) => a.id).sort()).toEqual(mine.map((a) => a.id).sort());
    expect(json.audits.every((a) => a.answers.length > 0)).toBe(true);
    expect(f["vertinimai.csv"]).toContain("Maloniai pasitiko.");
    expect(f["vertinimai.csv"].trim().split("\r\n")).toHaveLength(mine.length + 1);
    expect(f["atsakymai.csv"].split("\r\n")[0]).toContain("item");
    expect(f["prieigos-zurnalas.csv"]).toContain(fx.org.users.leadership.name);
    // Her dispute and its decision, and when she acknowledged the audit; not the supervisor's opinion.
    expect(f["gincai.csv"]).toContain("Pasisveikinau lietuviškai;rejected");
    expect(f["gincai.csv"]).toContain("Įraše pasisveikinimo nėra");
    expect(f["vertinimai.csv"]).toContain("2026-11-06T00:00:00.000Z");
    expect(f["santrauka.txt"]).toContain("ginčytų atsakymų: 1");
    for (const text of Object.values(f)) expect(text).not.toContain("Vadovo nuomonė");
    expect(f["santrauka.txt"]).toContain("Eglė Petraitienė");
    expect(f["santrauka.txt"]).toContain(`Vertinimų, kuriuose nurodytas šis asmuo: ${mine.length}`);
    // Nobody else's data: not who audited her, not other employees.
    for (const text of Object.values(f)) {
      expect(text).not.toContain(fx.org.users.mystery_shopper.name);
      expect(text).not.toContain("Kazlauskas");
    }
    expect(lastEntry()).toMatchObject({ userId: fx.org.users.admin.id, action: "export_person", employeeId: fx.me.id });
  });

  it("asks for the password again after a few minutes, and records nothing until then", async () => {
    const before = lastEntry()!.id;
    const r = await download(staleSession(fx.org.users.admin.id));
    expect(statusOf(r)).toBe(302);
    expect(locationOf(r)).toBe(`/account/confirm?redirectTo=${encodeURIComponent(`/admin/employees/${fx.me.id}`)}`);
    expect(lastEntry()!.id).toBe(before);
  });

  it("another organisation's administrator gets a 404", async () => {
    expect(statusOf(await download(other.cookies.admin))).toBe(404);
  });
});

describe("anonymising on request", () => {
  it("shows what will happen; refuses without the confirmation or a recent password, changing nothing", async () => {
    const page = (await anonymiseLoader(
      routeArgs(getRequest(`/admin/employees/${fx.me.id}/anonymise`, { cookie: fx.org.cookies.admin }), params()),
    )) as {
      name: string;
      done: boolean;
    };
    expect(page).toMatchObject({ name: "Eglė Petraitienė", done: false });
    const unconfirmed = (await anonymise(sessionFor(db, fx.org.users.admin.id), {})) as { init: { status: number } };
    expect(unconfirmed.init.status).toBe(400);
    const stale = await anonymise(staleSession(fx.org.users.admin.id), { confirm: "on" });
    expect(locationOf(stale)).toContain("/account/confirm");
    expect(statusOf(await anonymise(other.cookies.admin, { confirm: "on" }))).toBe(404);
    expect(db.select().from(employees).where(eq(employees.id, fx.me.id)).get()!.lastName).toBe("Petraitienė");
  });

  it("replaces name, e-mail and code, keeps her audits in the figures, and records who did it", async () => {
    const before = sums();
    const auditCount = db.select({ id: audits.id }).from(audits).where(eq(audits.employeeId, fx.me.id)).all().length;
    const r = await anonymise(sessionFor(db, fx.org.users.admin.id), { confirm: "on" });
    expect(statusOf(r)).toBe(302);
    expect(locationOf(r)).toBe(`/admin/employees/${fx.me.id}`);
    const e = db.select().from(employees).where(eq(employees.id, fx.me.id)).get()!;
    expect(e).toMatchObject({
      firstName: "Anonimizuotas",
      lastName: `darbuotojas Nr. ${fx.me.id}`,
      email: null,
      code: null,
      userId: null,
      active: false,
    });
    expect(db.select({ id: audits.id }).from(audits).where(eq(audits.employeeId, fx.me.id)).all()).toHaveLength(auditCount);
    expect(sums()).toEqual(before);
    expect(db.select().from(anonymisations).where(eq(anonymisations.employeeId, fx.me.id)).get()).toMatchObject({
      byUserId: fx.org.users.admin.id,
      reason: "request",
      accountId: fx.org.users.employee.id,
    });
    expect(lastEntry()).toMatchObject({ userId: fx.org.users.admin.id, action: "anonymise_person", employeeId: fx.me.id });
    // Her account is closed: its sessions are gone.
    expect(db.select().from(sessions).where(eq(sessions.userId, fx.org.users.employee.id)).all()).toEqual([]);
  });

  it("cannot be done twice, and a later export names nobody", async () => {
    const again = (await anonymise(sessionFor(db, fx.org.users.admin.id), { confirm: "on" })) as { init: { status: number } };
    expect(again.init.status).toBe(400);
    const f = await files(await download(sessionFor(db, fx.org.users.admin.id)));
    for (const text of Object.values(f)) expect(text).not.toMatch(/Petraitienė|Eglė/);
    expect(f["santrauka.txt"]).toContain("nuasmeninti");
  });
});
