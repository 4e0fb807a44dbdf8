// The probe's request-level cases (issue 15) through the real pipeline (server/app-handler.ts
// on the built app): redirects after sign-in, body limits, non-form bodies, import errors.
import type { AddressInfo } from "node:net";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { ServerBuild } from "@remix-run/node";
import express from "express";
import { beforeAll, describe, expect, it } from "vitest";
import { createAppHandler } from "../../server/app-handler";
import { FORM_BODY_LIMIT, UPLOAD_BODY_LIMIT } from "../../server/request-body";
import { serveStaticFiles } from "../../server/static-files";
import { testDb } from "../helpers/db";
import { getRequest, ORIGIN, postRequest } from "../helpers/requests";
import { makeUser, sessionFor, TEST_PASSWORD } from "../helpers/users";

let handle: (request: Request) => Promise<Response>;
let email = "";
let adminCookie = "";

beforeAll(async () => {
  const build = (await import(pathToFileURL(path.resolve("build/index.js")).href)) as ServerBuild;
  handle = createAppHandler(build, "production");
  const db = testDb();
  email = (await makeUser(db, "leadership")).email;
  adminCookie = sessionFor(db, (await makeUser(db, "admin")).id);
});

let ip = 0;
const signIn = (redirectTo: string) =>
  handle(
    postRequest(
      `/login?redirectTo=${encodeURIComponent(redirectTo)}`,
      { email, password: TEST_PASSWORD, redirectTo },
      { ip: `198.51.100.${++ip}` },
    ),
  );

/** A same-origin POST with a raw body (what a script, not a browser form, can send). */
function rawPost(pathname: string, body: BodyInit | null, headers: Record<string, string> = {}) {
  const init: RequestInit & { duplex?: "half" } = {
    method: "POST",
    headers: { Origin: ORIGIN, Host: new URL(ORIGIN).host, "X-Etalonas-Client-Ip": "203.0.113.50", ...headers },
    body,
  };
  if (body instanceof ReadableStream) init.duplex = "half";
  return new Request(ORIGIN + pathname, init);
}

/** A body streamed in 64 KiB chunks without a Content-Length (chunked transfer). */
function chunked(total: number): ReadableStream<Uint8Array> {
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent >= total) return controller.close();
      const chunk = new Uint8Array(Math.min(65536, total - sent)).fill(0x61);
      sent += chunk.length;
      controller.enqueue(chunk);
    },
  });
}

describe("redirect after sign-in", () => {
  it("does not follow the probe's tab trick or other sites", async () => {
    for (const to of ["/\t/evil.example/phish", "//evil.example", "/\\evil.example", "/%2F/evil.example", "/evil.example/phish"]) {
      const response = await signIn(to);
      expect(response.status).toBe(302);
      expect(response.headers.get("Location")).toBe("/");
    }
  });

  it("follows a page of the app", async () => {
    const response = await signIn("/audits?status=draft");
    expect(response.headers.get("Location")).toBe("/audits?status=draft");
  });
});

describe("request body limits", () => {
  it("refuses a declared Content-Length above the form limit with 413, before sign-in", async () => {
    const response = await handle(
      rawPost("/login", chunked(FORM_BODY_LIMIT + 1), {
        "Content-Type": "application/x-www-form-urlencoded",
        "Content-Length": String(250 * 1024 * 1024),
      }),
    );
    expect(response.status).toBe(413);
    expect(response.headers.get("Connection")).toBe("close");
  });

  it("refuses a chunked body that grows past the limit with 413", async () => {
    const response = await handle(
      rawPost("/login", chunked(FORM_BODY_LIMIT + 100_000), { "Content-Type": "application/x-www-form-urlencoded" }),
    );
    expect(response.status).toBe(413);
  });

  it("gives the CSV upload its own, larger limit", async () => {
    const response = await handle(
      rawPost("/admin/import", chunked(10), {
        "Content-Type": "multipart/form-data; boundary=x",
        "Content-Length": String(UPLOAD_BODY_LIMIT + 1),
        Cookie: adminCookie,
      }),
    );
    expect(response.status).toBe(413);
    expect(UPLOAD_BODY_LIMIT).toBeGreaterThan(FORM_BODY_LIMIT);
  });

  it("lets a normal sign-in through", async () => {
    expect((await signIn("/")).status).toBe(302);
  });
});

describe("bodies that are not forms", () => {
  it("answers 415 to JSON, text and no content type, not 500", async () => {
    const json = await handle(
      rawPost("/login", JSON.stringify({ email, password: TEST_PASSWORD }), { "Content-Type": "application/json" }),
    );
    const text = await handle(rawPost("/login", "email=x", { "Content-Type": "text/plain" }));
    const none = await handle(rawPost("/login", null));
    expect([json.status, text.status, none.status]).toEqual([415, 415, 415]);
  });

  it("answers 400 to an import without a file or with an empty one", async () => {
    const noFile = new FormData();
    noFile.append("kind", "audits");
    const empty = new FormData();
    empty.append("kind", "audits");
    empty.append("file", new File([], "tuscias.csv", { type: "text/csv" }));
    // What a browser sends when no file was chosen: an empty part without a file name.
    const notChosen = new FormData();
    notChosen.append("kind", "audits");
    notChosen.append("file", new File([], "", { type: "application/octet-stream" }));
    for (const [form, key] of [
      [noFile, "fileRequired"],
      [empty, "fileEmpty"],
      [notChosen, "fileRequired"],
    ] as const) {
      const response = await handle(postRequest("/admin/import", form, { cookie: adminCookie }));
      expect(response.status).toBe(400);
      // The action's answer reaches the browser's data too (an uploaded File in it could not be serialised).
      expect(await response.text()).toContain(`csv.import.${key}`);
    }
  });
});

describe("static files and HTTPS", () => {
  it("serves public files with nosniff", async () => {
    const app = express();
    serveStaticFiles(app);
    const server = app.listen(0, "127.0.0.1");
    await new Promise((resolve) => server.once("listening", resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const response = await fetch(`http://127.0.0.1:${port}/favicon.svg`);
      expect(response.status).toBe(200);
      expect(response.headers.get("X-Content-Type-Options")).toBe("nosniff");
    } finally {
      server.close();
    }
  });

  it("sends HSTS on pages served over HTTPS only", async () => {
    const secure = await handle(new Request("https://etalonas.test/login", { headers: { Host: "etalonas.test" } }));
    expect(secure.headers.get("Strict-Transport-Security")).toBe("max-age=31536000");
    expect((await handle(getRequest("/login"))).headers.get("Strict-Transport-Security")).toBeNull();
  });
});
