// Submitting under load: the production server on a fresh database, N signed-in mystery
// shoppers, and autocannon posting complete audit submissions (the fill-in form's "submit":
// POST /audits/:id/edit with every answer and intent=submit) for 30 s over 32 connections.
// Each request submits one pre-created draft of the shopper who owns it; a success is the
// redirect to /audits/:id. Afterwards the audits stored as submitted must equal the
// acknowledged responses. Prints "RESULT {json}".
//   node --import tsx bench/submit.ts --dir DIR [--connections 32] [--duration 30]
import { spawn } from "node:child_process";
import path from "node:path";
import autocannon from "autocannon";
import { benchDatabase, flag, percentile, ROOT, round } from "./lib";
import { draftBodies } from "./submit-bodies";

const argv = process.argv.slice(2);
const dir = flag(argv, "dir")!;
const connections = Number(flag(argv, "connections") ?? 32);
const duration = Number(flag(argv, "duration") ?? 30);
const file = path.join(dir, "submit.db");
const PASSWORD = "bench-password-not-secret";
const PORT = 3900 + Math.floor(Math.random() * 90);
const ORIGIN = `http://127.0.0.1:${PORT}`;
process.env.GENERATED_PASSWORD = PASSWORD;

// 1. A database with an organisation, 32 shoppers and some history.
const db = await benchDatabase(file);
const { generate } = await import("../app/models/demo/generate.server");
const { openDatabase } = await import("../app/db.server");
await generate(db, {
  audits: 20_000,
  departments: 10,
  employees: 150,
  months: 12,
  seed: 5,
  shoppers: connections,
  log: (l) => console.log(l),
});
const shoppers = db.$client.prepare("SELECT id, email FROM users WHERE role = 'mystery_shopper' ORDER BY id").all() as {
  id: number;
  email: string;
}[];

// 2. Enough drafts for every shopper (more than they can submit in the time).
const perShopper = Math.ceil((3000 * duration) / shoppers.length);
const { drafts, bodies } = draftBodies(
  db,
  shoppers.map((s) => s.id),
  perShopper,
);
db.$client.pragma("wal_checkpoint(TRUNCATE)");
db.$client.close();
console.log(`Drafts: ${drafts.length} (${perShopper} per shopper)`);

// 3. The production server (node server/start.ts with the built app).
const server = spawn(process.execPath, ["--import", "tsx", "server/start.ts"], {
  cwd: ROOT,
  env: { ...process.env, PORT: String(PORT), HOST: "127.0.0.1", SEED_DEMO: "0", NODE_ENV: "production", POST_RATE_LIMIT: "off" },
  stdio: ["ignore", "inherit", "inherit"],
});
const stop = () => server.kill("SIGTERM");
process.on("exit", stop);
for (let i = 0; ; i++) {
  try {
    if ((await fetch(`${ORIGIN}/healthz`)).ok) break;
  } catch {
    /* not up yet */
  }
  if (i > 300) throw new Error("the server did not start");
  await new Promise((r) => setTimeout(r, 200));
}

// 4. Every shopper signs in like a browser would.
const cookies = new Map<number, string>();
for (const s of shoppers) {
  const body = new URLSearchParams({ email: s.email, password: PASSWORD, redirectTo: "/" });
  const res = await fetch(`${ORIGIN}/login`, { method: "POST", body, redirect: "manual", headers: { Origin: ORIGIN } });
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith("etalonas_session="));
  if (res.status !== 302 || !cookie) throw new Error(`sign-in of ${s.email} failed: ${res.status}`);
  cookies.set(s.id, cookie.split(";")[0]);
}

// 5. Load: each connection is one shopper submitting their drafts one after another.
const queues = new Map<number, typeof drafts>();
for (const d of drafts) (queues.get(d.auditorId) ?? queues.set(d.auditorId, []).get(d.auditorId)!).push(d);
let nextShopper = 0;
const sent = new Set<number>();
const acknowledged = new Set<number>();
const latencies: number[] = [];
let otherStatus = 0;
// Submissions are sent for `duration` seconds; after that the connections only ask
// /healthz while the last submissions finish, so every submission sent gets its answer.
const TAIL_S = 15;
let deadline = Infinity;
type Ctx = { shopper?: number; current?: number; startedAt?: number };
const instance = autocannon({
  url: ORIGIN,
  connections,
  duration: duration + TAIL_S,
  requests: [
    {
      method: "POST",
      setupRequest: (req: Record<string, unknown>, context: Ctx) => {
        if (deadline === Infinity) deadline = performance.now() + duration * 1000;
        if (performance.now() > deadline) {
          context.current = undefined;
          return { ...req, method: "GET", path: "/healthz", headers: {}, body: undefined };
        }
        context.shopper ??= shoppers[nextShopper++ % shoppers.length].id;
        const draft = queues.get(context.shopper)!.pop();
        if (!draft) throw new Error("out of drafts: raise perShopper");
        context.current = draft.id;
        context.startedAt = performance.now();
        sent.add(draft.id);
        return {
          ...req,
          method: "POST",
          path: `/audits/${draft.id}/edit`,
          headers: { Cookie: cookies.get(context.shopper)!, Origin: ORIGIN, "Content-Type": "application/x-www-form-urlencoded" },
          body: bodies[draft.body],
        };
      },
      onResponse: (status: number, _body: string, context: Ctx, headers?: Record<string, string>) => {
        if (context.current === undefined) return;
        latencies.push(performance.now() - (context.startedAt ?? 0));
        const location = headers?.location ?? headers?.Location;
        if (status >= 300 && status < 400 && location?.endsWith(`/audits/${context.current}`)) acknowledged.add(context.current!);
        else otherStatus++;
      },
    },
  ],
} as autocannon.Options);
const result = await instance;

// 6. What the database holds afterwards.
await new Promise((r) => setTimeout(r, 1000));
stop();
await new Promise((r) => server.once("exit", r));
const check = openDatabase(file);
const storedIds = new Set(
  (check.$client.prepare("SELECT id FROM audits WHERE state = 'submitted'").all() as { id: number }[]).map((r) => r.id),
);
check.$client.close();
const inFlight = [...storedIds].filter((id) => !acknowledged.has(id)).length;
const lost = [...acknowledged].filter((id) => !storedIds.has(id)).length;
const submit = {
  connections,
  duration_s: duration,
  rps: round(acknowledged.size / duration, 1),
  // Latency of the submissions only (autocannon's own figures include the /healthz tail).
  p50_ms: round(percentile(latencies, 50)),
  p99_ms: round(percentile(latencies, 99)),
  errors: result.errors + result.timeouts + otherStatus,
  stored: storedIds.size,
  acknowledged: acknowledged.size,
  sent: sent.size,
  stored_without_response: inFlight,
  acknowledged_not_stored: lost,
  in_flight_at_end: sent.size - acknowledged.size - otherStatus,
};
console.log(
  `  ${submit.rps} submits/s, p50 ${submit.p50_ms} ms, p99 ${submit.p99_ms} ms, errors ${submit.errors}, ` +
    `stored ${submit.stored} / acknowledged ${submit.acknowledged}`,
);
console.log(`RESULT ${JSON.stringify({ submit })}`);
process.exit(0);
