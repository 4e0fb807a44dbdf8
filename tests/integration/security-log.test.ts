// The security event log: append-only in the database, written by sign-in, sign-out, the
// administrators' changes, two-factor sign-in and refused access; read per organisation
// (the platform administrator: all, and the events of no organisation), filtered, paged,
// exported as CSV. Refused access is logged by the request handler, so those cases run on
// the built app (npx remix build first).
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { ServerBuild } from "@remix-run/node";
import { desc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { SecurityEventType } from "../../app/domain/security-log/events";
import { loadSessionUser } from "../../app/lib/auth.server";
import { countSecurityEvents, listSecurityEvents } from "../../app/models/security-log/list.server";
import { recordSecurityEvent } from "../../app/models/security-log/record.server";
import { loader as csvLoader } from "../../app/routes/admin.security-log[.]csv";
import { loader as pageLoader } from "../../app/routes/admin.security-log/route";
import { action as userAction } from "../../app/routes/admin.users.$id/route";
import { loader as auditExport } from "../../app/routes/admin.export[.]csv";
import { action as loginAction } from "../../app/routes/login";
import { action as logoutAction } from "../../app/routes/logout";
import { createAppHandler } from "../../server/app-handler";
import { securityEvents } from "../../db/schema";
import { testDb } from "../helpers/db";
import { getRequest, postRequest, routeArgs, settle } from "../helpers/requests";
import { makeOrg, makeOrganisation, makeUser, sessionFor, TEST_PASSWORD } from "../helpers/users";

const db = testDb();
let org: Awaited<ReturnType<typeof makeOrganisation>>;
let otherOrgId: number;
let otherAdmin: Awaited<ReturnType<typeof makeUser>>;
let platform: Awaited<ReturnType<typeof makeUser>>;
let handle: (request: Request) => Promise<Response>;

beforeAll(async () => {
  org = await makeOrganisation(db);
  otherOrgId = makeOrg(db, "LOG2");
  otherAdmin = await makeUser(db, "admin", { orgId: otherOrgId });
  platform = await makeUser(db, "platform_admin");
  const build = (await import(pathToFileURL(path.resolve("build/index.js")).href)) as ServerBuild;
  handle = createAppHandler(build, "production");
});

const last = (type: SecurityEventType) =>
  db.select().from(securityEvents).where(eq(securityEvents.type, type)).orderBy(desc(securityEvents.id)).get();
const reader = (id: number) => loadSessionUser(db, id)!;
const signIn = (email: string, password: string, ip = "198.51.100.60") =>
  settle(() => loginAction(routeArgs(postRequest("/login", { email, password }, { ip }))));

describe("the table", () => {
  it("refuses UPDATE and DELETE", () => {
    recordSecurityEvent(db, null, { type: "export", orgId: org.orgId, detail: "test" });
    const row = last("export")!;
    expect(() => db.update(securityEvents).set({ detail: "changed" }).where(eq(securityEvents.id, row.id)).run()).toThrow(/append-only/);
    expect(() => db.delete(securityEvents).where(eq(securityEvents.id, row.id)).run()).toThrow(/append-only/);
    expect(last("export")!.detail).toBe("test");
  });
});

describe("what is logged", () => {
  it("sign-ins, failures (of an unknown e-mail: with no organisation), throttling and sign-out", async () => {
    const user = org.users.supervisor;
    await signIn(user.email, TEST_PASSWORD);
    expect(last("sign_in")).toMatchObject({ orgId: org.orgId, userId: user.id, ip: "198.51.100.60" });
    await signIn(user.email, "wrong password");
    expect(last("sign_in_failed")).toMatchObject({ orgId: org.orgId, userId: user.id });
    await signIn("nobody@nowhere.lt", "wrong password");
    expect(last("sign_in_failed")).toMatchObject({ orgId: null, userId: null, detail: "nobody@nowhere.lt" });
    for (let i = 0; i < 6; i += 1) await signIn("guessed@nowhere.lt", "wrong password", "198.51.100.61");
    expect(last("sign_in_throttled")).toMatchObject({ orgId: null, detail: "guessed@nowhere.lt", ip: "198.51.100.61" });
    await settle(() => logoutAction(routeArgs(postRequest("/logout", {}, { cookie: sessionFor(db, user.id) }))));
    expect(last("sign_out")).toMatchObject({ orgId: org.orgId, userId: user.id });
  });

  it("an administrator's role, department and activity changes, each as its own event", async () => {
    const target = await makeUser(db, "supervisor", { departmentIds: [org.own.id] });
    const form = { email: target.email, name: target.name, role: "leadership", active: "on" };
    const response = await settle(() =>
      userAction(routeArgs(postRequest(`/admin/users/${target.id}`, form, { cookie: org.cookies.admin }), { id: String(target.id) })),
    );
    expect((response as Response).status).toBe(302);
    expect(last("role_changed")).toMatchObject({ userId: target.id, actorId: org.users.admin.id, detail: "supervisor → leadership" });
    expect(last("scope_changed")).toMatchObject({ userId: target.id, detail: `departments ${org.own.id} → —` });
    await settle(() =>
      userAction(
        routeArgs(postRequest(`/admin/users/${target.id}`, { ...form, active: "" }, { cookie: org.cookies.admin }), {
          id: String(target.id),
        }),
      ),
    );
    expect(last("user_deactivated")).toMatchObject({ orgId: org.orgId, userId: target.id, actorId: org.users.admin.id });
  });

  it("exports of audits and dashboard tables", async () => {
    const exported = await settle(() =>
      auditExport(routeArgs(getRequest("/admin/export.csv?from=2025-01-01&to=2025-12-31", { cookie: org.cookies.admin }))),
    );
    expect((exported as Response).status).toBe(200);
    expect(last("export")).toMatchObject({ orgId: org.orgId, userId: org.users.admin.id, detail: "audits 2025-01-01–2025-12-31" });
  });

  it("refused access: a 403 of a role, a 404 of another organisation's object; not an unknown page", async () => {
    const before = countSecurityEvents(db, reader(platform.id), { type: "access_denied" });
    expect((await handle(getRequest("/admin/users", { cookie: org.cookies.supervisor }))).status).toBe(403);
    expect(last("access_denied")).toMatchObject({ orgId: org.orgId, userId: org.users.supervisor.id, detail: "403 GET /admin/users" });
    const foreign = `/admin/users/${org.users.employee.id}`;
    expect((await handle(getRequest(foreign, { cookie: sessionFor(db, otherAdmin.id) }))).status).toBe(404);
    expect(last("access_denied")).toMatchObject({ orgId: otherOrgId, userId: otherAdmin.id, detail: `404 GET ${foreign}` });
    expect((await handle(getRequest("/no/such/page", { cookie: org.cookies.admin }))).status).toBe(404);
    expect(countSecurityEvents(db, reader(platform.id), { type: "access_denied" })).toBe(before + 2);
  });
});

describe("reading it", () => {
  it("shows an administrator their organisation's events only; the platform administrator all, with those of none", () => {
    const own = listSecurityEvents(db, reader(org.users.admin.id), {}, 1);
    expect(own.length).toBeGreaterThan(0);
    expect(own.every((e) => e.orgCode === "TEST")).toBe(true);
    const other = listSecurityEvents(db, reader(otherAdmin.id), {}, 1);
    expect(other.every((e) => e.orgCode === "LOG2")).toBe(true);
    const all = countSecurityEvents(db, reader(platform.id), {});
    expect(all).toBe(db.select().from(securityEvents).all().length);
    expect(listSecurityEvents(db, reader(platform.id), { user: "nobody@nowhere" }, 1)[0]).toMatchObject({
      orgCode: null,
      type: "sign_in_failed",
    });
    expect(countSecurityEvents(db, reader(org.users.admin.id), { user: "nobody@nowhere" })).toBe(0);
    expect(countSecurityEvents(db, reader(org.users.leadership.id), {})).toBe(0);
  });

  it("filters by type, user and Vilnius days, 50 a page, newest first, from the URL", async () => {
    const admin = reader(org.users.admin.id);
    const day = Date.UTC(2025, 0, 15, 10);
    for (let i = 0; i < 60; i += 1)
      recordSecurityEvent(db, null, { type: "export", orgId: org.orgId, userId: org.users.employee.id, detail: `batch ${i}` }, day + i);
    const filter = { type: "export" as const, user: org.users.employee.email.toUpperCase(), from: "2025-01-15", to: "2025-01-15" };
    expect(countSecurityEvents(db, admin, filter)).toBe(60);
    expect(countSecurityEvents(db, admin, { ...filter, from: "2025-01-16", to: undefined })).toBe(0);
    const page = (await pageLoader(
      routeArgs(
        getRequest(`/admin/security-log?type=export&user=${encodeURIComponent(filter.user)}&from=2025-01-15&to=2025-01-15&page=2`, {
          cookie: org.cookies.admin,
        }),
      ),
    )) as { rows: { detail: string }[]; total: number; page: number };
    expect(page).toMatchObject({ total: 60, page: 2 });
    expect(page.rows.map((r) => r.detail)).toEqual(Array.from({ length: 10 }, (_, i) => `batch ${9 - i}`));
    // A filter that cannot be read is ignored, not an error.
    const lenient = (await pageLoader(
      routeArgs(getRequest("/admin/security-log?type=nonsense&from=yesterday", { cookie: org.cookies.admin })),
    )) as { total: number };
    expect(lenient.total).toBe(countSecurityEvents(db, admin, {}));
  });

  it("exports the selection as CSV (BOM, ';', formula-safe) and logs the export", async () => {
    await signIn('=HYPERLINK("http://evil")@x.lt', "wrong password", "198.51.100.62");
    const response = (await csvLoader(
      routeArgs(getRequest("/admin/security-log.csv?type=sign_in_failed", { cookie: sessionFor(db, platform.id) })),
    )) as Response;
    expect(response.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    const bytes = Buffer.from(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString("utf8");
    expect(text.startsWith("\uFEFFlaikas;ivykis;organizacija;naudotojas;atliko;ip_adresas;issamiau\r\n")).toBe(true);
    // The e-mail is stored as typed (lower-cased); the cell cannot start a formula.
    expect(text).toContain(`;"'=hyperlink(""http://evil"")@x.lt"`);
    expect(text.split("\r\n").filter(Boolean).length).toBe(countSecurityEvents(db, reader(platform.id), { type: "sign_in_failed" }) + 1);
    expect(last("export")).toMatchObject({ orgId: null, userId: platform.id, detail: expect.stringMatching(/^security log: \d+$/) });
  });
});
