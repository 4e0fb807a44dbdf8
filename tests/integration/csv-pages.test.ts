import { count, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { action as uploadAction, loader as uploadLoader } from "../../app/routes/admin.import._index/route";
import { action as jobAction, loader as jobLoader } from "../../app/routes/admin.import.$jobId/route";
import { loader as exportCsv } from "../../app/routes/admin.export[.]csv";
import { loader as templateCsv } from "../../app/routes/checklists.$id.template[.]csv";
import { audits } from "../../db/schema";
import { testDb } from "../helpers/db";
import { getRequest, postRequest, settle } from "../helpers/requests";
import { makeUser, sessionFor } from "../helpers/users";
import { auditHeader, auditRow, csvText, csvWorld } from "./csv-fixtures";

const db = testDb();
let world: Awaited<ReturnType<typeof csvWorld>>;
let cookie = "";
beforeAll(async () => {
  world = await csvWorld(db);
  cookie = world.org.cookies.admin;
});

function upload(kind: string, text: string | null, name = "agentura.csv") {
  const form = new FormData();
  form.append("kind", kind);
  if (text !== null) form.append("file", new File([text], name, { type: "text/csv" }));
  return postRequest("/admin/import", form, { cookie });
}

async function jobIdFrom(response: unknown) {
  expect(response).toBeInstanceOf(Response);
  const location = (response as Response).headers.get("Location")!;
  expect(location).toMatch(/^\/admin\/import\/[0-9a-f-]{36}$/);
  return location.split("/").pop()!;
}

const loadJob = async (id: string, c = cookie) =>
  (await settle(() => jobLoader({ request: getRequest(`/admin/import/${id}`, { cookie: c }), params: { jobId: id }, context: {} }))) as
    Response | Awaited<ReturnType<typeof jobLoader>>;

describe("import pages", () => {
  it("shows the upload form with template links", async () => {
    const data = await uploadLoader({ request: getRequest("/admin/import", { cookie }), params: {}, context: {} });
    expect(data.checklists.map((c) => c.id)).toContain("kmsa-phone");
  });

  it("refuses an upload without a file", async () => {
    const result = (await uploadAction({ request: upload("audits", null), params: {}, context: {} })) as unknown as {
      data: { error: Record<string, string[]> };
      init: { status: number };
    };
    expect(result.data.error.file).toEqual(["csv.import.fileRequired"]);
    expect(result.init.status).toBe(400);
  });

  it("previews a file with bad rows and refuses to confirm it; the fixed file imports and enters review", async () => {
    const phone = world.checklist("kmsa-phone");
    const own = world.org.own.code;
    const bad = csvText([
      auditHeader(phone),
      auditRow(phone, { external_ref: "WEB-1", department_code: own }, { "kmsa.phone_talk.tone": "gal" }),
      auditRow(phone, { external_ref: "WEB-2", department_code: "NERA" }),
    ]);
    const id = await jobIdFrom(await settle(() => uploadAction({ request: upload("audits", bad), params: {}, context: {} })));
    const preview = (await loadJob(id)) as Awaited<ReturnType<typeof jobLoader>>;
    expect(preview.job).toMatchObject({ status: "ready", fileName: "agentura.csv" });
    expect(preview.job.report!.problems.map((p) => [p.line, p.column])).toEqual([
      [2, "kmsa.phone_talk.tone"],
      [3, "department_code"],
    ]);
    const refused = await settle(() =>
      jobAction({ request: postRequest(`/admin/import/${id}`, { intent: "confirm" }, { cookie }), params: { jobId: id }, context: {} }),
    );
    expect((refused as Response).status).toBe(302);
    expect(db.select({ n: count() }).from(audits).get()!.n).toBe(0);

    const fixed = bad.replace(";gal;", ";taip;").replace(";NERA;", `;${own};`);
    const id2 = await jobIdFrom(await settle(() => uploadAction({ request: upload("audits", fixed), params: {}, context: {} })));
    expect(((await loadJob(id2)) as Awaited<ReturnType<typeof jobLoader>>).job.report).toMatchObject({ create: 2, problemTotal: 0 });
    const done = await settle(() =>
      jobAction({ request: postRequest(`/admin/import/${id2}`, { intent: "confirm" }, { cookie }), params: { jobId: id2 }, context: {} }),
    );
    expect((done as Response).headers.get("Location")).toBe(`/admin/import/${id2}`);
    expect(((await loadJob(id2)) as Awaited<ReturnType<typeof jobLoader>>).job).toMatchObject({ status: "done", report: { create: 2 } });
    expect(
      db
        .select()
        .from(audits)
        .all()
        .map((a) => [a.externalRef, a.state]),
    ).toEqual([
      ["WEB-1", "submitted"],
      ["WEB-2", "submitted"],
    ]);
  });

  it("publishes when the box is ticked, and another admin cannot see the job", async () => {
    const phone = world.checklist("kmsa-phone");
    const file = csvText([auditHeader(phone), auditRow(phone, { external_ref: "WEB-3", department_code: world.org.own.code })]);
    const id = await jobIdFrom(await settle(() => uploadAction({ request: upload("audits", file), params: {}, context: {} })));
    const otherAdmin = await makeUser(db, "admin");
    expect(((await loadJob(id, sessionFor(db, otherAdmin.id))) as Response).status).toBe(404);
    await settle(() =>
      jobAction({
        request: postRequest(`/admin/import/${id}`, { intent: "confirm", publish: "on" }, { cookie }),
        params: { jobId: id },
        context: {},
      }),
    );
    expect(db.select().from(audits).where(eq(audits.externalRef, "WEB-3")).get()!.state).toBe("published");
  });

  it("imports a roster through the same pages", async () => {
    const roster = "skyriaus_kodas;skyrius;vardas;pavarde;pareigos\nWEB;Interneto skyrius;Rūta;Žilienė;Specialistė\n";
    const id = await jobIdFrom(await settle(() => uploadAction({ request: upload("roster", roster), params: {}, context: {} })));
    await settle(() =>
      jobAction({ request: postRequest(`/admin/import/${id}`, { intent: "confirm" }, { cookie }), params: { jobId: id }, context: {} }),
    );
    expect(((await loadJob(id)) as Awaited<ReturnType<typeof jobLoader>>).job.report).toMatchObject({
      create: 1,
      departments: { create: 1 },
    });
  });
});

describe("download routes", () => {
  it("sends a checklist's template, and 404 for an unknown checklist", async () => {
    const response = (await templateCsv({
      request: getRequest("/checklists/kmsa-phone/template.csv", { cookie }),
      params: { id: "kmsa-phone" },
      context: {},
    })) as Response;
    expect(response.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("Content-Disposition")).toContain("sablonas-kmsa-phone.csv");
    const text = await response.text();
    expect(text.split("\r\n")).toHaveLength(3);
    expect(text).toContain("kmsa.phone_in.rings;kmsa.phone_in.rings:comment;");
    const missing = await settle(() =>
      templateCsv({ request: getRequest("/checklists/nera/template.csv", { cookie }), params: { id: "nera" }, context: {} }),
    );
    expect((missing as Response).status).toBe(404);
  });

  it("streams the export for leadership and sends a wrong filter back to the form", async () => {
    const leadership = world.org.cookies.leadership;
    const response = (await exportCsv({
      request: getRequest("/admin/export.csv?from=2026-01-01&to=2026-12-31&separator=comma", { cookie: leadership }),
      params: {},
      context: {},
    })) as Response;
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    expect(text.startsWith("external_ref,checklist_id,")).toBe(true);
    expect(text).toContain("WEB-1,kmsa-phone");
    const back = await settle(() =>
      exportCsv({
        request: getRequest("/admin/export.csv?from=2026-12-31&to=2026-01-01", { cookie: leadership }),
        params: {},
        context: {},
      }),
    );
    expect((back as Response).headers.get("Location")).toMatch(/^\/admin\/export\?.*invalid=1/);
  });
});
