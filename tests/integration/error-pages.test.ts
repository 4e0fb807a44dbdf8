// Error handling convention (docs/architecture.md): a request our pages never send is a
// thrown 400, shown by the one error boundary as a page in the user's language, never a
// bare "Bad Request" text. (Resource routes, which have no page, answer the bare status.)
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { ServerBuild } from "@remix-run/node";
import { beforeAll, describe, expect, it } from "vitest";
import { loadSessionUser } from "../../app/lib/auth.server";
import { createImportJob, settleJob } from "../../app/models/imports/jobs.server";
import { createAppHandler } from "../../server/app-handler";
import { testDb } from "../helpers/db";
import { postRequest } from "../helpers/requests";
import { makeUser, sessionFor } from "../helpers/users";

let handle: (request: Request) => Promise<Response>;
let admin: string;
let jobPath: string;

beforeAll(async () => {
  const build = (await import(pathToFileURL(path.resolve("build/index.js")).href)) as ServerBuild;
  handle = createAppHandler(build, "production");
  const db = testDb();
  const user = await makeUser(db, "admin");
  admin = sessionFor(db, user.id);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "etalonas-errors-")), "tuscias.csv");
  fs.writeFileSync(file, "external_ref\n");
  const job = createImportJob(loadSessionUser(db, user.id)!, "audits", file, "tuscias.csv");
  await settleJob(job, 10_000);
  jobPath = `/admin/import/${job.id}`;
});

async function page(request: Request) {
  const response = await handle(request);
  return { status: response.status, html: await response.text() };
}

describe("a request the pages never send", () => {
  it("is a 400 error page in Lithuanian, wherever it is refused", async () => {
    const cases = [
      postRequest("/checklists", { id: "" }, { cookie: admin }),
      postRequest(jobPath, { intent: "sudeginti" }, { cookie: admin }),
    ];
    for (const request of cases) {
      const { status, html } = await page(request);
      expect(status, request.url).toBe(400);
      expect(html, request.url).toContain("Netinkama užklausa");
      expect(html).toContain('lang="lt"');
    }
  });
});
