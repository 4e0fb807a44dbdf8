// Memory soak: the production server on the demo database (1 500 audits), signed-in users of
// every role asking for their pages (dashboards with varied filters, lists, audits, admin
// pages) over a few connections, and the server's resident memory (VmRSS, and its anonymous
// part) before, during and after. Target: ≤ 300 MB after 10 000 page requests (issue 15).
// Prints "RESULT {json}".
//   node --import tsx bench/soak.ts [--requests 10000] [--connections 4] [--dir DIR] [--env MALLOC_ARENA_MAX=8]
// The server runs as `npm start` runs it, with MALLOC_ARENA_MAX=2 (README, Memory) unless
// --env says otherwise.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { flag, freshDir, ROOT, round } from "./lib";

const argv = process.argv.slice(2);
const requests = Number(flag(argv, "requests") ?? 10_000);
const connections = Number(flag(argv, "connections") ?? 4);
const dir = flag(argv, "dir") ?? freshDir("soak");
const extraEnv: Record<string, string> = Object.fromEntries(
  (flag(argv, "env") ?? "")
    .split(",")
    .filter(Boolean)
    .map((kv) => [kv.slice(0, kv.indexOf("=")), kv.slice(kv.indexOf("=") + 1)]),
);
const file = path.join(dir, "soak.db");
const PASSWORD = "soak-demo-password";
const PORT = 3800 + Math.floor(Math.random() * 90);
const ORIGIN = `http://127.0.0.1:${PORT}`;
export const TARGET_MB = 300;

for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });

// 1. The production server; on the empty database it seeds the demo.
const server = spawn(process.execPath, ["--import", "tsx", "server/start.ts"], {
  cwd: ROOT,
  env: {
    ...process.env,
    MALLOC_ARENA_MAX: "2",
    ...extraEnv,
    DATABASE_URL: file,
    PORT: String(PORT),
    HOST: "127.0.0.1",
    SEED_DEMO: "1",
    DEMO_PASSWORD: PASSWORD,
    NODE_ENV: "production",
  },
  stdio: ["ignore", "ignore", "inherit"],
});
const stop = () => server.kill("SIGTERM");
process.on("exit", stop);
for (let i = 0; ; i++) {
  try {
    if ((await fetch(`${ORIGIN}/healthz`)).ok) break;
  } catch {
    /* not up yet */
  }
  if (i > 900 || server.exitCode !== null) throw new Error("the server did not start");
  await new Promise((r) => setTimeout(r, 200));
}

/** Resident memory of the server process, MB: total and anonymous (heap, malloc arenas). */
function memory() {
  const status = fs.readFileSync(`/proc/${server.pid}/status`, "utf8");
  const kb = (name: string) => Number(status.match(new RegExp(`^${name}:\\s+(\\d+) kB`, "m"))?.[1] ?? NaN);
  return { rss_mb: round(kb("VmRSS") / 1024, 1), anon_mb: round(kb("RssAnon") / 1024, 1) };
}

// 2. Every demo role signs in.
async function signIn(email: string) {
  const body = new URLSearchParams({ email, password: PASSWORD, redirectTo: "/" });
  const res = await fetch(`${ORIGIN}/login`, { method: "POST", body, redirect: "manual", headers: { Origin: ORIGIN } });
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith("etalonas_session="));
  if (res.status !== 302 || !cookie) throw new Error(`sign-in of ${email} failed: ${res.status}`);
  return cookie.split(";")[0];
}
const cookies = {
  admin: await signIn("admin@demo.lt"),
  leadership: await signIn("vadovybe@demo.lt"),
  supervisor: await signIn("vadovas@demo.lt"),
  shopper: await signIn("klientas@demo.lt"),
  employee: await signIn("darbuotojas@demo.lt"),
};

// 3. The pages: ids from the database, filters varied so that caches keyed by them would show.
const db = new Database(file, { readonly: true });
const ids = (q: string) => (db.prepare(q).all() as { id: number | string }[]).map((r) => r.id);
const auditIds = ids("SELECT id FROM audits WHERE state = 'published' ORDER BY id");
const departmentIds = ids("SELECT id FROM departments ORDER BY id");
const employeeIds = ids("SELECT id FROM employees ORDER BY id");
const checklistIds = ids("SELECT id FROM checklists ORDER BY id");
const userIds = ids("SELECT id FROM users ORDER BY id");
db.close();

let seed = 1;
const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
const CHANNELS = ["", "in_person", "phone", "email", "home_visit"];
function period() {
  const year = 2024 + Math.floor(random() * 3);
  const from = `${year}-${String(1 + Math.floor(random() * 12)).padStart(2, "0")}`;
  const channel = pick(CHANNELS);
  return `?from=${from}&to=${year + 1}-${String(1 + Math.floor(random() * 12)).padStart(2, "0")}${channel ? `&channel=${channel}` : ""}`;
}
const PAGES: [keyof typeof cookies, () => string][] = [
  ["leadership", () => `/dashboards${period()}`],
  ["leadership", () => `/dashboards/channels${period()}`],
  ["leadership", () => `/dashboards/departments/${pick(departmentIds)}${period()}`],
  ["leadership", () => `/dashboards/employees/${pick(employeeIds)}${period()}`],
  ["supervisor", () => `/dashboards${period()}`],
  ["leadership", () => `/audits?page=${1 + Math.floor(random() * 20)}`],
  ["leadership", () => `/audits/${pick(auditIds)}`],
  ["admin", () => `/audits/${pick(auditIds)}`],
  ["leadership", () => "/review"],
  ["admin", () => `/checklists/${pick(checklistIds)}`],
  ["admin", () => "/checklists"],
  ["admin", () => "/admin/users"],
  ["admin", () => `/admin/users/${pick(userIds)}`],
  ["admin", () => `/admin/employees?q=${pick(["a", "on", "ė", ""])}`],
  ["admin", () => "/admin/departments"],
  ["shopper", () => "/audits"],
  ["employee", () => "/dashboards/me"],
  ["employee", () => "/"],
];

let sent = 0;
let failed = 0;
const statuses = new Map<number, number>();
const samples: { requests: number; rss_mb: number; anon_mb: number }[] = [];
async function worker(until: number) {
  while (sent < until) {
    sent++;
    const [role, url] = pick(PAGES);
    try {
      const res = await fetch(ORIGIN + url(), { headers: { Cookie: cookies[role], "Accept-Encoding": "gzip" }, redirect: "manual" });
      await res.arrayBuffer();
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      if (res.status >= 500) failed++;
    } catch {
      failed++;
    }
    if (sent % 500 === 0 && samples.at(-1)?.requests !== sent) {
      samples.push({ requests: sent, ...memory() });
      console.log(`  ${sent} requests: ${JSON.stringify(memory())}`);
    }
  }
}
const run = (until: number) => Promise.all(Array.from({ length: connections }, () => worker(until)));

const started = memory();
await run(Math.min(200, requests)); // warm-up: every page compiled and its statements prepared
const warm = memory();
const t0 = performance.now();
await run(requests);
const seconds = (performance.now() - t0) / 1000;
const after = memory();
await new Promise((r) => setTimeout(r, 5000));
const idle = memory();
stop();

const peak = Math.max(after.rss_mb, ...samples.map((s) => s.rss_mb));
const result = {
  requests,
  connections,
  env: { MALLOC_ARENA_MAX: "2", ...extraEnv },
  requests_per_s: round(requests / seconds, 1),
  failed,
  statuses: Object.fromEntries(statuses),
  rss_mb: { started: started.rss_mb, warm: warm.rss_mb, after: after.rss_mb, idle_5s: idle.rss_mb, peak },
  anon_mb: { started: started.anon_mb, warm: warm.anon_mb, after: after.anon_mb, idle_5s: idle.anon_mb },
  target_mb: TARGET_MB,
  within_target: peak <= TARGET_MB,
};
console.log(
  `Server RSS: ${started.rss_mb} MB at start, ${warm.rss_mb} MB warm, ${after.rss_mb} MB after ${requests} page requests (peak ${peak} MB, target ≤ ${TARGET_MB} MB)`,
);
console.log(`RESULT ${JSON.stringify(result)}`);
process.exit(0);
