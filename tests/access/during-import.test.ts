// Every access-matrix request, made while a CSV import holds SQLite's write lock on its own
// connection. A request that wrote on the app's connection then would freeze the event loop
// in SQLite's busy handler (the whole server stops) and fail with "database is locked". So:
// no request may try to write on the app's connection meanwhile (every write statement run
// is watched) or block the event loop for more than 100 ms; pages answer at once (or, where
// they must write, wait for the import without blocking); write requests wait for their
// turn; and every answer is the one the access matrix expects.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../app/db.server";
import { importHoldsLock, writersWaiting } from "../../app/lib/write-gate.server";
import { openImportConnection, withFileTransaction } from "../../app/models/imports/transaction.server";
import { getRequest } from "../helpers/requests";
import { makeUser, sessionFor } from "../helpers/users";
import { outcomeOf, rowLabel, rowRequest, rows, startAccessApp, type AccessApp } from "./harness";
import { ALL, type Outcome } from "./types";

const MAX_STALL_MS = 100;
// A page rendered on a busy machine can miss 100 ms without any lock; a lock wait cannot be
// shorter than busy_timeout. So a request over the limit is made again, and fails only if
// it is over the limit every time.
const TRIES = 6;
const ANSWER_WITHIN_MS = 2000;

let app: AccessApp;
const extraCookies: Record<string, string> = {};

beforeAll(async () => {
  app = await startAccessApp();
  const now = Date.now();
  // Sessions last seen two minutes ago: every request wants to record the new last-seen time.
  app.db.$client.prepare("UPDATE sessions SET last_seen_at = ?").run(now - 2 * 60 * 1000);
  // A session past its idle timeout (deleted on sight) and one of a deactivated user (ended).
  const idle = await makeUser(app.db, "leadership");
  extraCookies.expired = sessionFor(app.db, idle.id);
  app.db.$client.prepare("UPDATE sessions SET last_seen_at = ? WHERE user_id = ?").run(now - 24 * 60 * 60 * 1000, idle.id);
  const gone = await makeUser(app.db, "leadership");
  extraCookies.deactivated = sessionFor(app.db, gone.id);
  app.db.$client.prepare("UPDATE users SET active = 0 WHERE id = ?").run(gone.id);
  // A write the watch below missed would fail after 1 s instead of the server's 5 s.
  app.db.$client.pragma("busy_timeout = 1000");
  watchWrites(app.db.$client);
});

afterAll(() => {
  app.db.$client.pragma("busy_timeout = 5000");
  unwatchWrites?.();
});

// Every statement that writes, run on the app's connection while the import holds the lock,
// is recorded with the request being made (better-sqlite3 runs statements synchronously).
const writesUnderLock: string[] = [];
let current = "";
let unwatchWrites: (() => void) | undefined;
function watchWrites(client: Db["$client"]) {
  type Statement = { readonly: boolean; source: string; database: unknown };
  const proto = Object.getPrototypeOf(client.prepare("SELECT 1")) as Record<string, (...args: unknown[]) => unknown>;
  const originals = Object.fromEntries(["run", "get", "all", "iterate"].map((name) => [name, proto[name]]));
  for (const [name, original] of Object.entries(originals))
    proto[name] = function (this: Statement, ...args: unknown[]) {
      if (!this.readonly && this.database === client && importHoldsLock()) {
        writesUnderLock.push(`${current}: ${this.source}`);
        throw new Error("test: a write while an import holds the lock"); // instead of the busy wait
      }
      return original.apply(this, args);
    };
  unwatchWrites = () => Object.assign(proto, originals);
}

/** An import transaction that holds the write lock until released. */
async function holdLock(): Promise<() => Promise<void>> {
  const importDb = openImportConnection();
  let release!: () => void;
  const released = new Promise<void>((r) => (release = r));
  const importing = withFileTransaction(importDb, async () => {
    importDb.$client.exec(
      "INSERT INTO departments (org_id, code, name) VALUES ((SELECT min(id) FROM organisations), 'IMPORTAS', 'Importas')",
    );
    await released;
    return false;
  });
  while (!importHoldsLock()) await new Promise((r) => setTimeout(r, 1));
  return async () => {
    release();
    await importing;
    importDb.$client.close();
  };
}

/** The longest time the event loop went without running a 5 ms timer, until stopped. */
function watchEventLoop() {
  let last = performance.now();
  let worst = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    worst = Math.max(worst, now - last);
    last = now;
  }, 5);
  return () => {
    clearInterval(timer);
    return Math.max(worst, performance.now() - last);
  };
}

type First = "answered" | "waiting" | "not answered";
type Made = { stallMs: number; first: First; answer: Promise<Outcome | string> };

/** Makes the request and watches it until it has answered or waits in the write gate. */
async function makeOnce(request: Request): Promise<Made> {
  const stop = watchEventLoop();
  const waitingBefore = writersWaiting();
  const answer = app.handle(request).then(outcomeOf, (error: unknown) => `threw ${String(error)}`);
  const first = await new Promise<First>((resolve) => {
    const done = (value: First) => {
      clearInterval(timer);
      clearTimeout(give);
      resolve(value);
    };
    // The gate counts its waiters.
    const timer = setInterval(() => writersWaiting() > waitingBefore && done("waiting"), 1);
    const give = setTimeout(() => done("not answered"), ANSWER_WITHIN_MS);
    void answer.then(() => done("answered"));
  });
  return { stallMs: stop(), first, answer };
}

type Case = { label: string; route: string; method: string; expect: Outcome; request: () => Request };
type Result = { label: string; route: string; method: string; expect: Outcome; stallMs: number; first: First; outcome: Outcome | string };

describe("requests while an import holds the write lock", () => {
  it("never write or block the event loop, and answer as the access matrix says", { timeout: 240_000 }, async () => {
    const cases: Case[] = rows.flatMap((row) =>
      ALL.map((who) => ({
        label: rowLabel(row, who),
        route: row.route,
        method: row.method ?? "GET",
        expect: row.expect[who],
        request: () => rowRequest(row, app.fixtures, app.cookies[who]),
      })),
    );
    for (const [who, cookie] of Object.entries(extraCookies))
      for (const path of ["/", "/audits", "/dashboards"])
        cases.push({
          label: `GET ${path} as ${who}`,
          route: "",
          method: "GET",
          expect: "login",
          request: () => getRequest(path, { cookie }),
        });

    const results: Result[] = [];
    let release = await holdLock();
    for (const c of cases) {
      current = c.label;
      let made = await makeOnce(c.request());
      for (let attempt = 2; made.first === "answered" && made.stallMs > MAX_STALL_MS && attempt <= TRIES; attempt++)
        made = await makeOnce(c.request());
      if (made.first === "waiting") {
        // It waits for the import: end the import, take its answer, and hold the lock again,
        // so that the requests are answered in the matrix's order.
        await release();
        await made.answer;
        release = await holdLock();
      }
      results.push({ ...c, stallMs: made.stallMs, first: made.first, outcome: await made.answer });
    }
    await release();

    expect(writesUnderLock, "writes on the app's connection while the import held the lock").toEqual([]);
    const stalls = results.filter((r) => r.stallMs > MAX_STALL_MS).map((r) => `${r.label}: ${Math.round(r.stallMs)} ms (${r.first})`);
    expect(stalls, "requests that blocked the event loop").toEqual([]);
    const stuck = results.filter((r) => r.first === "not answered").map((r) => r.label);
    expect(stuck, "requests neither answered nor waiting in the write gate").toEqual([]);
    const wrong = results.filter((r) => r.outcome !== r.expect).map((r) => `${r.label}: ${r.outcome}, expected ${r.expect}`);
    expect(wrong).toEqual([]);
    const waited = (r: Result) => r.first === "waiting";
    // Pages never wait: their log entries (access log, refusals) are queued until the import ends.
    const pagesWaited = results.filter((r) => r.method === "GET" && waited(r)).map((r) => r.label);
    expect(pagesWaited, "pages that waited for the import").toEqual([]);
    // The gate held: write requests waited for the import, but not those declared "none".
    const writes = results.filter((r) => r.method === "POST");
    expect(writes.filter(waited).length).toBeGreaterThan(20);
    expect(writes.filter((r) => waited(r) && r.route.startsWith("routes/admin.import")).map((r) => r.label)).toEqual([]);
  });
});
