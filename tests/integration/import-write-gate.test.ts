// A CSV import writes on its own connection and holds the write lock across awaits. A write
// request arriving meanwhile must wait for the import and then succeed, not block the event
// loop in SQLite's busy handler (which would freeze the server and fail after busy_timeout);
// reading pages go on being served.
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { ServerBuild } from "@remix-run/node";
import { beforeAll, describe, expect, it } from "vitest";
import { openImportConnection, withFileTransaction } from "../../app/models/imports/transaction.server";
import { createAppHandler } from "../../server/app-handler";
import { testDb } from "../helpers/db";
import { getRequest, postRequest } from "../helpers/requests";
import { makeUser, sessionFor, testOrgId } from "../helpers/users";
import { auditHeader, auditRow, csvText, csvWorld } from "./csv-fixtures";

let handle: (request: Request) => Promise<Response>;
let adminCookie: string;
let orgId: number;
let world: Awaited<ReturnType<typeof csvWorld>>;

beforeAll(async () => {
  const build = (await import(pathToFileURL(path.resolve("build/index.js")).href)) as ServerBuild;
  handle = createAppHandler(build, "production");
  const db = testDb();
  orgId = testOrgId(db);
  adminCookie = sessionFor(db, (await makeUser(db, "admin")).id);
  world = await csvWorld(db);
});

const departmentCodes = () =>
  (testDb().$client.prepare("SELECT code FROM departments ORDER BY code").all() as { code: string }[]).map((d) => d.code);

describe("a write request during an import", () => {
  it("waits for the import to commit, then succeeds; reads are served meanwhile", async () => {
    const importDb = openImportConnection();
    let release!: () => void;
    const released = new Promise<void>((r) => (release = r));
    const importing = withFileTransaction(importDb, async () => {
      importDb.$client.prepare("INSERT INTO departments (org_id, code, name) VALUES (?, 'IMP', 'Importuotas skyrius')").run(orgId);
      await released;
      return true;
    });

    let answered: Response | null = null;
    const write = handle(postRequest("/admin/departments/new", { code: "WGT", name: "Rašymo skyrius" }, { cookie: adminCookie })).then(
      (r) => (answered = r),
    );
    const read = await handle(getRequest("/admin/departments", { cookie: adminCookie }));
    expect(read.status).toBe(200);
    await new Promise((r) => setTimeout(r, 100));
    expect(answered).toBeNull();

    const releasedAt = performance.now();
    release();
    await importing;
    const response = await write;
    // Well under busy_timeout (5 s): the request waited for the import, not for SQLite.
    expect(performance.now() - releasedAt).toBeLessThan(2000);
    expect(response.status).toBe(302);
    expect(departmentCodes()).toEqual(expect.arrayContaining(["IMP", "WGT"]));
    importDb.$client.close();
  });

  it("confirming an import through the web answers as soon as a small file is written", async () => {
    const cookie = world.org.cookies.admin;
    const phone = world.checklist("kmsa-phone");
    const text = csvText([auditHeader(phone), auditRow(phone, { external_ref: "GATE-1", department_code: world.org.own.code })]);
    const form = new FormData();
    form.append("kind", "audits");
    form.append("file", new File([text], "vartai.csv", { type: "text/csv" }));
    const uploaded = await handle(postRequest("/admin/import", form, { cookie }));
    const job = uploaded.headers.get("Location")!;
    expect(job).toMatch(/^\/admin\/import\/[0-9a-f-]{36}$/);

    // The confirming request waits (up to 3 s) for the import it starts; the import must not
    // wait for that request in turn.
    const started = performance.now();
    const confirmed = await handle(postRequest(job, { intent: "confirm" }, { cookie }));
    expect(performance.now() - started).toBeLessThan(2000);
    expect(confirmed.status).toBe(302);
    const page = await (await handle(getRequest(job, { cookie }))).text();
    expect(page).toContain("vartai.csv");
    expect(testDb().$client.prepare("SELECT count(*) AS n FROM audits WHERE external_ref = 'GATE-1'").get()).toEqual({ n: 1 });
  });

  it("an upload still arriving (it writes nothing to the database) does not hold back an import", async () => {
    const phone = world.checklist("kmsa-phone");
    const form = new FormData();
    form.append("kind", "audits");
    form.append("file", new File([csvText([auditHeader(phone)])], "letas.csv", { type: "text/csv" }));
    // The multipart body arrives in two parts; the second one only when the test says so.
    const multipart = new Response(form);
    const bytes = new Uint8Array(await multipart.arrayBuffer());
    let finish!: () => void;
    const rest = new Promise<void>((r) => (finish = r));
    const body = new ReadableStream<Uint8Array>({
      async start(controller) {
        controller.enqueue(bytes.slice(0, 40));
        await rest;
        controller.enqueue(bytes.slice(40));
        controller.close();
      },
    });
    const template = postRequest("/admin/import", {}, { cookie: world.org.cookies.admin });
    template.headers.set("Content-Type", multipart.headers.get("Content-Type")!);
    const slowUpload = handle(
      new Request(template.url, { method: "POST", headers: template.headers, body, duplex: "half" } as RequestInit),
    );
    await new Promise((r) => setTimeout(r, 50));

    const importDb = openImportConnection();
    let wrote = false;
    await withFileTransaction(importDb, async () => {
      wrote = true;
      return false;
    });
    expect(wrote).toBe(true); // the import ran while the upload was still arriving
    importDb.$client.close();
    finish();
    expect((await slowUpload).status).toBe(302);
  });
});
