// Uploaded CSV files hold personal data (issue 15, defect 5): a private folder beside the
// database (0700), files readable by the server's account only (0600), deleted as soon as
// no job can use them, and swept at start-up.
import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { databasePath } from "../../app/db.server";
import { getImportJob, settleJob, sweepUploads, uploadDirectory } from "../../app/models/imports/jobs.server";
import { action as uploadAction } from "../../app/routes/admin.import._index/route";
import { action as jobAction } from "../../app/routes/admin.import.$jobId/route";
import { testDb } from "../helpers/db";
import { postRequest, routeArgs, settle } from "../helpers/requests";
import { csvWorld } from "./csv-fixtures";

const db = testDb();
let world: Awaited<ReturnType<typeof csvWorld>>;
beforeAll(async () => {
  world = await csvWorld(db);
});

const mode = (file: string) => fs.statSync(file).mode & 0o777;
const files = () => fs.readdirSync(uploadDirectory());

async function uploadRoster(text: string | Uint8Array) {
  const form = new FormData();
  form.append("kind", "roster");
  form.append("file", new File([text as BlobPart], "darbuotojai.csv", { type: "text/csv" }));
  const response = (await settle(() =>
    uploadAction(routeArgs(postRequest("/admin/import", form, { cookie: world.org.cookies.admin }))),
  )) as Response;
  const id = response.headers.get("Location")!.split("/").pop()!;
  const job = getImportJob(world.admin, id)!;
  await settleJob(job, 10_000);
  return job;
}

const GOOD = "skyriaus_kodas;skyrius;vardas;pavarde;pareigos\nPRV;Privatus skyrius;Rūta;Žilienė;Specialistė\n";

describe("uploaded files", () => {
  it("go to a private folder beside the database, readable by the server's account only", async () => {
    const dir = uploadDirectory();
    expect(path.dirname(dir)).toBe(path.dirname(path.resolve(databasePath())));
    expect(mode(dir)).toBe(0o700);
    const job = await uploadRoster(GOOD);
    expect(job.status).toBe("ready");
    expect(path.dirname(job.filePath)).toBe(dir);
    expect(mode(job.filePath)).toBe(0o600);
  });

  it("are deleted when the import has been written", async () => {
    const job = await uploadRoster(GOOD.replace(/PRV/g, "PR2"));
    await settle(() =>
      jobAction(
        routeArgs(postRequest(`/admin/import/${job.id}`, { intent: "confirm" }, { cookie: world.org.cookies.admin }), { jobId: job.id }),
      ),
    );
    await settleJob(job, 10_000);
    expect(job.status).toBe("done");
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(fs.existsSync(job.filePath)).toBe(false);
  });

  it("are deleted when the check finds problems (such a file can never be written)", async () => {
    const job = await uploadRoster("skyriaus_kodas;vardas\nPRV;\n");
    expect(job.report!.problemTotal).toBeGreaterThan(0);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(fs.existsSync(job.filePath)).toBe(false);
  });

  it("in UTF-16 (Excel's Unicode text) are read as such, with Lithuanian letters intact", async () => {
    const text = GOOD.replace(/PRV/g, "U16").replace("Rūta", "Šarūnė");
    const job = await uploadRoster(new Uint8Array([0xff, 0xfe, ...Buffer.from(text, "utf16le")]));
    expect(job.report).toMatchObject({ encoding: "utf-16le", problemTotal: 0, create: 1 });
  });

  it("left over from before a restart are swept at start-up", async () => {
    fs.writeFileSync(path.join(uploadDirectory(), "leftover.csv"), "vardas\nJonas\n");
    expect(files()).toContain("leftover.csv");
    expect(sweepUploads()).toBeGreaterThanOrEqual(1);
    expect(files()).toEqual([]);
  });
});
