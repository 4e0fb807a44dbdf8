// The server's daily purge: first a minute after start, then every day; timers unref'd so
// they never hold the process open; a failed run is logged and the next still happens.
// And the same purge from the command line.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { migrateDatabase, openDatabase } from "../../app/db.server";
import { DAY_MS, scheduleDaily, type Timers } from "../../server/retention-timer";

describe("daily schedule", () => {
  it("runs after the first delay, then daily, with unref'd timers", async () => {
    vi.useFakeTimers();
    const unrefs: string[] = [];
    const timers: Timers = {
      setTimeout: (fn, ms) => Object.assign(setTimeout(fn, ms), { unref: () => unrefs.push("timeout") }),
      setInterval: (fn, ms) => Object.assign(setInterval(fn, ms), { unref: () => unrefs.push("interval") }),
      clear: (timer) => clearTimeout(timer as NodeJS.Timeout),
    };
    let runs = 0;
    const log: string[] = [];
    const stop = scheduleDaily(
      async () => {
        runs++;
        if (runs === 2) throw new Error("disk full");
      },
      { firstAfterMs: 60_000, timers, log: (l) => log.push(l) },
    );
    await vi.advanceTimersByTimeAsync(59_999);
    expect(runs).toBe(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(runs).toBe(1);
    await vi.advanceTimersByTimeAsync(DAY_MS);
    expect(runs).toBe(2);
    expect(log).toEqual(["Retention purge failed: disk full"]);
    await vi.advanceTimersByTimeAsync(DAY_MS);
    expect(runs).toBe(3);
    expect(unrefs).toEqual(["timeout", "interval"]);
    stop();
    await vi.advanceTimersByTimeAsync(DAY_MS * 3);
    expect(runs).toBe(3);
    vi.useRealTimers();
  });
});

describe("purge from the command line", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "etalonas-purge-"));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("reports per organisation; --dry-run changes nothing", { timeout: 60_000 }, async () => {
    const file = path.join(dir, "p.db");
    const db = openDatabase(file);
    migrateDatabase(db);
    const org = db.$client
      .prepare("INSERT INTO organisations (code, name, standards) VALUES ('PRG', 'Purge', '[\"VMB\"]')")
      .run().lastInsertRowid;
    db.$client.prepare("INSERT INTO access_log (org_id, at, action, object) VALUES (?, 0, 'view_audit', 'audit:1')").run(org);
    db.$client.close();
    const cli = (args: string[]) =>
      new Promise<{ code: number | null; out: string }>((resolve) => {
        const child = spawn(process.execPath, ["--import", "tsx", "scripts/cli.ts", ...args], {
          env: { ...process.env, DATABASE_URL: file },
        });
        let out = "";
        child.stdout.setEncoding("utf8").on("data", (c: string) => (out += c));
        child.on("close", (code) => resolve({ code, out }));
      });
    const dry = await cli(["purge", "--dry-run"]);
    expect(dry.code).toBe(0);
    expect(dry.out).toContain("PRG: would remove 0 audits, 1 access log entries; 0 leavers anonymised");
    const real = await cli(["purge"]);
    expect(real.out).toContain("PRG: removed 0 audits, 1 access log entries");
    expect((await cli(["purge"])).out).toContain("PRG: removed 0 audits, 0 access log entries");
  });
});
