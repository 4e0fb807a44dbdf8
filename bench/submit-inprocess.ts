// The submit path without HTTP: the built app's request handler (server/app-handler.ts,
// the same function the production server calls) is given real Requests submitting complete
// audits one after another, on a fresh database like bench/submit.ts builds. Prints the
// mean and percentiles per submit. Run with `node --cpu-prof` to see where the time goes.
//   node --import tsx bench/submit-inprocess.ts --dir DIR [--count 3000] [--audits 20000]
import fs from "node:fs";
import { Session } from "node:inspector/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { ServerBuild } from "@remix-run/node";
import { benchDatabase, flag, percentile, ROOT, round } from "./lib";
import { draftBodies } from "./submit-bodies";

const argv = process.argv.slice(2);
const dir = flag(argv, "dir")!;
const count = Number(flag(argv, "count") ?? 3000);
const audits = Number(flag(argv, "audits") ?? 20_000);
const SHOPPERS = 8;
const ORIGIN = "http://127.0.0.1:3000";
fs.mkdirSync(dir, { recursive: true });
const file = path.join(dir, "submit-inprocess.db");
const db = await benchDatabase(file);
const { generate } = await import("../app/models/demo/generate.server");
const { createSession } = await import("../app/lib/session.server");
const { createAppHandler } = await import("../server/app-handler");

await generate(db, { audits, departments: 10, employees: 150, months: 12, seed: 5, shoppers: SHOPPERS, log: () => {} });
const shoppers = (db.$client.prepare("SELECT id FROM users WHERE role = 'mystery_shopper' ORDER BY id").all() as { id: number }[]).map(
  (s) => s.id,
);
const { drafts, bodies } = draftBodies(db, shoppers, Math.ceil(count / shoppers.length) + 50);
const cookies = new Map<number, string>();
for (const id of shoppers) {
  const request = new Request(ORIGIN, { headers: { "X-Etalonas-Client-Ip": "127.0.0.1" } });
  cookies.set(id, createSession(db, request, id).split(";")[0]);
}
db.$client.pragma("wal_checkpoint(TRUNCATE)");
db.$client.close();

const build = (await import(pathToFileURL(path.join(ROOT, "build/index.js")).href)) as ServerBuild;
const handle = createAppHandler(build, "production");

async function submit(draft: (typeof drafts)[number]) {
  const request = new Request(`${ORIGIN}/audits/${draft.id}/edit`, {
    method: "POST",
    headers: {
      Cookie: cookies.get(draft.auditorId)!,
      Origin: ORIGIN,
      Host: new URL(ORIGIN).host,
      "Content-Type": "application/x-www-form-urlencoded",
      "X-Etalonas-Client-Ip": "127.0.0.1",
    },
    body: bodies[draft.body],
  });
  const response = await handle(request);
  if (response.status !== 302 || !response.headers.get("Location")?.endsWith(`/audits/${draft.id}`)) {
    throw new Error(`draft ${draft.id}: ${response.status} ${await response.text()}`);
  }
}

const queue = drafts.slice();
for (let i = 0; i < 50; i++) await submit(queue.pop()!);
// --profile FILE: a CPU profile of the timed loop only (open it in Chrome's DevTools).
const profileFile = flag(argv, "profile");
const inspector = profileFile ? new Session() : undefined;
if (inspector) {
  inspector.connect();
  await inspector.post("Profiler.enable");
  await inspector.post("Profiler.start");
}
const times: number[] = [];
const started = performance.now();
for (let i = 0; i < count; i++) {
  const t = performance.now();
  await submit(queue.pop()!);
  times.push(performance.now() - t);
}
const total = performance.now() - started;
if (inspector) {
  const { profile } = await inspector.post("Profiler.stop");
  fs.writeFileSync(profileFile!, JSON.stringify(profile));
}
console.log(
  `RESULT ${JSON.stringify({ count, mean_ms: round(total / count, 3), p50_ms: round(percentile(times, 50), 3), p99_ms: round(percentile(times, 99), 3) })}`,
);
