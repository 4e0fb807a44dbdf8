// Calibration sessions through their loaders and actions: a coordinator creates a session,
// three shoppers answer blind through the audit store, the coordinator closes it and
// everyone sees the agreement. Calibration audits stay out of lists, exports and dashboards.
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { RawAnswer } from "../../app/domain/scoring";
import { agreementSummary } from "../../app/domain/stats/agreement";
import { loadSessionUser } from "../../app/lib/auth.server";
import { countAudits, getAuditRecord } from "../../app/models/audits/access.server";
import { reviewQueue } from "../../app/models/audits/review.server";
import { recentAudits } from "../../app/models/dashboards/department.server";
import { insertCompletedAudit } from "../../app/models/audits/store.server";
import { currentVersionId } from "../../app/models/audits/checklists.server";
import { vilniusMonth } from "../../app/domain/time";
import { exportAuditsText } from "../../app/models/imports/export-audits.server";
import * as list from "../../app/routes/calibration._index/route";
import * as create from "../../app/routes/calibration.new/route";
import * as page from "../../app/routes/calibration.$id/route";
import * as overview from "../../app/routes/calibration.overview/route";
import {
  aggChannelScores,
  aggDepartmentItems,
  aggDepartmentScores,
  aggItems,
  aggOrgItems,
  aggScores,
  aggStageScores,
  audits,
  calibrationParticipants,
} from "../../db/schema";
import { testDb } from "../helpers/db";
import { getRequest, locationOf, postRequest, routeArgs as args, settle, statusOf } from "../helpers/requests";
import { makeDepartment, makeOrg, makeUser, sessionFor } from "../helpers/users";
import { answersAsForm, auditOrganisation, checklistOf, completeAnswers } from "./audits-fixtures";

const db = testDb();
let org: Awaited<ReturnType<typeof auditOrganisation>>;
let shoppers: { id: number; cookie: string }[];
let strangerCookie: string;
let foreign: { leadership: string; departmentId: number };
const CHECKLIST = "vmb-in-person";

beforeAll(async () => {
  org = await auditOrganisation(db);
  const more = [await makeUser(db, "mystery_shopper", { orgId: org.orgId }), await makeUser(db, "mystery_shopper", { orgId: org.orgId })];
  shoppers = [org.users.mystery_shopper, ...more].map((u) => ({ id: u.id, cookie: sessionFor(db, u.id) }));
  strangerCookie = sessionFor(db, (await makeUser(db, "mystery_shopper", { orgId: org.orgId })).id);
  const otherOrg = makeOrg(db, "KITA");
  foreign = {
    leadership: sessionFor(db, (await makeUser(db, "leadership", { orgId: otherOrg })).id),
    departmentId: makeDepartment(db, "KIT1", "Kitas skyrius", otherOrg).id,
  };
});

const tomorrow = () => new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);

function sessionForm(extra: Record<string, string | string[]> = {}) {
  return {
    title: "Skambutis dėl nuomos",
    material: "Klientė paskambino 10:02, darbuotoja atsiliepė po 2 skambučių...",
    checklistId: CHECKLIST,
    departmentId: String(org.own.id),
    deadline: tomorrow(),
    auditorIds: shoppers.map((s) => String(s.id)),
    ...extra,
  };
}

const createAs = (cookie: string, form: Record<string, string | string[]>) =>
  settle(() => create.action(args(postRequest("/calibration/new", form, { cookie }))));
const view = (id: number, cookie: string) =>
  settle(() => page.loader(args(getRequest(`/calibration/${id}`, { cookie }), { id: String(id) })));
const post = (id: number, cookie: string, form: Record<string, string | string[]>) =>
  settle(() => page.action(args(postRequest(`/calibration/${id}`, form, { cookie }), { id: String(id) })));
type View = Awaited<ReturnType<typeof page.loader>>;
/** The status of a Response or of a `data(value, { status })` result. */
const status = (r: unknown) => (r as { init?: { status?: number } })?.init?.status ?? statusOf(r);
const payload = (r: unknown) => (r as { data?: unknown }).data;

/** Answers that pass everything except the listed yes/no items, answered "no" with a comment. */
function answersWithNo(keys: string[]): RawAnswer[] {
  const overrides = Object.fromEntries(keys.map((k) => [k, { choice: "no" as const, comment: "Nepastebėjau" }]));
  return completeAnswers(checklistOf(db, CHECKLIST), overrides);
}
const choiceItems = () =>
  checklistOf(db, CHECKLIST)
    .sections.flatMap((s) => s.items)
    .filter((i) => i.type === "yes_no" || i.type === "yes_partial_no")
    .map((i) => i.key);

async function newSession() {
  const response = await createAs(org.cookies.leadership, sessionForm());
  const id = Number(/^\/calibration\/(\d+)$/.exec(locationOf(response) ?? "")?.[1]);
  expect(id).toBeGreaterThan(0);
  return id;
}

describe("creating a session", () => {
  it("is for administrators and leadership of the organisation, with valid choices only", async () => {
    const id = await newSession();
    expect(db.select().from(calibrationParticipants).where(eq(calibrationParticipants.sessionId, id)).all()).toHaveLength(3);
    expect(status(await createAs(org.cookies.admin, sessionForm()))).toBe(302);
    expect(status(await createAs(org.cookies.mystery_shopper, sessionForm()))).toBe(403);
    expect(status(await createAs(org.cookies.supervisor, sessionForm()))).toBe(403);
  });
  it("refuses one auditor, a department of another organisation, a past deadline, an employee invited", async () => {
    const before = db.select().from(calibrationParticipants).all().length;
    const cases = [
      sessionForm({ auditorIds: [String(shoppers[0].id)] }),
      sessionForm({ departmentId: String(foreign.departmentId) }),
      sessionForm({ deadline: "2020-01-01" }),
      sessionForm({ auditorIds: [String(shoppers[0].id), String(org.users.employee.id)] }),
      sessionForm({ checklistId: "vmb-no-such" }),
      sessionForm({ title: "" }),
    ];
    for (const form of cases) expect(status(await createAs(org.cookies.leadership, form))).toBe(400);
    expect(db.select().from(calibrationParticipants).all().length).toBe(before);
  });
});

describe("a session from invitation to results", () => {
  let id: number;
  const items = () => choiceItems();
  beforeAll(async () => {
    id = await newSession();
  });

  it("is visible only to the coordinators and the invited", async () => {
    expect(status(await view(id, org.cookies.leadership))).toBe(200);
    expect(status(await view(id, org.cookies.admin))).toBe(200);
    expect(status(await view(id, shoppers[1].cookie))).toBe(200);
    expect(status(await view(id, strangerCookie))).toBe(404);
    expect(status(await view(id, org.cookies.supervisor))).toBe(404);
    expect(status(await view(id, foreign.leadership))).toBe(404);
    expect(status(await view(id, org.cookies.employee))).toBe(403);
    const listed = (await settle(() => list.loader(args(getRequest("/calibration", { cookie: shoppers[2].cookie }))))) as Awaited<
      ReturnType<typeof list.loader>
    >;
    expect(listed.sessions.map((s) => s.id)).toContain(id);
    const strangers = (await settle(() => list.loader(args(getRequest("/calibration", { cookie: strangerCookie }))))) as Awaited<
      ReturnType<typeof list.loader>
    >;
    expect(strangers.sessions.map((s) => s.id)).not.toContain(id);
  });

  it("keeps the reference from the auditors while open", async () => {
    const [first] = items();
    expect(status(await post(id, org.cookies.leadership, { intent: "reference", [`ref:${first}`]: "1" }))).toBe(302);
    expect(status(await post(id, shoppers[0].cookie, { intent: "reference", [`ref:${first}`]: "0" }))).toBe(404);
    expect(((await view(id, org.cookies.leadership)) as View).references).toEqual({ [first]: 1 });
    expect(((await view(id, shoppers[0].cookie)) as View).references).toEqual({});
  });

  it("takes each auditor's complete answers once, blind, as a calibration audit", async () => {
    const [a, b, c] = items();
    const incomplete = await post(id, shoppers[0].cookie, { intent: "submit", [`choice:${a}`]: "yes" });
    expect(status(incomplete)).toBe(400);
    expect(db.select().from(audits).where(eq(audits.calibration, true)).all()).toHaveLength(0);

    const answers = [answersWithNo([]), answersWithNo([a]), answersWithNo([a, b, c])];
    for (const [i, s] of shoppers.entries()) {
      expect(status(await post(id, s.cookie, { intent: "submit", ...answersAsForm(answers[i]) }))).toBe(302);
      // Before closing, nobody sees results, not even those who have submitted.
      expect(((await view(id, s.cookie)) as View).results).toBeNull();
    }
    const again = await post(id, shoppers[0].cookie, { intent: "submit", ...answersAsForm(answers[0]) });
    expect(status(again)).toBe(400);
    expect(payload(again)).toEqual({ error: "calibration.error.submitted" });
    expect(status(await post(id, strangerCookie, { intent: "submit", ...answersAsForm(answers[0]) }))).toBe(404);
    const stored = db.select().from(audits).where(eq(audits.calibration, true)).all();
    expect(stored).toHaveLength(3);
    expect(stored.every((row) => row.employeeId === null && row.state === "submitted")).toBe(true);
    expect(((await view(id, org.cookies.leadership)) as View).results).toBeNull();
  });

  it("never counts calibration audits in dashboards, lists, the review queue or exports", () => {
    const calibrationIds = db.select({ id: audits.id }).from(audits).where(eq(audits.calibration, true)).all();
    expect(calibrationIds.length).toBeGreaterThan(0);
    for (const table of [aggScores, aggItems, aggDepartmentScores, aggOrgItems, aggChannelScores, aggDepartmentItems, aggStageScores])
      expect(db.select().from(table).all()).toEqual([]);
    for (const role of ["leadership", "admin", "mystery_shopper"] as const) {
      const user = loadSessionUser(db, org.users[role].id)!;
      expect(countAudits(db, user)).toBe(0);
      for (const { id: auditId } of calibrationIds) expect(getAuditRecord(db, user, auditId)).toBeUndefined();
    }
    const leadership = loadSessionUser(db, org.users.leadership.id)!;
    expect(reviewQueue(db, leadership)).toEqual([]);
    const csv = exportAuditsText(db, leadership, {});
    expect(csv.trim().split("\n")).toHaveLength(1); // the header only
  });

  it("after closing shows everyone α, percent agreement, each auditor's agreement and the answers", async () => {
    expect(status(await post(id, shoppers[0].cookie, { intent: "close" }))).toBe(404);
    expect(status(await post(id, org.cookies.leadership, { intent: "close" }))).toBe(302);
    const late = await post(id, org.cookies.leadership, { intent: "close" });
    expect(status(late)).toBe(400);

    const coordinator = (await view(id, org.cookies.leadership)) as View;
    const shopper = (await view(id, shoppers[2].cookie)) as View;
    expect(shopper.results).toEqual(coordinator.results);
    const results = coordinator.results!;
    // The same statistics computed directly from the three answer sets (1 = yes, 0 = no).
    const [a, b, c] = items();
    const keys = checklistOf(db, CHECKLIST).sections.flatMap((s) => s.items.map((i) => i.key));
    const valueOf = (noKeys: string[], key: string) => (noKeys.includes(key) ? 0 : 1);
    const noSets = [[], [a], [a, b, c]];
    const women = new Set(
      checklistOf(db, CHECKLIST)
        .sections.flatMap((s) => s.items)
        .filter((i) => i.column === "women")
        .map((i) => i.key),
    );
    const data = keys.map(
      (key) => new Map(women.has(key) ? [] : noSets.map((no, i) => [String(shoppers[i].id), valueOf(no, key)] as const)),
    );
    const expected = agreementSummary(data, "ordinal");
    expect(results.summary.alpha).toBeCloseTo(expected.alpha!, 12);
    expect(results.summary.percentAgreement).toBeCloseTo(expected.percentAgreement!, 12);
    expect(results.summary.alphaInterval).toEqual(expected.alphaInterval);
    expect(results.againstReference).toBe(true);
    // Only item a has a reference (yes): shopper 0 agrees, 1 and 2 do not.
    expect(results.auditors.map((x) => [x.rater, x.agreeing, x.compared])).toEqual(
      expect.arrayContaining([
        [String(shoppers[0].id), 1, 1],
        [String(shoppers[1].id), 0, 1],
        [String(shoppers[2].id), 0, 1],
      ]),
    );
    const rowA = results.items.find((row) => row.key === a)!;
    expect(rowA.reference).toBe(1);
    expect(rowA.answers.map((x) => x.value).sort()).toEqual([0, 0, 1]);
    expect(rowA.percentAgreement).toBeCloseTo(1 / 3, 12);
    // Shoppers 1 and 2 answered "no" where the reference says "yes".
    expect(rowA.answers.map((x) => [x.value, x.deviates]).sort()).toEqual([
      [0, true],
      [0, true],
      [1, false],
    ]);
    const afterClose = await post(id, shoppers[1].cookie, { intent: "submit", ...answersAsForm(answersWithNo([])) });
    expect(payload(afterClose)).toEqual({ error: "calibration.error.closed" });
  });

  it("takes discussion notes from the coordinator after closing", async () => {
    const [a] = items();
    expect(status(await post(id, org.cookies.leadership, { intent: "note", itemKey: a, text: "Aptarta: klausti apie vardą." }))).toBe(302);
    expect(status(await post(id, org.cookies.leadership, { intent: "note", text: "  " }))).toBe(400);
    expect(status(await post(id, shoppers[0].cookie, { intent: "note", text: "Mano nuomonė" }))).toBe(404);
    const notes = ((await view(id, shoppers[0].cookie)) as View).results!.notes;
    expect(notes.map((n) => [n.itemKey, n.text])).toEqual([[a, "Aptarta: klausti apie vardą."]]);
  });
  it("feeds the coordinators' overview: each auditor's latest agreement and the items agreed on least", async () => {
    const [a] = items();
    const read = (cookie: string) =>
      settle(() => overview.loader(args(getRequest("/calibration/overview", { cookie })))) as Promise<
        Awaited<ReturnType<typeof overview.loader>>
      >;
    const result = await read(org.cookies.leadership);
    expect(result.sessions).toBe(1);
    const session = ((await view(id, org.cookies.leadership)) as View).results!;
    expect(result.auditors.map((x) => [x.userId, x.latest, x.previous]).sort()).toEqual(
      session.auditors.map((x) => [Number(x.rater), x.rate, null]).sort(),
    );
    expect(result.lowestItems[0]).toMatchObject({ checklistId: CHECKLIST, key: a, pairs: 3, agreeing: 1 });
    expect((await read(foreign.leadership)).sessions).toBe(0);
    expect(status(await settle(() => overview.loader(args(getRequest("/calibration/overview", { cookie: shoppers[0].cookie })))))).toBe(
      403,
    );
  });
});

describe("a published calibration audit about an employee (the strictest case) still counts nowhere", () => {
  it("unlike the same audit without the calibration flag", () => {
    const leadership = loadSessionUser(db, org.users.leadership.id)!;
    const month = vilniusMonth(Date.now());
    const filters = { from: month, to: month, channel: null, checklist: null, auditType: null, department: null };
    const employeeId = org.ownStaff[1].id;
    const audit = (calibration: boolean) =>
      insertCompletedAudit(db, {
        checklistVersionId: currentVersionId(db, CHECKLIST)!,
        auditType: "mystery_shopper",
        channel: "in_person",
        departmentId: org.own.id,
        employeeId,
        auditorId: org.users.mystery_shopper.id,
        interactionAt: Date.now() - 60_000,
        answers: answersWithNo([]),
        state: "published",
        actorId: org.users.mystery_shopper.id,
        calibration,
      });
    const counted = () => ({
      aggregates: db.select().from(aggScores).all().length,
      listed: countAudits(db, leadership),
      exported: exportAuditsText(db, leadership, {}).trim().split("\n").length - 1,
      employeeRecent: recentAudits(db, { employeeId }, filters, 10).length,
      departmentRecent: recentAudits(db, { departmentId: org.own.id }, filters, 10).length,
    });
    const before = counted();
    audit(true);
    expect(counted()).toEqual(before);
    audit(false);
    const after = counted();
    expect(after.aggregates).toBeGreaterThan(before.aggregates);
    expect(after).toMatchObject({
      listed: before.listed + 1,
      exported: before.exported + 1,
      employeeRecent: before.employeeRecent + 1,
      departmentRecent: before.departmentRecent + 1,
    });
  });
});
