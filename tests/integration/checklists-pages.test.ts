// /checklists and /checklists/$id: who reads what, the admin's activate/deactivate, languages.
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../app/db.server";
import { loadChecklistFiles, type LoadedChecklist } from "../../app/domain/checklists/load.server";
import { readFlash } from "../../app/lib/flash.server";
import { syncChecklists } from "../../app/models/checklists/sync.server";
import { action as listAction, loader as listLoader } from "../../app/routes/checklists._index/route";
import { loader as detailLoader } from "../../app/routes/checklists.$id/route";
import { ROLES, type Role } from "../../db/schema";
import { testDb } from "../helpers/db";
import { getRequest, postRequest, settle, routeArgs as args } from "../helpers/requests";
import { makeOrganisation, makeUser, sessionFor } from "../helpers/users";

let db: Db;
let cookies: Record<Role, string>;
let loaded: LoadedChecklist[];
let shopperChecklist: LoadedChecklist;
let supervisorOnly: LoadedChecklist;

async function list(role: Role) {
  const result = await settle(() => listLoader(args(getRequest("/checklists", { cookie: cookies[role] }))));
  if (result instanceof Response) throw new Error(`list loader answered ${result.status}`);
  return result.checklists;
}

async function detail(role: Role | string, id: string) {
  const cookie = ROLES.includes(role as Role) ? cookies[role as Role] : role;
  return settle(() => detailLoader(args(getRequest(`/checklists/${id}`, { cookie }), { id })));
}

async function toggle(cookie: string, id: string, active: boolean) {
  const request = postRequest("/checklists?index", { id, active: String(active) }, { cookie });
  return settle(() => listAction(args(request)));
}

beforeAll(async () => {
  db = testDb();
  loaded = loadChecklistFiles();
  syncChecklists(db, loaded);
  // Every role: the organisation's five and the two above the organisations.
  cookies = { ...(await makeOrganisation(db)).cookies };
  for (const role of ["platform_admin", "programme_viewer"] as const) cookies[role] = sessionFor(db, (await makeUser(db, role)).id);
  const forShopper = loaded.find((l) => l.checklist.audit_types.includes("mystery_shopper"));
  const onlySupervisor = loaded.find((l) => l.checklist.audit_types.join() === "supervisor");
  if (!forShopper || !onlySupervisor) throw new Error("the checklist files need a mystery-shopper and a supervisor-only checklist");
  shopperChecklist = forShopper;
  supervisorOnly = onlySupervisor;
});

describe("/checklists", () => {
  it("lists every active checklist to every role but the mystery shopper", async () => {
    for (const role of ["admin", "leadership", "supervisor", "employee"] as const) {
      const ids = (await list(role)).map((c) => c.id);
      expect(ids.sort(), role).toEqual(loaded.map((l) => l.checklist.id).sort());
    }
  });

  it("lists only mystery-shopper checklists to the mystery shopper", async () => {
    const ids = (await list("mystery_shopper")).map((c) => c.id);
    const expected = loaded.filter((l) => l.checklist.audit_types.includes("mystery_shopper")).map((l) => l.checklist.id);
    expect(ids.sort()).toEqual(expected.sort());
    expect(ids).not.toContain(supervisorOnly.checklist.id);
  });

  it("summarises each checklist from its current version", async () => {
    const summary = (await list("leadership")).find((c) => c.id === shopperChecklist.checklist.id);
    const c = shopperChecklist.checklist;
    expect(summary).toMatchObject({
      standard: c.standard,
      active: true,
      versionId: shopperChecklist.hash,
      title: c.title,
      channels: c.channels,
      auditTypes: c.audit_types,
      passMark: c.pass_mark,
      sectionCount: c.sections.length,
      itemCount: c.sections.flatMap((s) => s.items).length,
    });
  });

  it("sends the signed-out visitor to sign in", async () => {
    const response = await settle(() => listLoader(args(getRequest("/checklists"))));
    expect(response).toBeInstanceOf(Response);
    expect((response as Response).headers.get("Location")).toBe("/login?redirectTo=%2Fchecklists");
  });
});

describe("/checklists/$id", () => {
  it("shows a mystery-shopper checklist to every role", async () => {
    for (const role of ROLES) {
      const data = await detail(role, shopperChecklist.checklist.id);
      expect(data, role).not.toBeInstanceOf(Response);
    }
  });

  it("is a 404 for the mystery shopper on a supervisor-only checklist, and readable by the others", async () => {
    const response = await detail("mystery_shopper", supervisorOnly.checklist.id);
    expect((response as Response).status).toBe(404);
    for (const role of ["admin", "leadership", "supervisor", "employee"] as const) {
      expect(await detail(role, supervisorOnly.checklist.id), role).not.toBeInstanceOf(Response);
    }
  });

  it("is a 404 for an unknown checklist", async () => {
    expect(((await detail("admin", "vmb-no-such-checklist")) as Response).status).toBe(404);
  });

  it("gives every item's text, guidance, type, flags and citations in the user's language", async () => {
    const c = shopperChecklist.checklist;
    const lt = await detail("leadership", c.id);
    if (lt instanceof Response) throw lt;
    expect(lt.checklist.title).toBe(c.title.lt);
    expect(lt.versionId).toBe(shopperChecklist.hash);
    expect(lt.canDownloadTemplate).toBe(true);
    const first = c.sections[0].items[0];
    expect(lt.checklist.sections[0].items[0]).toMatchObject({
      key: first.key,
      type: first.type,
      text: first.text.lt,
      guidance: first.guidance.lt,
      weight: first.weight,
      critical: first.critical,
      naAllowed: first.na_allowed,
      commentRequired: first.comment_required_on_fail,
      source: first.source.map((id) => expect.objectContaining({ id })),
    });

    const english = await makeUser(db, "employee");
    db.$client.prepare("update users set locale = 'en' where id = ?").run(english.id);
    const en = await detail(sessionFor(db, english.id), c.id);
    if (en instanceof Response) throw en;
    expect(en.canDownloadTemplate).toBe(false);
    expect(en.checklist.title).toBe(c.title.en);
    const allEn = en.checklist.sections.flatMap((s) => s.items);
    const allSource = c.sections.flatMap((s) => s.items);
    expect(allEn.map((i) => i.text)).toEqual(allSource.map((i) => i.text.en));
    expect(allEn.map((i) => i.guidance)).toEqual(allSource.map((i) => i.guidance.en));
    expect(en.checklist.sections.map((s) => s.title)).toEqual(c.sections.map((s) => s.title.en));
  });

  it("carries measure thresholds and exact phrase lists", async () => {
    const all = loaded.flatMap((l) => l.checklist.sections.flatMap((s) => s.items.map((item) => ({ id: l.checklist.id, item }))));
    const measure = all.find((x) => x.item.type === "measure");
    const phrase = all.find((x) => x.item.type === "phrase");
    if (!measure || measure.item.type !== "measure" || !phrase || phrase.item.type !== "phrase")
      throw new Error("no measure or phrase item");
    const m = await detail("admin", measure.id);
    const p = await detail("admin", phrase.id);
    if (m instanceof Response || p instanceof Response) throw new Error("not readable");
    const mView = m.checklist.sections.flatMap((s) => s.items).find((i) => i.key === measure.item.key);
    const pView = p.checklist.sections.flatMap((s) => s.items).find((i) => i.key === phrase.item.key);
    const limit = measure.item.threshold;
    expect(mView?.measure).toEqual({
      unit: measure.item.unit,
      threshold: limit.max !== undefined ? { kind: "max", value: limit.max } : { kind: "min", value: limit.min },
    });
    expect(pView?.phrases).toMatchObject({ requireRecommended: phrase.item.phrases.require_recommended });
    expect(pView?.phrases?.recommended.map((v) => v.text)).toEqual(phrase.item.phrases.recommended);
    expect(pView?.phrases?.forbidden.map((v) => v.text)).toEqual(phrase.item.phrases.forbidden);
  });

  it("shows a corrected phrase with the standard's own text, and guidance for confusable phrases", async () => {
    const data = await detail("admin", "kmsa-conflict");
    if (data instanceof Response) throw new Error("not readable");
    const apology = data.checklist.sections.flatMap((s) => s.items).find((i) => i.key === "kmsa.conflict.apology_phrase");
    expect(apology?.phrases?.recommended[0]).toEqual({ text: "Atsiprašu, kad...", shownAs: "Atsiprašau, kad..." });
    const greet = await detail("admin", "vmb-in-person");
    if (greet instanceof Response) throw new Error("not readable");
    const labas = greet.checklist.sections
      .flatMap((s) => s.items)
      .find((i) => i.key === "vmb.greet.phrase")
      ?.phrases?.forbidden.find((p) => p.text === "Labas");
    expect(labas?.guidance).toContain("Labas rytas");
  });
});

describe("activating and deactivating", () => {
  it("is for the admin only", async () => {
    for (const role of ["leadership", "supervisor", "mystery_shopper", "employee"] as const) {
      const response = await toggle(cookies[role], shopperChecklist.checklist.id, false);
      expect((response as Response).status, role).toBe(403);
    }
    expect((await list("leadership")).map((c) => c.id)).toContain(shopperChecklist.checklist.id);
  });

  it("hides a deactivated checklist from everyone but the admin, and brings it back", async () => {
    const id = shopperChecklist.checklist.id;
    const off = (await toggle(cookies.admin, id, false)) as Response;
    expect(off.status).toBe(302);
    expect(off.headers.get("Location")).toBe("/checklists");
    const flash = readFlash(new Request("http://x", { headers: { Cookie: off.headers.get("Set-Cookie")!.split(";")[0] } })).flash;
    expect(flash).toEqual({ key: "checklists.deactivated", params: { title: shopperChecklist.checklist.title.lt } });

    for (const role of ["leadership", "supervisor", "mystery_shopper", "employee"] as const) {
      expect(
        (await list(role)).map((c) => c.id),
        role,
      ).not.toContain(id);
      expect(((await detail(role, id)) as Response).status, role).toBe(404);
    }
    const forAdmin = (await list("admin")).find((c) => c.id === id);
    expect(forAdmin?.active).toBe(false);
    const adminDetail = await detail("admin", id);
    expect(adminDetail).not.toBeInstanceOf(Response);
    expect((adminDetail as { active: boolean }).active).toBe(false);

    const on = (await toggle(cookies.admin, id, true)) as Response;
    expect(on.status).toBe(302);
    expect((await list("employee")).map((c) => c.id)).toContain(id);
  });

  it("rejects an unknown checklist with 404 and a malformed form with 400", async () => {
    expect(((await toggle(cookies.admin, "vmb-no-such-checklist", false)) as Response).status).toBe(404);
    const bad = postRequest("/checklists?index", { id: shopperChecklist.checklist.id, active: "maybe" }, { cookie: cookies.admin });
    expect(((await settle(() => listAction(args(bad)))) as Response).status).toBe(400);
  });
});
