// The restore drill (issue 21): the production server takes 500 concurrent audit
// submissions over HTTP; `backup` runs in the middle of them; the backup is restored into
// a new file. Every submission acknowledged before the backup started is in the restored
// copy, complete with its answers, and PRAGMA integrity_check says ok. `restore` refuses to
// touch the database the server is using.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { draftBodies } from "../../bench/submit-bodies";

const PASSWORD = "drill-password-not-secret";
process.env.GENERATED_PASSWORD = PASSWORD;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "etalonas-drill-"));
const live = path.join(dir, "live.db");
const SUBMISSIONS = 500;
const SHOPPERS = 20;

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

function cli(args: string[], database: string): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/cli.ts", ...args], {
      env: { ...process.env, DATABASE_URL: database },
    });
    let out = "";
    let err = "";
    child.stdout.setEncoding("utf8").on("data", (c: string) => (out += c));
    child.stderr.setEncoding("utf8").on("data", (c: string) => (err += c));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, out, err }));
  });
}

let server: ChildProcess;
let origin = "";
let drafts: { id: number; auditorId: number; body: number }[] = [];
let bodies: string[] = [];
let shoppers: { id: number; email: string }[] = [];

beforeAll(async () => {
  process.env.DATABASE_URL = live;
  const { openDatabase, migrateDatabase } = await import("~/db.server");
  const { loadChecklistFiles } = await import("~/domain/checklists/load.server");
  const { syncChecklists } = await import("~/models/checklists/sync.server");
  const { generate } = await import("~/models/demo/generate.server");
  const db = openDatabase(live);
  migrateDatabase(db);
  syncChecklists(db, loadChecklistFiles());
  await generate(db, { audits: 200, departments: 3, employees: 30, months: 2, seed: 9, shoppers: SHOPPERS });
  shoppers = db.$client.prepare("SELECT id, email FROM users WHERE role = 'mystery_shopper' ORDER BY id").all() as typeof shoppers;
  ({ drafts, bodies } = draftBodies(
    db,
    shoppers.map((s) => s.id),
    SUBMISSIONS / SHOPPERS,
  ));
  db.$client.close();

  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  server = spawn(process.execPath, ["--import", "tsx", "server/start.ts"], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: live,
      PORT: String(port),
      HOST: "127.0.0.1",
      SEED_DEMO: "0",
      POST_RATE_LIMIT: "off",
    },
    stdio: "ignore",
  });
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${origin}/healthz`)).ok) break;
    } catch {
      // not listening yet
    }
    if (i > 400) throw new Error("the server did not start");
    await new Promise((r) => setTimeout(r, 250));
  }
}, 180_000);

afterAll(async () => {
  if (server && server.exitCode === null) {
    server.kill("SIGTERM");
    await new Promise((r) => server.once("exit", r));
  }
  fs.rmSync(dir, { recursive: true, force: true });
});

async function signIn(email: string): Promise<string> {
  const body = new URLSearchParams({ email, password: PASSWORD, redirectTo: "/" });
  const res = await fetch(`${origin}/login`, { method: "POST", body, redirect: "manual", headers: { Origin: origin } });
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith("etalonas_session="));
  if (res.status !== 302 || !cookie) throw new Error(`sign-in of ${email} failed: ${res.status}`);
  return cookie.split(";")[0];
}

function submittedIn(file: string): Map<number, number> {
  const db = new Database(file, { readonly: true });
  try {
    const rows = db
      .prepare(
        `SELECT a.id, (SELECT count(*) FROM audit_answers x WHERE x.audit_id = a.id) AS answers
         FROM audits a WHERE a.state = 'submitted'`,
      )
      .all() as { id: number; answers: number }[];
    return new Map(rows.map((r) => [r.id, r.answers]));
  } finally {
    db.close();
  }
}

describe("restore drill", { timeout: 300_000 }, () => {
  it("a backup taken during 500 concurrent submissions restores every acknowledged audit", async () => {
    const cookies = new Map<number, string>();
    for (const s of shoppers) cookies.set(s.id, await signIn(s.email));

    const acknowledgedAt = new Map<number, number>();
    let refused = 0;
    const submit = async (d: (typeof drafts)[number]) => {
      const res = await fetch(`${origin}/audits/${d.id}/edit`, {
        method: "POST",
        redirect: "manual",
        headers: { Cookie: cookies.get(d.auditorId)!, Origin: origin, "Content-Type": "application/x-www-form-urlencoded" },
        body: bodies[d.body],
      });
      await res.arrayBuffer();
      if (res.status === 302 && res.headers.get("location")?.endsWith(`/audits/${d.id}`)) acknowledgedAt.set(d.id, performance.now());
      else refused++;
    };
    // An evidence file beside the database goes into the backup's files folder.
    fs.mkdirSync(path.join(dir, "evidence"), { recursive: true });
    fs.writeFileSync(path.join(dir, "evidence", "photo-1.jpg"), "jpeg bytes");
    // …and so does the installation key of the two-factor secrets, owner-only.
    fs.writeFileSync(path.join(dir, "secret.key"), "key bytes", { mode: 0o600 });
    const all = Promise.all(drafts.map(submit));
    // The backup starts once a good part of the submissions is acknowledged, others still running.
    while (acknowledgedAt.size < SUBMISSIONS / 5) await new Promise((r) => setTimeout(r, 20));
    const backupStarted = performance.now();
    const backupFile = path.join(dir, "during.db");
    const backup = await cli(["backup", "--to", backupFile], live);
    await all;
    expect(backup.err).toBe("");
    expect(backup.code).toBe(0);
    expect(backup.out).toContain("Integrity: ok");
    expect(refused).toBe(0);
    const before = [...acknowledgedAt].filter(([, at]) => at < backupStarted).map(([id]) => id);
    const pending = SUBMISSIONS - before.length;
    // The drill means something only if the backup really overlapped with submissions.
    expect(pending).toBeGreaterThan(0);

    // Restoring onto the server's own database is refused, and nothing is changed.
    const refusedRestore = await cli(["restore", "--from", backupFile], live);
    expect(refusedRestore.code).toBe(1);
    expect(refusedRestore.err).toContain("is using");
    expect(submittedIn(live).size).toBe(SUBMISSIONS);

    const restored = path.join(dir, "restored", "etalonas.db");
    const restore = await cli(["restore", "--from", backupFile], restored);
    expect(restore.err).toBe("");
    expect(restore.code).toBe(0);
    expect(restore.out).toContain("Integrity: ok");
    expect(restore.out).toMatch(/Holds: 1 organisations, \d+ audits, \d+ users/);
    expect(fs.readFileSync(path.join(dir, "restored", "evidence", "photo-1.jpg"), "utf8")).toBe("jpeg bytes");
    expect(fs.readFileSync(path.join(dir, "restored", "secret.key"), "utf8")).toBe("key bytes");
    expect(fs.statSync(path.join(dir, "restored", "secret.key")).mode & 0o777).toBe(0o600);
    const copy = submittedIn(restored);
    const missing = before.filter((id) => !copy.has(id));
    expect(missing).toEqual([]);
    // Every submitted audit in the copy is whole: its answers came with it.
    const live_ = submittedIn(live);
    for (const [id, answers] of copy) expect(answers, `audit ${id}`).toBe(live_.get(id));
    const check = new Database(restored, { readonly: true });
    expect(check.pragma("integrity_check", { simple: true })).toBe("ok");
    check.close();

    // After the load, a second backup holds every acknowledged audit.
    const afterFile = path.join(dir, "after.db");
    expect((await cli(["backup", "--to", afterFile], live)).code).toBe(0);
    const final = submittedIn(afterFile);
    expect([...acknowledgedAt.keys()].filter((id) => !final.has(id))).toEqual([]);
    console.log(
      `restore drill: ${before.length} acknowledged before the backup, ${pending} during or after; backup ${backup.out.split("\n")[0]}`,
    );
  });

  it("once the server has stopped, restore replaces its database and keeps the old one", async () => {
    server.kill("SIGTERM");
    await new Promise((r) => server.once("exit", r));
    expect(fs.existsSync(`${live}.server`)).toBe(false);
    const result = await cli(["restore", "--from", path.join(dir, "after.db")], live);
    expect(result.code).toBe(0);
    expect(result.out).toContain("The replaced database is kept as");
    expect(submittedIn(live).size).toBe(SUBMISSIONS);
    const damaged = path.join(dir, "damaged.db");
    fs.writeFileSync(damaged, "not a database");
    const bad = await cli(["restore", "--from", damaged], live);
    expect(bad.code).toBe(1);
  });
});
