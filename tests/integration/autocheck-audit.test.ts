// The automatic checker on the audit form (issue 14): a shopper attaches the reply's .eml to
// an e-mail audit, the suggestions are stored and fill the unanswered items, the submit
// records whether the auditor agreed, and the admin page counts it. Real requests, a real
// temporary SQLite file.
import fs from "node:fs";
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import * as edit from "../../app/routes/audits.$id_.edit/route";
import * as start from "../../app/routes/audits.new/route";
import * as agreement from "../../app/routes/admin.autocheck";
import { auditAnswers, auditHistory, audits, autocheckSuggestions } from "../../db/schema";
import { readAnswers } from "../../app/models/audits/answers.server";
import { testDb } from "../helpers/db";
import { makeUser, sessionFor } from "../helpers/users";
import { getRequest, postRequest, settle, routeArgs as args, locationOf as location, statusOf as status } from "../helpers/requests";
import { answersAsForm, auditOrganisation, checklistOf, completeAnswers, newKey } from "./audits-fixtures";

const db = testDb();
let org: Awaited<ReturnType<typeof auditOrganisation>>;
beforeAll(async () => {
  org = await auditOrganisation(db);
});

const REPLY = fs.readFileSync("tests/fixtures/autocheck/emails/e01-vmb-good-plain/1.eml");

async function startAudit(checklistId: string, channel: string, interactionAt: string) {
  const form = {
    clientKey: newKey(),
    checklistId,
    departmentId: String(org.own.id),
    channel,
    employee: String(org.ownStaff[0].id),
    interactionAt,
    location: "info@vilniausbustas.lt",
    scenario: "Klausiau apie administravimo mokestį",
  };
  const response = await settle(() => start.action(args(postRequest("/audits/new", form, { cookie: org.cookies.mystery_shopper }))));
  const id = Number(/\/audits\/(\d+)\/edit/.exec(location(response) ?? "")?.[1]);
  expect(id).toBeGreaterThan(0);
  return id;
}

function upload(
  id: number,
  files: { name: string; bytes: Buffer<ArrayBuffer> | string }[],
  cookie = org.cookies.mystery_shopper,
  text = "",
) {
  const form = new FormData();
  form.append("intent", "autocheck");
  form.append("autocheckText", text);
  for (const f of files) form.append("autocheckFiles", new File([f.bytes], f.name, { type: "message/rfc822" }));
  return settle(() => edit.action(args(postRequest(`/audits/${id}/edit`, form, { cookie }), { id: String(id) })));
}

const post = (id: number, form: Record<string, string | string[]>) =>
  settle(() => edit.action(args(postRequest(`/audits/${id}/edit`, form, { cookie: org.cookies.mystery_shopper }), { id: String(id) })));

const suggestionsOf = (id: number) => db.select().from(autocheckSuggestions).where(eq(autocheckSuggestions.auditId, id)).all();
const answerOf = (id: number, key: string) => readAnswers(db, id).find((a) => a.key === key);

describe("checking an e-mail reply on the audit form", () => {
  it("stores the suggestions, fills only unanswered items, and records agreement at submit", async () => {
    const id = await startAudit("vmb-email", "email", "2026-11-17T09:00");
    // The shopper has already answered the thanks item (against what the checker will say).
    const saved = await post(id, { intent: "save", "choice:vmb.email.thanks": "no", "comment:vmb.email.thanks": "Nepadėkojo" });
    expect(status(saved)).toBe(302);

    const response = await upload(id, [{ name: "atsakymas.eml", bytes: REPLY }]);
    expect(status(response)).toBe(302);
    expect(location(response)).toBe(`/audits/${id}/edit`);

    const stored = new Map(suggestionsOf(id).map((s) => [s.itemKey, s]));
    expect(stored.get("vmb.email.subject")).toMatchObject({ answer: "yes", checklistId: "vmb-email", outcome: null });
    expect(stored.get("vmb.email.thanks")).toMatchObject({ answer: "yes", evidence: ["Dėkojame už Jūsų laišką."] });
    // The reply time runs from the audit's interaction time (09:00 Vilnius) to the reply's Date.
    expect(stored.get("vmb.email.response_hours")).toMatchObject({ answer: "yes", number: 5.5 });

    expect(answerOf(id, "vmb.email.subject")).toEqual({ key: "vmb.email.subject", choice: "yes" });
    expect(answerOf(id, "vmb.email.response_hours")).toEqual({ key: "vmb.email.response_hours", number: 5.5 });
    expect(answerOf(id, "vmb.email.thanks")).toEqual({ key: "vmb.email.thanks", choice: "no", comment: "Nepadėkojo" });
    const history = db.select().from(auditHistory).where(eq(auditHistory.auditId, id)).all();
    expect(history.at(-1)).toMatchObject({ action: "edited" });

    // The page shows them after a reload.
    const page = (await edit.loader(
      args(getRequest(`/audits/${id}/edit`, { cookie: org.cookies.mystery_shopper }), { id: String(id) }),
    )) as Awaited<ReturnType<typeof edit.loader>>;
    expect(page.suggestions.find((s) => s.key === "vmb.email.respectful_address")).toEqual({
      key: "vmb.email.respectful_address",
      answer: "yes",
      number: null,
      evidence: ["Laba diena,"],
    });

    // Submit: the items the checker did not answer are filled by the shopper; the thanks stays "no".
    const answers = readAnswers(db, id);
    const form: Record<string, string | string[]> = { ...answersAsForm(answers), intent: "submit" };
    for (const key of ["immediate_answer", "answers", "accurate_clear", "next_steps", "confidentiality_note", "no_disclosure"])
      form[`choice:vmb.email.${key}`] ??= "yes";
    const submitted = await post(id, form);
    expect(location(submitted)).toBe(`/audits/${id}`);
    expect(db.select().from(audits).where(eq(audits.id, id)).get()!.state).toBe("submitted");

    const outcomes = new Map(suggestionsOf(id).map((s) => [s.itemKey, s]));
    expect(outcomes.get("vmb.email.thanks")).toMatchObject({ outcome: "overridden", finalChoice: "no" });
    expect(outcomes.get("vmb.email.subject")).toMatchObject({ outcome: "agreed", finalChoice: "yes" });
    expect(outcomes.get("vmb.email.response_hours")).toMatchObject({ outcome: "agreed", finalChoice: "yes" });
    expect([...outcomes.values()].filter((s) => s.outcome === "overridden")).toHaveLength(1);

    const admin = (await agreement.loader(args(getRequest("/admin/autocheck", { cookie: org.cookies.admin })))) as Awaited<
      ReturnType<typeof agreement.loader>
    >;
    const thanks = admin.rows.find((r) => r.itemKey === "vmb.email.thanks")!;
    expect(thanks).toMatchObject({ checklistId: "vmb-email", suggestions: 1, agreed: 0, overridden: 1 });
    expect(thanks.itemText.lt.length).toBeGreaterThan(5);
    expect(admin.rows.find((r) => r.itemKey === "vmb.email.subject")).toMatchObject({ suggestions: 1, agreed: 1, overridden: 0 });
    expect(status(await settle(() => agreement.loader(args(getRequest("/admin/autocheck", { cookie: org.cookies.leadership })))))).toBe(
      403,
    );
  });

  it("refuses a file that is not an e-mail with 400 and saves nothing", async () => {
    const id = await startAudit("vmb-email", "email", "2026-11-17T09:00");
    const before = db.select().from(auditAnswers).where(eq(auditAnswers.auditId, id)).all();
    const response = await upload(id, [
      { name: "atsakymas.eml", bytes: REPLY },
      { name: "nuotrauka.txt", bytes: "Tai ne laiškas, o tik tekstas.\n" },
    ]);
    const result = response as { init?: { status?: number }; data?: { autocheck?: unknown } };
    expect(result.init?.status).toBe(400);
    expect(result.data?.autocheck).toEqual({ key: "audits.autocheck.notAnEmail", params: { file: "nuotrauka.txt" } });
    expect(suggestionsOf(id)).toEqual([]);
    expect(db.select().from(auditAnswers).where(eq(auditAnswers.auditId, id)).all()).toEqual(before);
    expect(db.select().from(auditHistory).where(eq(auditHistory.auditId, id)).all()).toHaveLength(1);
  });

  it("answers 404 for another shopper's audit and writes nothing", async () => {
    const id = await startAudit("vmb-email", "email", "2026-11-17T09:00");
    const other = await makeUser(db, "mystery_shopper");
    const response = await upload(id, [{ name: "atsakymas.eml", bytes: REPLY }], sessionFor(db, other.id));
    expect(status(response)).toBe(404);
    expect(suggestionsOf(id)).toEqual([]);
  });

  it("checks a pasted reply's text without the checks that need its headers", async () => {
    const id = await startAudit("vmb-email", "email", "2026-11-17T09:00");
    const text = [
      "Laba diena,",
      "",
      "Dėkojame už Jūsų laišką. Administravimo mokestis skaičiuojamas pagal buto plotą.",
      "",
      "Pagarbiai",
      "Ona Petraitienė",
      "Klientų aptarnavimo skyriaus vyriausioji specialistė",
      "SĮ „Vilniaus miesto būstas“",
      "Tel. +370 5 212 3456",
    ].join("\n");
    expect(status(await upload(id, [], org.cookies.mystery_shopper, text))).toBe(302);
    const stored = new Map(suggestionsOf(id).map((s) => [s.itemKey, s]));
    expect(stored.get("vmb.email.thanks")).toMatchObject({ answer: "yes" });
    expect(stored.get("vmb.email.respectful_address")).toMatchObject({ answer: "yes" });
    for (const key of ["vmb.email.subject", "vmb.email.response_hours", "vmb.email.auto_reply", "vmb.email.vacation_auto_reply"])
      expect(stored.has(key)).toBe(false);
  });

  it("leaves a submitted audit alone: the form's action sends the shopper to the record", async () => {
    const id = await startAudit("vmb-email", "email", "2026-11-17T09:00");
    const submitted = await post(id, { ...answersAsForm(completeAnswers(checklistOf(db, "vmb-email"))), intent: "submit" });
    expect(location(submitted)).toBe(`/audits/${id}`);
    const history = db.select().from(auditHistory).where(eq(auditHistory.auditId, id)).all().length;
    const response = await upload(id, [{ name: "atsakymas.eml", bytes: REPLY }]);
    expect(location(response)).toBe(`/audits/${id}`);
    expect(suggestionsOf(id)).toEqual([]);
    expect(db.select().from(auditHistory).where(eq(auditHistory.auditId, id)).all()).toHaveLength(history);
  });

  it("pre-fills the phrase items of a phone audit from a pasted transcript", async () => {
    const id = await startAudit("kmsa-phone", "phone", "2026-11-18T10:00");
    const transcript = [
      "Darbuotoja: Laba diena, Kauno miesto savivaldybė, Ona Petraitienė. Kuo galėčiau padėti?",
      "Klientas: Norėčiau sužinoti apie leidimą.",
      "Darbuotoja: Prašom, pateikite prašymą per e. paslaugų portalą.",
      "Klientas: Ačiū.",
      "Darbuotoja: Viso gero.",
    ].join("\n");
    const response = await upload(id, [], org.cookies.mystery_shopper, transcript);
    expect(status(response)).toBe(302);
    const stored = suggestionsOf(id);
    expect(stored.length).toBeGreaterThan(0);
    const phrase = stored.find((s) => readAnswers(db, id).some((a) => a.key === s.itemKey && (a.phrases?.length ?? 0) > 0));
    expect(phrase?.evidence.length).toBeGreaterThan(0);

    const notes = await upload(id, [], org.cookies.mystery_shopper, "Paskambinau, buvo mandagu.");
    expect((notes as { init?: { status?: number } }).init?.status).toBe(400);
  });

  it("keeps suggestions per item: checking again replaces them", async () => {
    const id = await startAudit("vmb-email", "email", "2026-11-17T09:00");
    await upload(id, [{ name: "a.eml", bytes: REPLY }]);
    await upload(id, [{ name: "a.eml", bytes: REPLY }]);
    const rows = db
      .select()
      .from(autocheckSuggestions)
      .where(and(eq(autocheckSuggestions.auditId, id), eq(autocheckSuggestions.itemKey, "vmb.email.subject")))
      .all();
    expect(rows).toHaveLength(1);
  });
});
