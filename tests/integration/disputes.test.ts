// The whole loop after publishing, through the routes with real requests: the employee
// acknowledges and disputes two answers, the supervisor gives an opinion, leadership accepts
// one and rejects the other; the audit is re-scored through the audit store, its history
// names the change, and the maintained aggregates equal a full rebuild. Refusals leave nothing.
import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { rebuildAggregates } from "../../app/models/audits/aggregates.server";
import { insertCompletedAudit } from "../../app/models/audits/store.server";
import { currentVersionId } from "../../app/models/audits/checklists.server";
import { listAudits } from "../../app/models/audits/access.server";
import { openDispute } from "../../app/models/disputes/dispute.server";
import { DisputeError } from "../../app/models/disputes/errors.server";
import * as record from "../../app/routes/audits.$id/route";
import * as disputeForm from "../../app/routes/audits.$id_.dispute/route";
import * as disputePage from "../../app/routes/disputes.$id/route";
import * as disputeList from "../../app/routes/disputes._index/route";
import { auditAcknowledgements, auditHistory, audits, disputeItems, disputes, organisations } from "../../db/schema";
import { testDb } from "../helpers/db";
import { getRequest, postRequest, settle, routeArgs as args, locationOf as location } from "../helpers/requests";
import { auditOrganisation, checklistOf, completeAnswers } from "./audits-fixtures";

const db = testDb();
let org: Awaited<ReturnType<typeof auditOrganisation>>;
const K1 = "vmb.greet.greets_first"; // yes_no, weight 1
const K2 = "vmb.greet.eye_contact"; // yes_no, weight 1
const DAY = 86_400_000;

/** A thrown or returned Response's status, a refusal's (data() with init), else 200. */
const status = (r: unknown) => (r instanceof Response ? r.status : ((r as { init?: { status?: number } } | null)?.init?.status ?? 200));
/** What a refusal carries: its message key and values. */
const refusal = (r: unknown) => (r as { data: { error: string; values: Record<string, string> } }).data;

/** A published audit about the employee user, two items failed, published `ago` ms before now. */
function publishedAudit(
  ago = 0,
  state: "published" | "submitted" = "published",
  extra: Record<string, { choice: "no"; comment: string }> = {},
) {
  const checklist = checklistOf(db, "vmb-in-person");
  const shopper = org.users.mystery_shopper;
  return insertCompletedAudit(db, {
    checklistVersionId: currentVersionId(db, "vmb-in-person")!,
    auditType: "mystery_shopper",
    channel: "in_person",
    departmentId: org.own.id,
    employeeId: org.ownStaff[0].id,
    auditorId: shopper.id,
    actorId: shopper.id,
    interactionAt: Date.now() - ago - DAY,
    answers: completeAnswers(checklist, {
      [K1]: { choice: "no", comment: "Nepasisveikino" },
      [K2]: { choice: "no", comment: "Nežiūrėjo" },
      ...extra,
    }),
    state,
    publishedAt: Date.now() - ago,
  });
}

const TABLES = [
  "agg_scores",
  "agg_department_scores",
  "agg_channel_scores",
  "agg_items",
  "agg_org_items",
  "agg_department_items",
  "agg_stage_scores",
];
function aggregates() {
  return Object.fromEntries(
    TABLES.map((t) => [
      t,
      db
        .all<Record<string, unknown>>(sql.raw(`SELECT * FROM ${t}`))
        .map((r) => JSON.stringify(Object.entries(r).map(([k, v]) => [k, typeof v === "number" ? Math.round(v * 1e6) / 1e6 : v])))
        .sort(),
    ]),
  );
}

const disputeFormFields = (overrides: Record<string, string | string[]> = {}) => ({
  item: [K1, K2],
  [`proposed/choice:${K1}`]: "yes",
  [`reason:${K1}`]: "Pasisveikinau pirmoji, tai girdėjo ir kolegė.",
  [`proposed/choice:${K2}`]: "yes",
  [`reason:${K2}`]: "Žiūrėjau į klientą.",
  ...overrides,
});

beforeAll(async () => {
  org = await auditOrganisation(db);
});

describe("acknowledgement", () => {
  it("is recorded once, by the employee the audit is about, and shown to the supervisor", async () => {
    const audit = publishedAudit();
    const page = (cookie: string) =>
      settle(() => record.loader(args(getRequest(`/audits/${audit.id}`, { cookie }), { id: String(audit.id) })));
    const before = (await page(org.cookies.employee)) as Awaited<ReturnType<typeof record.loader>>;
    expect(before.acknowledgement).toEqual({ at: null, aboutMe: true });
    expect(listAudits(db, org.session("supervisor")).find((a) => a.id === audit.id)?.acknowledged).toBe(0);

    const ack = (cookie: string) =>
      settle(() =>
        record.action(args(postRequest(`/audits/${audit.id}`, { intent: "acknowledge" }, { cookie }), { id: String(audit.id) })),
      );
    expect(status(await ack(org.cookies.supervisor))).toBe(403);
    expect(status(await ack(org.cookies.mystery_shopper))).toBe(403);
    expect(location(await ack(org.cookies.employee))).toBe(`/audits/${audit.id}`);
    const first = db.select().from(auditAcknowledgements).where(eq(auditAcknowledgements.auditId, audit.id)).get()!;
    expect(location(await ack(org.cookies.employee))).toBe(`/audits/${audit.id}`);
    expect(db.select().from(auditAcknowledgements).where(eq(auditAcknowledgements.auditId, audit.id)).all()).toEqual([first]);

    const seen = (await page(org.cookies.supervisor)) as Awaited<ReturnType<typeof record.loader>>;
    expect(seen.acknowledgement).toEqual({ at: first.at, aboutMe: false });
    expect(listAudits(db, org.session("supervisor")).find((a) => a.id === audit.id)?.acknowledged).toBe(1);
  });
});

describe("the dispute loop", () => {
  it("disputes, comments, decides, re-scores, and the aggregates equal a rebuild", async () => {
    const audit = publishedAudit();
    const id = String(audit.id);
    const open = await settle(() =>
      disputeForm.action(args(postRequest(`/audits/${id}/dispute`, disputeFormFields(), { cookie: org.cookies.employee }), { id })),
    );
    const disputeId = Number(/\/disputes\/(\d+)$/.exec(location(open) ?? "")?.[1]);
    expect(disputeId).toBeGreaterThan(0);
    expect(db.select().from(disputeItems).where(eq(disputeItems.disputeId, disputeId)).all()).toHaveLength(2);
    // Marked in the audit list until decided.
    expect(listAudits(db, org.session("leadership")).find((a) => a.id === audit.id)?.disputeOpen).toBe(1);
    // A second visit of the form goes to the dispute: one dispute per audit.
    expect(
      location(await settle(() => disputeForm.loader(args(getRequest(`/audits/${id}/dispute`, { cookie: org.cookies.employee }), { id })))),
    ).toBe(`/disputes/${disputeId}`);

    const post = (cookie: string, form: Record<string, string>) =>
      settle(() => disputePage.action(args(postRequest(`/disputes/${disputeId}`, form, { cookie }), { id: String(disputeId) })));
    expect(status(await post(org.cookies.employee, { intent: "opinion", opinion: "Mano nuomonė" }))).toBe(403);
    expect(status(await post(org.cookies.mystery_shopper, { intent: "opinion", opinion: "x" }))).toBe(404);
    expect(location(await post(org.cookies.supervisor, { intent: "opinion", opinion: "Pasisveikino, bet nežiūrėjo į akis." }))).toBe(
      `/disputes/${disputeId}`,
    );

    const decision = {
      intent: "decide",
      [`outcome:${K1}`]: "accepted",
      [`decisionReason:${K1}`]: "Kolegės liudijimas patvirtina.",
      [`outcome:${K2}`]: "rejected",
      [`decisionReason:${K2}`]: "Vertintojo pastaba išsami.",
    };
    expect(status(await post(org.cookies.supervisor, decision))).toBe(403);
    // Without a reason for every item: refused, nothing decided, the audit unchanged.
    const incomplete = await post(org.cookies.leadership, { ...decision, [`decisionReason:${K2}`]: "" });
    expect(status(incomplete)).toBe(400);
    expect(refusal(incomplete).error).toBe("disputes.error.decisionReason");
    expect(db.select().from(disputes).where(eq(disputes.id, disputeId)).get()!.decidedAt).toBeNull();
    expect(db.select().from(audits).where(eq(audits.id, audit.id)).get()!.score).toBe(audit.score);

    expect(location(await post(org.cookies.leadership, decision))).toBe(`/disputes/${disputeId}`);
    const after = db.select().from(audits).where(eq(audits.id, audit.id)).get()!;
    expect(after.score!).toBeGreaterThan(audit.score!);
    const answer = db.all<{ choice: string; comment: string }>(
      sql`SELECT choice, comment FROM audit_answers WHERE audit_id = ${audit.id} AND item_key IN (${K1}, ${K2}) ORDER BY item_key`,
    );
    expect(answer).toEqual([
      { choice: "no", comment: "Nežiūrėjo" }, // eye_contact: rejected
      { choice: "yes", comment: "Nepasisveikino" }, // greets_first: accepted, the auditor's comment kept
    ]);
    const history = db.select().from(auditHistory).where(eq(auditHistory.auditId, audit.id)).all().at(-1)!;
    expect(history.action).toBe("dispute_corrected");
    expect(history.actorId).toBe(org.users.leadership.id);
    expect(history.details).toEqual({
      disputeId,
      items: [
        {
          itemKey: K1,
          before: expect.objectContaining({ choice: "no" }),
          after: expect.objectContaining({ choice: "yes" }),
          reason: "Kolegės liudijimas patvirtina.",
        },
      ],
    });
    expect(listAudits(db, org.session("leadership")).find((a) => a.id === audit.id)?.disputeOpen).toBe(0);

    // The maintained aggregates are what a full rebuild computes.
    const maintained = aggregates();
    rebuildAggregates(db);
    expect(maintained).toEqual(aggregates());

    expect(status(await post(org.cookies.leadership, decision))).toBe(409);
    const list = (await settle(() => disputeList.loader(args(getRequest("/disputes", { cookie: org.cookies.leadership }))))) as Awaited<
      ReturnType<typeof disputeList.loader>
    >;
    expect(list.decided.map((d) => d.id)).toContain(disputeId);
    expect(list.outcomes?.byItem.find((r) => r.itemKey === K1)).toMatchObject({ items: 1, accepted: 1, rejected: 0 });
    expect(list.outcomes?.byItem.find((r) => r.itemKey === K2)).toMatchObject({ items: 1, accepted: 0, rejected: 1 });
  });

  it("applies a partly accepted item with leadership's corrected answer", async () => {
    const audit = publishedAudit(0, "published", { "vmb.greet.welcoming": { choice: "no", comment: "Nemandagi" } });
    const disputeId = openDispute(db, org.session("employee"), audit.id, [
      { itemKey: "vmb.greet.welcoming", proposed: { key: "vmb.greet.welcoming", choice: "yes" }, reason: "Buvau maloni." },
    ]);
    const response = await settle(() =>
      disputePage.action(
        args(
          postRequest(
            `/disputes/${disputeId}`,
            {
              intent: "decide",
              "outcome:vmb.greet.welcoming": "partly_accepted",
              "corrected/choice:vmb.greet.welcoming": "partial",
              "decisionReason:vmb.greet.welcoming": "Iš dalies.",
            },
            { cookie: org.cookies.leadership },
          ),
          { id: String(disputeId) },
        ),
      ),
    );
    expect(location(response)).toBe(`/disputes/${disputeId}`);
    const row = db.all<{ choice: string }>(
      sql`SELECT choice FROM audit_answers WHERE audit_id = ${audit.id} AND item_key = 'vmb.greet.welcoming'`,
    );
    expect(row).toEqual([{ choice: "partial" }]);
  });
});

describe("refusals", () => {
  const tryOpen = (auditId: number, cookie: string, form = disputeFormFields()) =>
    settle(() => disputeForm.action(args(postRequest(`/audits/${auditId}/dispute`, form, { cookie }), { id: String(auditId) })));
  const count = () =>
    db
      .select({ n: sql<number>`count(*)` })
      .from(disputes)
      .get()!.n;

  it("refuses after the window, with the last day in the message", async () => {
    db.update(organisations).set({ disputeWindowDays: 10 }).where(eq(organisations.id, org.orgId)).run();
    const old = publishedAudit(40 * DAY);
    const before = count();
    const response = await tryOpen(old.id, org.cookies.employee);
    expect(status(response)).toBe(400);
    expect(refusal(response).error).toBe("disputes.error.windowClosed");
    expect(refusal(response).values.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(count()).toBe(before);
  });

  it("refuses someone who is not the employee, an unpublished audit, an item twice and an empty proposal", async () => {
    const audit = publishedAudit();
    const before = count();
    expect(status(await tryOpen(audit.id, org.cookies.supervisor))).toBe(403);
    expect(status(await tryOpen(audit.id, org.cookies.leadership))).toBe(403);
    expect(status(await tryOpen(audit.id, org.cookies.mystery_shopper))).toBe(403);
    const submitted = publishedAudit(0, "submitted");
    expect(status(await tryOpen(submitted.id, org.cookies.employee))).toBe(404); // the employee does not see it
    expect(() => openDispute(db, { ...org.session("employee"), role: "leadership", orgId: org.orgId }, submitted.id, [])).toThrow(
      DisputeError,
    );
    const twice = await tryOpen(audit.id, org.cookies.employee, disputeFormFields({ item: [K1, K1] }));
    expect(status(twice)).toBe(409);
    expect(refusal(twice).error).toBe("disputes.error.itemTwice");
    const empty = await tryOpen(audit.id, org.cookies.employee, disputeFormFields({ [`proposed/choice:${K2}`]: "" }));
    expect(refusal(empty).error).toBe("disputes.error.proposal");
    const same = await tryOpen(audit.id, org.cookies.employee, disputeFormFields({ [`proposed/choice:${K2}`]: "no" }));
    expect(refusal(same).error).toBe("disputes.error.sameAnswer");
    expect(count()).toBe(before);
    expect(() =>
      openDispute(db, org.session("employee"), audit.id, [{ itemKey: K1, proposed: { key: K1, choice: "yes" }, reason: "x" }]),
    ).not.toThrow();
    try {
      openDispute(db, org.session("employee"), audit.id, [{ itemKey: K2, proposed: { key: K2, choice: "yes" }, reason: "x" }]);
      expect.unreachable();
    } catch (error) {
      expect((error as DisputeError).status).toBe(409);
      expect((error as DisputeError).messageKey).toBe("disputes.error.alreadyDisputed");
    }
  });

  it("keeps other organisations' and departments' disputes out of sight", async () => {
    const audit = publishedAudit();
    const disputeId = openDispute(db, org.session("employee"), audit.id, [
      { itemKey: K1, proposed: { key: K1, choice: "yes" }, reason: "x" },
    ]);
    const other = (await settle(() =>
      disputeList.loader(args(getRequest("/disputes", { cookie: org.cookies.mystery_shopper }))),
    )) as Response;
    expect(status(other)).toBe(403);
    const employeeList = (await settle(() =>
      disputeList.loader(args(getRequest("/disputes", { cookie: org.cookies.employee }))),
    )) as Awaited<ReturnType<typeof disputeList.loader>>;
    expect(employeeList.open.map((d) => d.id)).toContain(disputeId);
    expect(employeeList.outcomes).toBeNull();
  });
});
