// Phrases outside the standard's lists: the auditor's judgement decides the item, the phrase is
// stored with the answer and counted on the checklist page over the audits the reader may see.
import { beforeAll, describe, expect, it } from "vitest";
import { loadSessionUser } from "../../app/lib/auth.server";
import { readAnswers } from "../../app/models/audits/answers.server";
import { createDraft, saveAndSubmit, saveDraft } from "../../app/models/audits/draft.server";
import { publishAudit } from "../../app/models/audits/review.server";
import { otherPhrasesHeard } from "../../app/models/checklists/other-phrases.server";
import { loader as checklistLoader } from "../../app/routes/checklists.$id/route";
import { audits } from "../../db/schema";
import { testDb } from "../helpers/db";
import { getRequest, routeArgs, settle } from "../helpers/requests";
import { makeUser, sessionFor } from "../helpers/users";
import { auditOrganisation, checklistOf, completeAnswers, newKey } from "./audits-fixtures";
import { eq } from "drizzle-orm";

const db = testDb();
const KEY = "vmb.close.farewell_phrase";
let org: Awaited<ReturnType<typeof auditOrganisation>>;
let secondShopper: Awaited<ReturnType<typeof makeUser>>;

function audit(shopperId: number, other: string, judged: "recommended" | "forbidden", departmentId = org.own.id) {
  const shopper = loadSessionUser(db, shopperId)!;
  const draft = createDraft(db, shopper, {
    clientKey: newKey(),
    checklistId: "vmb-in-person",
    channel: "in_person",
    departmentId,
    employeeId: departmentId === org.own.id ? org.ownStaff[1].id : org.otherStaff[0].id,
    unknownEmployeeDescription: null,
    interactionAt: Date.now() - 3600_000,
    location: "Vilnius",
    scenario: "Klausimas",
  });
  const answers = completeAnswers(checklistOf(db, "vmb-in-person"), {
    [KEY]: { phrases: [], other_phrase: other, other_phrase_as: judged, comment: "Įrašyta" },
  });
  expect(saveAndSubmit(db, shopper, draft.id, answers).status).toBe("submitted");
  return draft.id;
}

const scoreOf = (id: number) => db.select({ score: audits.score }).from(audits).where(eq(audits.id, id)).get()!.score;

beforeAll(async () => {
  org = await auditOrganisation(db);
  secondShopper = await makeUser(db, "mystery_shopper");
});

describe("another phrase judged by the auditor", () => {
  it("passes the item when judged like a recommended phrase and fails it when judged like a forbidden one, and is stored", () => {
    const good = audit(org.users.mystery_shopper.id, "Gero vakaro", "recommended");
    const bad = audit(org.users.mystery_shopper.id, "Iki", "forbidden");
    expect(scoreOf(good)).toBe(100);
    expect(scoreOf(bad)).toBeLessThan(100);
    expect(readAnswers(db, good).find((a) => a.key === KEY)).toMatchObject({ other_phrase: "Gero vakaro", other_phrase_as: "recommended" });
  });

  it("cannot be submitted without the judgement, but a draft keeps the text", () => {
    const shopper = org.session("mystery_shopper");
    const draft = createDraft(db, shopper, {
      clientKey: newKey(),
      checklistId: "vmb-in-person",
      channel: "in_person",
      departmentId: org.own.id,
      employeeId: null,
      unknownEmployeeDescription: "Vyras",
      interactionAt: Date.now() - 3600_000,
      location: "Vilnius",
      scenario: "Klausimas",
    });
    const answers = completeAnswers(checklistOf(db, "vmb-in-person"), { [KEY]: { phrases: [], other_phrase: "Iki pasimatymo" } });
    expect(saveDraft(db, shopper, draft.id, answers).errors).toEqual([]);
    expect(saveAndSubmit(db, shopper, draft.id, answers).status).toBe("invalid");
    expect(readAnswers(db, draft.id).find((a) => a.key === KEY)).toEqual({ key: KEY, phrases: [], other_phrase: "Iki pasimatymo" });
  });
});

describe("other phrases heard, on the checklist page", () => {
  let published: number;
  beforeAll(() => {
    published = audit(org.users.mystery_shopper.id, "Gero vakaro!", "recommended");
    audit(secondShopper.id, "gero vakaro", "recommended");
    audit(secondShopper.id, "Iki pasimatymo", "recommended", org.other.id);
    publishAudit(db, org.session("leadership"), published);
  });

  it("counts every finished audit for leadership, most frequent first, merging case and punctuation", () => {
    const heard = otherPhrasesHeard(db, org.session("leadership"), "vmb-in-person")[KEY];
    expect(heard.map((p) => [p.text, p.judged, p.count])).toEqual([
      ["Gero vakaro", "recommended", 3],
      ["Iki", "forbidden", 1],
      ["Iki pasimatymo", "recommended", 1],
    ]);
  });

  it("counts only the audits the reader may see: a shopper their own, a supervisor published ones of their departments", () => {
    const second = otherPhrasesHeard(db, loadSessionUser(db, secondShopper.id)!, "vmb-in-person")[KEY];
    expect(second.map((p) => [p.text, p.count])).toEqual([
      ["gero vakaro", 1],
      ["Iki pasimatymo", 1],
    ]);
    const supervisor = otherPhrasesHeard(db, org.session("supervisor"), "vmb-in-person")[KEY];
    expect(supervisor.map((p) => [p.text, p.count])).toEqual([["Gero vakaro!", 1]]);
    expect(otherPhrasesHeard(db, org.session("employee"), "vmb-in-person")[KEY]).toBeUndefined();
  });

  it("reaches the page through the loader", async () => {
    const result = await settle(() =>
      checklistLoader(
        routeArgs(getRequest("/checklists/vmb-in-person", { cookie: sessionFor(db, org.users.admin.id) }), { id: "vmb-in-person" }),
      ),
    );
    if (result instanceof Response) throw new Error(`status ${result.status}`);
    expect(result.otherPhrases[KEY][0]).toMatchObject({ text: "Gero vakaro", count: 3 });
  });
});
