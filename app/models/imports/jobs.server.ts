// Import jobs: an uploaded file is checked (dry run) in the background, shown as a preview,
// and written when its owner confirms. Jobs live in this process's memory (on globalThis,
// so that dev reloads keep them) with the uploaded file in a private folder beside the
// database (the files hold personal data: folder 0700, files 0600). A file is deleted as
// soon as it cannot be used any more (written, failed, found to have problems, cancelled,
// or a day old); a restart forgets the jobs, so start-up deletes what is left
// (sweepUploads), and the admin uploads the file again. Progress is polled by the job page.
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { databasePath, getDb } from "~/db.server";
import type { ImportKind, ImportReport } from "~/domain/csv/report";
import { requireOrgId, type SessionUser } from "~/lib/auth.server";
import { inWriteTurn } from "~/lib/write-gate.server";
import { checkAuditFile, importAuditFile } from "./audits.server";
import { importRosterFile } from "./roster.server";
import { openImportConnection } from "./transaction.server";
import { recordSecurityEvent } from "../security-log/record.server";

export type JobStatus = "checking" | "ready" | "importing" | "done" | "failed";

export type ImportJob = {
  id: string;
  kind: ImportKind;
  ownerId: number;
  /** The organisation the file is imported into (the owner's). */
  orgId: number;
  fileName: string;
  filePath: string;
  createdAt: number;
  status: JobStatus;
  /** 0–1 of the current pass (bytes read). */
  progress: number;
  /** The preview while ready; the result once done; the failed write's problems. */
  report: ImportReport | null;
  publish: boolean;
  /** An unexpected error (not a problem in the file). */
  error: string | null;
  running: Promise<void> | null;
};

const MAX_AGE_MS = 24 * 60 * 60 * 1000;

declare global {
  var __etalonasImportJobs: Map<string, ImportJob> | undefined;
}
const jobs = (globalThis.__etalonasImportJobs ??= new Map<string, ImportJob>());

/** The private upload folder, `uploads/` beside the database file, created 0700. */
export function uploadDirectory(): string {
  const dir = path.join(path.dirname(path.resolve(databasePath())), "uploads");
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  // mkdir's mode is filtered by the umask, and an older folder may have other bits.
  fs.chmodSync(dir, 0o700);
  return dir;
}

/**
 * Deletes every uploaded file: at start-up of the server (not the CLI, which may run beside
 * it), when no job can refer to them any more. Also empties the world-readable temporary
 * folder that earlier versions used.
 */
export function sweepUploads(): number {
  let removed = 0;
  for (const dir of [uploadDirectory(), path.join(os.tmpdir(), "etalonas-import")]) {
    if (!fs.existsSync(dir)) continue;
    for (const name of fs.readdirSync(dir)) {
      fs.rmSync(path.join(dir, name), { force: true, recursive: true });
      removed++;
    }
  }
  return removed;
}

function removeFile(job: ImportJob) {
  fs.rm(job.filePath, { force: true }, () => undefined);
}

/** Forgets jobs older than a day and deletes their files (also run by the daily retention purge); returns how many. */
export function forgetOldImportJobs(now: number): number {
  let forgotten = 0;
  for (const job of jobs.values())
    if (now - job.createdAt > MAX_AGE_MS && job.status !== "importing" && job.status !== "checking") {
      removeFile(job);
      jobs.delete(job.id);
      forgotten++;
    }
  return forgotten;
}

function track(job: ImportJob, work: () => Promise<void>) {
  job.running = work()
    .catch((error: unknown) => {
      console.error(error);
      job.status = "failed";
      job.error = error instanceof Error ? error.message : String(error);
      removeFile(job);
    })
    .finally(() => {
      job.running = null;
    });
}

const onProgress = (job: ImportJob) => (done: number, total: number) => {
  job.progress = total ? done / total : 1;
};

/** Registers an uploaded file and starts checking it. */
export function createImportJob(user: SessionUser, kind: ImportKind, filePath: string, fileName: string): ImportJob {
  const orgId = requireOrgId(user);
  const now = Date.now();
  forgetOldImportJobs(now);
  const job: ImportJob = {
    id: randomUUID(),
    kind,
    ownerId: user.id,
    orgId,
    fileName,
    filePath,
    createdAt: now,
    status: "checking",
    progress: 0,
    report: null,
    publish: false,
    error: null,
    running: null,
  };
  jobs.set(job.id, job);
  track(job, async () => {
    const db = getDb();
    job.report =
      kind === "roster"
        ? await importRosterFile(db, filePath, { orgId, dryRun: true, onProgress: onProgress(job) })
        : await checkAuditFile(db, filePath, { orgId, publish: false, actorId: user.id, onProgress: onProgress(job) });
    job.status = "ready";
    job.progress = 1;
    // A file with problems can never be confirmed: the admin fixes it and uploads it again.
    if (job.report.problemTotal > 0) removeFile(job);
  });
  return job;
}

/** The user's own job, or undefined (another user's job is "not found"). */
export function getImportJob(user: SessionUser, id: string): ImportJob | undefined {
  const job = jobs.get(id);
  return job && job.ownerId === user.id ? job : undefined;
}

/** Waits up to `ms` for the job's current pass, so small files need no progress page. */
export async function settleJob(job: ImportJob, ms: number) {
  if (!job.running) return;
  await Promise.race([job.running, new Promise((resolve) => setTimeout(resolve, ms))]);
}

/**
 * Writes a checked file without problems. Returns false when the job is not in that state.
 * The import is logged (security log) before it starts, while no import holds the lock.
 */
export function confirmImportJob(user: SessionUser, job: ImportJob, publish: boolean, request: Request | null = null): boolean {
  if (job.status !== "ready" || !job.report || job.report.problemTotal > 0) return false;
  job.status = "importing";
  job.publish = job.kind === "audits" && publish;
  const detail = `${job.kind}: ${job.fileName}, ${job.report.rows} rows${job.publish ? ", published" : ""}`;
  recordSecurityEvent(getDb(), request, { type: "import", orgId: job.orgId, userId: user.id, detail });
  job.progress = 0;
  track(job, async () => {
    try {
      if (job.kind === "roster") {
        // A roster is written on the app's connection in one short transaction: a writer
        // like a request, taking its turn (the file is read inside the turn; rosters are small).
        job.report = await inWriteTurn(() =>
          importRosterFile(getDb(), job.filePath, { orgId: job.orgId, dryRun: false, onProgress: onProgress(job) }),
        );
      } else {
        // Audits: on a connection of their own, holding the write lock while the file is read.
        const db = openImportConnection();
        try {
          job.report = await importAuditFile(db, job.filePath, {
            orgId: job.orgId,
            publish: job.publish,
            actorId: user.id,
            onProgress: onProgress(job),
          });
        } finally {
          db.$client.close();
        }
      }
      job.status = job.report.problemTotal ? "failed" : "done";
      job.progress = 1;
    } finally {
      removeFile(job);
    }
  });
  return true;
}

export function cancelImportJob(job: ImportJob): boolean {
  if (job.status === "importing" || job.status === "checking") return false;
  removeFile(job);
  jobs.delete(job.id);
  return true;
}

/** What the job page shows (no server paths). */
export function jobView(job: ImportJob) {
  const { id, kind, fileName, status, progress, report, publish, error, createdAt } = job;
  return { id, kind, fileName, status, progress, report, publish, error, createdAt };
}
