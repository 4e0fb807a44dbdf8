// Request safety on the real built app: cross-site writes refused, security headers set.
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { ServerBuild } from "@remix-run/node";
import { beforeAll, describe, expect, it } from "vitest";
import { createAppHandler } from "../../server/app-handler";
import { isCrossSiteWrite } from "../../server/security";
import { testDb } from "../helpers/db";
import { getRequest, ORIGIN, postRequest } from "../helpers/requests";
import { makeUser, sessionFor, TEST_PASSWORD } from "../helpers/users";

let handle: (request: Request) => Promise<Response>;
let adminCookie: string;

beforeAll(async () => {
  const build = (await import(pathToFileURL(path.resolve("build/index.js")).href)) as ServerBuild;
  expect(fs.existsSync("build/index.js")).toBe(true);
  handle = createAppHandler(build, "production");
  const db = testDb();
  adminCookie = sessionFor(db, (await makeUser(db, "admin")).id);
});

describe("cross-site requests", () => {
  it("refuses a POST from another origin, and writes nothing", async () => {
    const response = await handle(
      postRequest(
        "/admin/departments/new",
        { code: "EVIL", name: "Evil" },
        { cookie: adminCookie, headers: { Origin: "https://evil.example" } },
      ),
    );
    expect(response.status).toBe(403);
    const list = await handle(getRequest("/admin/departments", { cookie: adminCookie }));
    expect(await list.text()).not.toContain("EVIL");
  });

  it("refuses a POST marked cross-site by Sec-Fetch-Site without Origin", async () => {
    const request = postRequest("/login", { email: "a@b.lt", password: TEST_PASSWORD });
    request.headers.delete("Origin");
    request.headers.set("Sec-Fetch-Site", "cross-site");
    expect((await handle(request)).status).toBe(403);
  });

  it("accepts a same-origin POST", async () => {
    const response = await handle(postRequest("/admin/departments/new", { code: "GOOD", name: "Geras skyrius" }, { cookie: adminCookie }));
    expect(response.status).toBe(302);
  });

  it("treats Origin: null (sandboxed frames, data: URLs) as cross-site", () => {
    const request = new Request(`${ORIGIN}/logout`, { method: "POST", headers: { Origin: "null" } });
    expect(isCrossSiteWrite(request)).toBe(true);
  });

  it("lets GET through whatever the origin", () => {
    const request = new Request(`${ORIGIN}/`, { headers: { Origin: "https://evil.example" } });
    expect(isCrossSiteWrite(request)).toBe(false);
  });
});

describe("security headers", () => {
  it("are on pages, with a fresh CSP nonce per request that the page's scripts carry", async () => {
    const first = await handle(getRequest("/login"));
    const second = await handle(getRequest("/login"));
    const csp = first.headers.get("Content-Security-Policy")!;
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    // No <style> element of anyone's making; style attributes only (recharts, React).
    expect(csp).toContain("style-src-elem 'self';");
    expect(csp).toContain("style-src-attr 'unsafe-inline'");
    const nonce = csp.match(/'nonce-([^']+)'/)![1];
    expect(nonce.length).toBeGreaterThanOrEqual(16);
    expect(second.headers.get("Content-Security-Policy")).not.toContain(nonce);
    const html = await first.text();
    expect(html).toContain(`nonce="${nonce}"`);
    expect(first.headers.get("X-Content-Type-Options")).toBe("nosniff");
    expect(first.headers.get("Referrer-Policy")).toBe("same-origin");
    expect(first.headers.get("Cache-Control")).toBe("no-store");
  });

  it("are on pages with personal data and on errors", async () => {
    const page = await handle(getRequest("/admin/departments", { cookie: adminCookie }));
    expect(page.headers.get("Cache-Control")).toBe("no-store");
    const missing = await handle(getRequest("/no-such-page", { cookie: adminCookie }));
    expect(missing.status).toBe(404);
    expect(missing.headers.get("Content-Security-Policy")).toContain("default-src 'self'");
  });

  it("health check answers JSON", async () => {
    const response = await handle(getRequest("/healthz"));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true });
  });
});
