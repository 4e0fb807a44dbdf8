// The audit pages through their loaders and actions, with real requests and cookies.
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import * as autosave from "../../app/routes/audits.$id_.autosave/route";
import * as edit from "../../app/routes/audits.$id_.edit/route";
import * as record from "../../app/routes/audits.$id/route";
import * as list from "../../app/routes/audits._index/route";
import * as start from "../../app/routes/audits.new/route";
import * as review from "../../app/routes/review.$id/route";
import { aggScores, auditHistory, audits } from "../../db/schema";
import { testDb } from "../helpers/db";
import { getRequest, postRequest, settle, routeArgs as args, locationOf as location, statusOf as status } from "../helpers/requests";
import { answersAsForm, auditOrganisation, checklistOf, completeAnswers, newKey } from "./audits-fixtures";

const db = testDb();
let org: Awaited<ReturnType<typeof auditOrganisation>>;
beforeAll(async () => {
  org = await auditOrganisation(db);
});

async function startAudit(cookie: string, extra: Record<string, string> = {}) {
  const form = {
    clientKey: newKey(),
    checklistId: "vmb-in-person",
    departmentId: String(org.own.id),
    channel: "in_person",
    employee: String(org.ownStaff[0].id),
    interactionAt: "2026-11-20T10:15",
    location: "Gedimino pr. 1",
    scenario: "Klausiau apie nuomą",
    ...extra,
  };
  const response = await settle(() => start.action(args(postRequest("/audits/new", form, { cookie }))));
  const to = location(response);
  const id = Number(/\/audits\/(\d+)\/edit/.exec(to ?? "")?.[1]);
  return { response, id, form };
}

const post = (id: number, form: Record<string, string | string[]>, cookie = org.cookies.mystery_shopper) =>
  settle(() => edit.action(args(postRequest(`/audits/${id}/edit`, form, { cookie }), { id: String(id) })));

describe("starting an audit", () => {
  it("offers the chosen department's roster and a fresh client key", async () => {
    const data = (await settle(() =>
      start.loader(
        args(getRequest(`/audits/new?checklistId=vmb-in-person&departmentId=${org.own.id}`, { cookie: org.cookies.mystery_shopper })),
      ),
    )) as Awaited<ReturnType<typeof start.loader>>;
    expect(data.chosen?.roster.map((e) => e.id).sort()).toEqual(org.ownStaff.map((e) => e.id).sort());
    expect(data.checklists.every((c) => !c.id.endsWith("-appearance"))).toBe(true);
    expect(data.clientKey).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("creates one audit for a form sent twice", async () => {
    const first = await startAudit(org.cookies.mystery_shopper);
    expect(first.id).toBeGreaterThan(0);
    const again = await settle(() => start.action(args(postRequest("/audits/new", first.form, { cookie: org.cookies.mystery_shopper }))));
    expect(location(again)).toBe(`/audits/${first.id}/edit`);
    expect(db.select().from(audits).where(eq(audits.clientKey, first.form.clientKey)).all()).toHaveLength(1);
    const stored = db.select().from(audits).where(eq(audits.id, first.id)).get()!;
    expect(stored.interactionAt).toBe(Date.UTC(2026, 10, 20, 8, 15));
  });

  it("shows field errors for an unknown employee without a description and a future time", async () => {
    const result = (await startAudit(org.cookies.mystery_shopper, { employee: "unknown", interactionAt: "2099-01-01T10:00" })).response as {
      error?: Record<string, string[]>;
    };
    expect(result.error?.unknownDescription).toEqual(["audits.error.unknownDescription"]);
    const future = (await startAudit(org.cookies.mystery_shopper, { interactionAt: "2099-01-01T10:00" })).response as {
      error?: Record<string, string[]>;
    };
    expect(future.error?.interactionAt).toEqual(["audits.error.future"]);
  });
});

describe("starting an audit from a scenario", () => {
  it("offers the chosen checklist's scenarios", async () => {
    const data = (await settle(() =>
      start.loader(
        args(getRequest(`/audits/new?checklistId=vmb-phone&departmentId=${org.own.id}`, { cookie: org.cookies.mystery_shopper })),
      ),
    )) as Awaited<ReturnType<typeof start.loader>>;
    const keys = data.chosen?.scenarios.map((s) => s.key) ?? [];
    expect(keys).toContain("vmb.scenario.phone_confidential");
    expect(keys.every((k) => k.startsWith("vmb.scenario."))).toBe(true);
    expect(data.chosen?.scenarios.every((s) => s.channel === "phone")).toBe(true);
  });

  it("stores the scenario key, pre-sets its N/A items and shows the brief, protocol and answer keys", async () => {
    const { id } = await startAudit(org.cookies.mystery_shopper, {
      checklistId: "vmb-phone",
      channel: "phone",
      scenario: "",
      scenarioKey: "vmb.scenario.phone_confidential",
    });
    expect(id).toBeGreaterThan(0);
    const stored = db.select().from(audits).where(eq(audits.id, id)).get()!;
    expect(stored).toMatchObject({ scenarioKey: "vmb.scenario.phone_confidential", channel: "phone" });
    const data = (await settle(() =>
      edit.loader(args(getRequest(`/audits/${id}/edit`, { cookie: org.cookies.mystery_shopper }), { id: String(id) })),
    )) as Awaited<ReturnType<typeof edit.loader>>;
    expect(data.answers).toEqual(
      expect.arrayContaining([
        { key: "vmb.phone_out.prepared", choice: "na" },
        { key: "vmb.phone_talk.dropped_call", choice: "na" },
      ]),
    );
    expect(data.answers.every((a) => a.choice === "na")).toBe(true);
    expect(data.scenario?.brief.lt).toMatch(/nuomos skolos/);
    expect(data.answerKeys["vmb.phone_conf.identity"].lt).toMatch(/tapatyb/);
    expect(data.protocol.map((p) => p.lt).join(" ")).toMatch(/šešis/);
  });

  it("rejects a scenario of another channel or checklist, and needs a scenario or a description", async () => {
    const channel = (
      await startAudit(org.cookies.mystery_shopper, {
        checklistId: "vmb-conflict",
        channel: "in_person",
        scenarioKey: "vmb.scenario.complaint_not_fault",
      })
    ).response as { error?: Record<string, string[]> };
    expect(channel.error?.scenarioKey).toEqual(["audits.error.scenarioChannel"]);
    const other = (await startAudit(org.cookies.mystery_shopper, { scenarioKey: "kmsa.scenario.phone_info" })).response as {
      error?: Record<string, string[]>;
    };
    expect(other.error?.scenarioKey).toEqual(["audits.error.scenario"]);
    const unknown = (await startAudit(org.cookies.mystery_shopper, { scenarioKey: "vmb.scenario.none" })).response as {
      error?: Record<string, string[]>;
    };
    expect(unknown.error?.scenarioKey).toEqual(["audits.error.scenario"]);
    const none = (await startAudit(org.cookies.mystery_shopper, { scenario: "" })).response as { error?: Record<string, string[]> };
    expect(none.error?.scenario).toEqual(["audits.error.scenarioOrText"]);
  });
});

describe("filling in", () => {
  it("saves a draft without JavaScript and resumes it; autosave saves too", async () => {
    const { id } = await startAudit(org.cookies.mystery_shopper);
    const saved = await post(id, {
      intent: "save",
      "choice:vmb.greet.greets_first": "yes",
      "comment:vmb.greet.greets_first": "Pasisveikino pirma",
    });
    expect(location(saved)).toBe(`/audits/${id}/edit`);
    const auto = await settle(() =>
      autosave.action(
        args(
          postRequest(
            `/audits/${id}/autosave`,
            { "choice:vmb.greet.greets_first": "yes", "choice:vmb.greet.eye_contact": "no" },
            { cookie: org.cookies.mystery_shopper },
          ),
          { id: String(id) },
        ),
      ),
    );
    expect(status(auto)).toBe(200);
    expect(((await (auto as Response).json()) as { confirmedAt: number }).confirmedAt).toBeGreaterThan(0);
    const data = (await settle(() =>
      edit.loader(args(getRequest(`/audits/${id}/edit`, { cookie: org.cookies.mystery_shopper }), { id: String(id) })),
    )) as Awaited<ReturnType<typeof edit.loader>>;
    expect(new Set(data.answers)).toEqual(
      new Set([
        { key: "vmb.greet.greets_first", choice: "yes" },
        { key: "vmb.greet.eye_contact", choice: "no" },
      ]),
    );
  });

  it("another shopper's or role's draft is a 404", async () => {
    const { id } = await startAudit(org.cookies.mystery_shopper);
    expect(status(await post(id, { intent: "save" }, org.cookies.admin))).toBe(403);
    const other = await (await import("../helpers/users")).makeUser(db, "mystery_shopper");
    const cookie = (await import("../helpers/users")).sessionFor(db, other.id);
    expect(status(await post(id, { intent: "save" }, cookie))).toBe(404);
    expect(status(await settle(() => record.loader(args(getRequest(`/audits/${id}`, { cookie }), { id: String(id) }))))).toBe(404);
  });

  it("submit shows the engine's errors next to the items in Lithuanian, keeps the answers, then submits once", async () => {
    const { id } = await startAudit(org.cookies.mystery_shopper);
    const checklist = checklistOf(db, "vmb-in-person");
    const answers = completeAnswers(checklist, { "vmb.comm.dignity": { choice: "no" } });
    const incomplete = await post(id, { intent: "submit", ...answersAsForm(answers.slice(1)) });
    const errors = (incomplete as { answerErrors: { key: string; code: string; message: { lt: string } }[] }).answerErrors;
    expect(errors.find((e) => e.key === "vmb.comm.dignity")?.message.lt).toMatch(/komentaras privalomas/);
    expect(errors.find((e) => e.key === answers[0].key)?.code).toBe("missing_answer");
    expect(db.select().from(audits).where(eq(audits.id, id)).get()!.state).toBe("draft");

    const full = answersAsForm(completeAnswers(checklist, { "vmb.comm.dignity": { choice: "no", comment: "Pakėlė balsą" } }));
    const done = await post(id, { intent: "submit", ...full });
    expect(location(done)).toBe(`/audits/${id}`);
    const twice = await post(id, { intent: "submit", ...full });
    expect(location(twice)).toBe(`/audits/${id}`);
    const submitted = db
      .select()
      .from(auditHistory)
      .where(eq(auditHistory.auditId, id))
      .all()
      .filter((h) => h.action === "submitted");
    expect(submitted).toHaveLength(1);
    const a = db.select().from(audits).where(eq(audits.id, id)).get()!;
    expect(a).toMatchObject({ state: "submitted", score: 0, criticalFailure: true, criticalItems: ["vmb.comm.dignity"] });
  });
});

async function submittedAudit(extra: Record<string, string> = {}) {
  const { id } = await startAudit(org.cookies.mystery_shopper, extra);
  await post(id, { intent: "submit", ...answersAsForm(completeAnswers(checklistOf(db, "vmb-in-person"))) });
  return id;
}
const reviewPost = (id: number, form: Record<string, string>, cookie = org.cookies.leadership) =>
  settle(() => review.action(args(postRequest(`/review/${id}`, form, { cookie }), { id: String(id) })));

describe("review", () => {
  it("send back needs a comment; the shopper sees it and resubmits", async () => {
    const id = await submittedAudit();
    const missing = (await reviewPost(id, { intent: "return", comment: " " })) as { error: Record<string, string[]> };
    expect(missing.error.comment).toEqual(["audits.error.commentRequired"]);
    expect(location(await reviewPost(id, { intent: "return", comment: "Nurodykite tikslų laiką" }))).toBe("/review");
    const mine = (await settle(() => list.loader(args(getRequest("/audits", { cookie: org.cookies.mystery_shopper }))))) as Awaited<
      ReturnType<typeof list.loader>
    >;
    // A returned audit is listed with the shopper's open drafts (in full), not in the paged list.
    expect(mine.drafts.find((a) => a.id === id)).toMatchObject({ state: "returned", reviewComment: "Nurodykite tikslų laiką" });
    expect(mine.audits.some((a) => a.id === id)).toBe(false);
    const again = await post(id, { intent: "submit", ...answersAsForm(completeAnswers(checklistOf(db, "vmb-in-person"))) });
    expect(location(again)).toBe(`/audits/${id}`);
    expect(db.select().from(audits).where(eq(audits.id, id)).get()!.state).toBe("submitted");
  });

  it("reject needs a reason", async () => {
    const id = await submittedAudit();
    expect(((await reviewPost(id, { intent: "reject", reason: "" })) as { error: Record<string, string[]> }).error.reason).toEqual([
      "audits.error.commentRequired",
    ]);
    expect(location(await reviewPost(id, { intent: "reject", reason: "Dublikatas" }, org.cookies.admin))).toBe("/review");
    expect(db.select().from(audits).where(eq(audits.id, id)).get()!).toMatchObject({ state: "rejected", reviewComment: "Dublikatas" });
  });

  it("publishing an unknown employee needs a resolution; with one it publishes and counts", async () => {
    const id = await submittedAudit({ employee: "unknown", unknownDescription: "Tamsūs plaukai, 2 langelis" });
    const refused = (await reviewPost(id, { intent: "publish" })) as { actionError: string };
    expect(refused.actionError).toBe("audits.error.unresolvedEmployee");
    expect(location(await reviewPost(id, { intent: "publish", resolution: String(org.ownStaff[0].id) }))).toBe(`/audits/${id}`);
    expect(db.select().from(audits).where(eq(audits.id, id)).get()!).toMatchObject({ state: "published", employeeId: org.ownStaff[0].id });
    const agg = db.select().from(aggScores).where(eq(aggScores.employeeId, org.ownStaff[0].id)).all();
    expect(agg.reduce((n, r) => n + r.audits, 0)).toBe(1);
  });

  it("is not for supervisors, shoppers or employees", async () => {
    const id = await submittedAudit();
    for (const role of ["supervisor", "mystery_shopper", "employee"] as const)
      expect(status(await reviewPost(id, { intent: "publish" }, org.cookies[role]))).toBe(403);
  });
});

describe("who sees an audit", () => {
  it("the served employee sees their published audit without the mystery shopper's identity", async () => {
    const id = await submittedAudit();
    await reviewPost(id, { intent: "publish" });
    const seen = (await settle(() =>
      record.loader(args(getRequest(`/audits/${id}`, { cookie: org.cookies.employee }), { id: String(id) })),
    )) as Awaited<ReturnType<typeof record.loader>>;
    expect(seen.record.audit.id).toBe(id);
    expect(seen.record.audit.auditorId).toBeNull();
    expect(seen.record.auditor).toBeNull();
    expect(seen.record.history).toEqual([]);
    expect(JSON.stringify(seen)).not.toContain(org.users.mystery_shopper.name);
    const byLead = (await settle(() =>
      record.loader(args(getRequest(`/audits/${id}`, { cookie: org.cookies.leadership }), { id: String(id) })),
    )) as Awaited<ReturnType<typeof record.loader>>;
    expect(byLead.record.auditor?.name).toBe(org.users.mystery_shopper.name);
  });

  it("an unpublished audit is a 404 for the employee and the supervisor; the list shows them nothing of it", async () => {
    const id = await submittedAudit();
    for (const role of ["employee", "supervisor"] as const) {
      expect(
        status(await settle(() => record.loader(args(getRequest(`/audits/${id}`, { cookie: org.cookies[role] }), { id: String(id) })))),
      ).toBe(404);
      const seen = (await settle(() => list.loader(args(getRequest("/audits", { cookie: org.cookies[role] }))))) as Awaited<
        ReturnType<typeof list.loader>
      >;
      expect(seen.audits.map((a) => a.id)).not.toContain(id);
    }
  });

  it("a supervisor sees published audits of their departments only", async () => {
    const own = await submittedAudit();
    await reviewPost(own, { intent: "publish" });
    const other = await submittedAudit({ departmentId: String(org.other.id), employee: String(org.otherStaff[0].id) });
    await reviewPost(other, { intent: "publish" });
    const seen = (await settle(() => list.loader(args(getRequest("/audits", { cookie: org.cookies.supervisor }))))) as Awaited<
      ReturnType<typeof list.loader>
    >;
    expect(seen.audits.map((a) => a.id)).toContain(own);
    expect(seen.audits.map((a) => a.id)).not.toContain(other);
    expect(
      status(
        await settle(() => record.loader(args(getRequest(`/audits/${other}`, { cookie: org.cookies.supervisor }), { id: String(other) }))),
      ),
    ).toBe(404);
  });
});
