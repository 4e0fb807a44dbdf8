// The daily retention purge inside the server (app/models/privacy/purge.server.ts). The
// timers are unref'd: they never keep the process alive on their own. Each run takes a
// write turn, like a request that writes, so it never collides with a CSV import.
import { getDb } from "../app/db.server";
import { forgetOldImportJobs } from "../app/models/imports/jobs.server";
import { describePurge, runPurge } from "../app/models/privacy/purge.server";
import { inWriteTurn } from "../app/lib/write-gate.server";

export const DAY_MS = 24 * 60 * 60 * 1000;

type Timer = { unref?: () => unknown };
export type Timers = {
  setTimeout: (fn: () => void, ms: number) => Timer;
  setInterval: (fn: () => void, ms: number) => Timer;
  clear: (timer: Timer) => void;
};

const NODE_TIMERS: Timers = {
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  setInterval: (fn, ms) => setInterval(fn, ms),
  clear: (timer) => clearTimeout(timer as NodeJS.Timeout),
};

/**
 * Calls `run` once after `firstAfterMs` (start-up work done, a minute later by default), then
 * every `everyMs`. A run that fails is logged; the next one is tried as planned.
 * Returns a function that stops the schedule.
 */
export function scheduleDaily(
  run: () => Promise<void>,
  { firstAfterMs = 60_000, everyMs = DAY_MS, log = console.error, timers = NODE_TIMERS } = {},
): () => void {
  const guarded = () =>
    run().catch((error: unknown) => log(`Retention purge failed: ${error instanceof Error ? error.message : String(error)}`));
  let interval: Timer | undefined;
  const first = timers.setTimeout(() => {
    void guarded();
    interval = timers.setInterval(() => void guarded(), everyMs);
    interval.unref?.();
  }, firstAfterMs);
  first.unref?.();
  return () => {
    timers.clear(first);
    if (interval) timers.clear(interval);
  };
}

/** One purge as the server runs it: in a write turn, its report in the server's log. */
export async function purgeNow(log: (line: string) => void = console.log) {
  const report = await inWriteTurn(() => runPurge(getDb()));
  const files = forgetOldImportJobs(Date.now());
  for (const line of describePurge(report)) log(`Retention: ${line}`);
  if (files) log(`Retention: ${files} import files older than a day deleted`);
}
