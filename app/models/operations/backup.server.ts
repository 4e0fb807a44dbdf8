// Online backup and restore of the database file and the evidence files beside it.
// The copy uses SQLite's backup API (better-sqlite3's `db.backup()`), which reads a
// consistent snapshot while the server keeps writing; a plain file copy taken during
// writes lost acknowledged audits (issue 21).
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";

/** Folders beside the database that hold files worth keeping (uploads/ holds only
 * temporary import files, deleted at every start, so it is not backed up). */
export const KEPT_FOLDERS = ["evidence"] as const;
/** Files beside the database that the data cannot be read without: `secret.key` encrypts the
 * two-factor secrets (app/lib/secret-box.server.ts), so a restore without it would lock
 * every enrolled user out of two-factor sign-in. Copied with owner-only permissions. */
export const KEPT_FILES = ["secret.key"] as const;

export type DatabaseSummary = { integrity: string; organisations: number; audits: number; users: number; employees: number };

/** The folder of files that goes with a backup file: `<backup>.files/`. */
export function filesFolderOf(backupFile: string): string {
  return `${backupFile}.files`;
}

function count(db: Database.Database, table: string): number {
  return (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
}

/** Checks a database file (PRAGMA integrity_check) and counts what it holds. */
export function summarise(file: string): DatabaseSummary {
  // Not read-only: a copy of a WAL database needs its -shm file created to be read.
  const db = new Database(file, { fileMustExist: true });
  try {
    const rows = db.pragma("integrity_check") as { integrity_check: string }[];
    const integrity = rows.map((r) => r.integrity_check).join("; ");
    return {
      integrity,
      organisations: count(db, "organisations"),
      audits: count(db, "audits"),
      users: count(db, "users"),
      employees: count(db, "employees"),
    };
  } finally {
    db.close();
  }
}

function copyFolders(fromDir: string, toDir: string): string[] {
  const copied: string[] = [];
  for (const name of KEPT_FOLDERS) {
    const from = path.join(fromDir, name);
    if (!fs.existsSync(from)) continue;
    fs.rmSync(path.join(toDir, name), { recursive: true, force: true });
    fs.cpSync(from, path.join(toDir, name), { recursive: true, preserveTimestamps: true });
    copied.push(name);
  }
  for (const name of KEPT_FILES) {
    const from = path.join(fromDir, name);
    if (!fs.existsSync(from)) continue;
    fs.mkdirSync(toDir, { recursive: true, mode: 0o700 });
    fs.copyFileSync(from, path.join(toDir, name));
    fs.chmodSync(path.join(toDir, name), 0o600);
    copied.push(name);
  }
  return copied;
}

export type BackupReport = DatabaseSummary & { file: string; bytes: number; ms: number; folders: string[] };

/**
 * Copies the live database `source` to `target` (which must not exist) and the kept folders
 * to `<target>.files/`. The copy is written to a temporary name and renamed when complete,
 * so a half-written backup never carries the final name.
 */
export async function backupDatabase(source: string, target: string): Promise<BackupReport> {
  const started = performance.now();
  const partial = `${target}.partial`;
  fs.rmSync(partial, { force: true });
  const db = new Database(source, { fileMustExist: true });
  try {
    db.pragma("busy_timeout = 5000");
    // Every page in one step: the step reads one snapshot, and a write by the server
    // between smaller steps would make SQLite start the copy again (over and over under load).
    await db.backup(partial, { progress: ({ remainingPages }) => Math.max(remainingPages, 1) });
  } finally {
    db.close();
  }
  // A backup is one self-contained file: no WAL beside it.
  const copy = new Database(partial);
  copy.pragma("journal_mode = DELETE");
  copy.close();
  const summary = summarise(partial);
  if (summary.integrity !== "ok") throw new Error(`the copy failed its integrity check: ${summary.integrity}`);
  fs.renameSync(partial, target);
  const filesDir = filesFolderOf(target);
  const folders = copyFolders(path.dirname(path.resolve(source)), filesDir);
  return { ...summary, file: target, bytes: fs.statSync(target).size, ms: performance.now() - started, folders };
}

export type RestoreReport = DatabaseSummary & { previous: string | null; folders: string[] };

/**
 * Replaces the database `target` with the backup `from` (checked first). The database it
 * replaces is kept beside it as `<target>.before-restore-<time>`; its -wal and -shm files go,
 * since they belong to the old file.
 */
export async function restoreDatabase(from: string, target: string, now = new Date()): Promise<RestoreReport> {
  const summary = summarise(from);
  if (summary.integrity !== "ok") throw new Error(`the backup failed its integrity check: ${summary.integrity}`);
  fs.mkdirSync(path.dirname(path.resolve(target)), { recursive: true });
  const partial = `${target}.restoring`;
  fs.rmSync(partial, { force: true });
  const source = new Database(from, { fileMustExist: true });
  try {
    await source.backup(partial);
  } finally {
    source.close();
  }
  let previous: string | null = null;
  if (fs.existsSync(target)) {
    // Fold the old WAL into the old file first, so the kept copy is whole.
    const old = new Database(target);
    old.pragma("wal_checkpoint(TRUNCATE)");
    old.close();
    previous = `${target}.before-restore-${now.toISOString().replace(/[:.]/g, "-")}`;
    fs.renameSync(target, previous);
  }
  for (const suffix of ["-wal", "-shm"]) fs.rmSync(target + suffix, { force: true });
  fs.renameSync(partial, target);
  const filesDir = filesFolderOf(from);
  const folders = fs.existsSync(filesDir) ? copyFolders(filesDir, path.dirname(path.resolve(target))) : [];
  return { ...summarise(target), previous, folders };
}
