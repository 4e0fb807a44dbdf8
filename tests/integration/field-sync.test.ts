// The field sync's endpoint with real requests: revisions counted by the store, a stale write
// refused with the server's answers, and a submit resent with its idempotency key answered
// like the first. Without JavaScript the form's revision guards the same way.
import { beforeAll, describe, expect, it } from "vitest";
import * as autosave from "../../app/routes/audits.$id_.autosave/route";
import * as edit from "../../app/routes/audits.$id_.edit/route";
import * as start from "../../app/routes/audits.new/route";
import { getAuditRow } from "../../app/models/audits/audit.server";
import { testDb } from "../helpers/db";
import { postRequest, settle, routeArgs as args, locationOf as location, statusOf as status } from "../helpers/requests";
import { answersAsForm, auditOrganisation, checklistOf, completeAnswers, newKey } from "./audits-fixtures";

const db = testDb();
let org: Awaited<ReturnType<typeof auditOrganisation>>;
beforeAll(async () => {
  org = await auditOrganisation(db);
});

async function draft() {
  const form = {
    clientKey: newKey(),
    checklistId: "vmb-in-person",
    departmentId: String(org.own.id),
    channel: "in_person",
    employee: String(org.ownStaff[0].id),
    interactionAt: "2026-11-20T10:15",
    location: "Gedimino pr. 1",
    scenario: "Klausiau apie nuomą",
  };
  const response = await settle(() => start.action(args(postRequest("/audits/new", form, { cookie: org.cookies.mystery_shopper }))));
  return Number(/\/audits\/(\d+)\/edit/.exec(location(response) ?? "")![1]);
}

async function sync(id: number, form: Record<string, string | string[]>) {
  const response = (await settle(() =>
    autosave.action(args(postRequest(`/audits/${id}/autosave`, form, { cookie: org.cookies.mystery_shopper }), { id: String(id) })),
  )) as Response;
  return { status: status(response), body: (await response.json()) as Record<string, unknown>, cookie: response.headers.get("Set-Cookie") };
}

const A = "choice:vmb.greet.greets_first";
const B = "choice:vmb.greet.eye_contact";

describe("field sync endpoint", () => {
  it("counts revisions and refuses a changing write based on an older one with the server's answers", async () => {
    const id = await draft();
    expect(getAuditRow(db, id)!.revision).toBe(0);
    const first = await sync(id, { baseRevision: "0", [A]: "yes" });
    expect(first.body).toMatchObject({ status: "saved", revision: 1 });
    expect(getAuditRow(db, id)!.revision).toBe(1);

    // A second tab still at revision 0 changes B: refused, with what the server has.
    const stale = await sync(id, { baseRevision: "0", [B]: "no" });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ status: "stale", revision: 1, answers: [{ key: "vmb.greet.greets_first", choice: "yes" }] });
    expect(getAuditRow(db, id)!.revision).toBe(1);

    // The same content at an old revision changes nothing and is no conflict.
    const same = await sync(id, { baseRevision: "0", [A]: "yes", overallComment: "" });
    expect(same.body).toMatchObject({ status: "saved", revision: 1 });

    const merged = await sync(id, { baseRevision: "1", [A]: "yes", [B]: "no" });
    expect(merged.body).toMatchObject({ status: "saved", revision: 2 });
    const comment = await sync(id, { baseRevision: "2", [A]: "yes", [B]: "no", overallComment: "Gerai" });
    expect(comment.body).toMatchObject({ status: "saved", revision: 3 });
    expect(getAuditRow(db, id)!.overallComment).toBe("Gerai");
  });

  it("a submit resent with the same key gets the first result; another key hears it was already submitted", async () => {
    const id = await draft();
    const answers = answersAsForm(completeAnswers(checklistOf(db, "vmb-in-person")));
    const key = "abcdef0123456789";
    const first = await sync(id, { ...answers, intent: "submit", baseRevision: "0", submitKey: key });
    expect(first.body).toEqual({ status: "submitted", to: `/audits/${id}` });
    expect(first.cookie).toContain("etalonas_flash=");
    const history = () => db.$client.prepare("SELECT count(*) AS n FROM audit_history WHERE audit_id = ? AND action = 'submitted'").get(id);
    expect(history()).toEqual({ n: 1 });
    const again = await sync(id, { ...answers, intent: "submit", baseRevision: "0", submitKey: key });
    expect(again.body).toEqual({ status: "submitted", to: `/audits/${id}` });
    const other = await sync(id, { ...answers, intent: "submit", baseRevision: "0", submitKey: "fedcba9876543210" });
    expect(other.body).toEqual({ status: "already_submitted", to: `/audits/${id}` });
    expect(history()).toEqual({ n: 1 });
    expect(getAuditRow(db, id)!.submitKey).toBe(key);
  });

  it("a stale submit is refused and nothing is submitted; an incomplete one returns the errors", async () => {
    const id = await draft();
    await sync(id, { baseRevision: "0", [A]: "no" });
    const answers = answersAsForm(completeAnswers(checklistOf(db, "vmb-in-person")));
    const stale = await sync(id, { ...answers, intent: "submit", baseRevision: "0", submitKey: "abcdef0123456780" });
    expect(stale.status).toBe(409);
    expect(getAuditRow(db, id)!.state).toBe("draft");
    const incomplete = await sync(id, { [A]: "yes", intent: "submit", baseRevision: "1", submitKey: "abcdef0123456781" });
    expect(incomplete.body.status).toBe("invalid");
    expect((incomplete.body.errors as unknown[]).length).toBeGreaterThan(0);
    expect(getAuditRow(db, id)!.state).toBe("draft");
  });

  it("refuses malformed sync fields", async () => {
    const id = await draft();
    const bad = await settle(() =>
      autosave.action(
        args(postRequest(`/audits/${id}/autosave`, { baseRevision: "x" }, { cookie: org.cookies.mystery_shopper }), { id: String(id) }),
      ),
    );
    expect(status(bad)).toBe(400);
  });

  it("without JavaScript a post over a newer revision is refused with a message, not applied", async () => {
    const id = await draft();
    await sync(id, { baseRevision: "0", [A]: "no" });
    const response = await settle(() =>
      edit.action(
        args(postRequest(`/audits/${id}/edit`, { intent: "save", revision: "0", [A]: "yes" }, { cookie: org.cookies.mystery_shopper }), {
          id: String(id),
        }),
      ),
    );
    // data() with its init: Remix sends the status and the page shows the message.
    const result = response as unknown as { data: { error: string }; init: { status: number } };
    expect(result.init.status).toBe(409);
    expect(result.data.error).toBe("audits.error.stale");
    expect(getAuditRow(db, id)!.revision).toBe(1);
  });

  it("the author deletes a draft; nobody else can, and a returned audit cannot be deleted", async () => {
    const id = await draft();
    await sync(id, { baseRevision: "0", [A]: "no" });
    const del = (cookie: string, audit = id) =>
      settle(() => edit.action(args(postRequest(`/audits/${audit}/edit`, { intent: "delete" }, { cookie }), { id: String(audit) })));
    const other = await (await import("../helpers/users")).makeUser(db, "mystery_shopper");
    const otherCookie = (await import("../helpers/users")).sessionFor(db, other.id);
    expect(status(await del(otherCookie))).toBe(404);
    expect(status(await del(org.cookies.admin))).toBe(403);
    expect(getAuditRow(db, id)).toBeDefined();

    const deleted = await del(org.cookies.mystery_shopper);
    expect(location(deleted)).toBe("/audits");
    expect(getAuditRow(db, id)).toBeUndefined();
    const left = db.$client.prepare("SELECT count(*) AS n FROM audit_answers WHERE audit_id = ?").get(id);
    expect(left).toEqual({ n: 0 });

    const returned = await draft();
    db.$client.prepare("UPDATE audits SET state = 'returned' WHERE id = ?").run(returned);
    const refused = (await del(org.cookies.mystery_shopper, returned)) as unknown as { data: { error: string }; init: { status: number } };
    expect(refused.init.status).toBe(400);
    expect(refused.data.error).toBe("audits.error.notDeletable");
    expect(getAuditRow(db, returned)!.state).toBe("returned");
  });
});
