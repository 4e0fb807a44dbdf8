// Small helpers shared by the benchmark scripts.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export const ROOT = path.resolve(import.meta.dirname, "..");
export const TMP = path.join(ROOT, "bench", ".tmp");

export function percentile(values: number[], p: number): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (p / 100) * (sorted.length - 1);
  const lo = Math.floor(rank);
  const hi = Math.ceil(rank);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (rank - lo);
}

export const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;

export function machine() {
  return {
    cores: os.cpus().length,
    cpu: os.cpus()[0]?.model ?? "unknown",
    memory_gb: round(os.totalmem() / 1024 ** 3, 1),
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    load_average_at_start: os.loadavg().map((x) => round(x, 2)),
  };
}

/** A fresh, empty folder for one benchmark's databases. */
export function freshDir(name: string): string {
  const dir = path.join(TMP, name);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

/** Runs a command, echoing its output with a prefix; resolves with stdout. */
export function run(command: string, args: string[], options: { env?: NodeJS.ProcessEnv; prefix?: string } = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, env: { ...process.env, ...options.env }, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    const echo = (chunk: Buffer) => {
      const text = chunk.toString();
      for (const line of text.split("\n")) if (line.trim() && !line.startsWith("RESULT ")) console.log(`${options.prefix ?? ""}${line}`);
    };
    child.stdout.on("data", (c: Buffer) => {
      out += c.toString();
      echo(c);
    });
    child.stderr.on("data", echo);
    child.on("error", reject);
    child.on("close", (code) => (code === 0 ? resolve(out) : reject(new Error(`${command} ${args.join(" ")} exited with ${code}`))));
  });
}

/** The JSON a child printed on its "RESULT {…}" line. */
export function resultOf<T>(stdout: string): T {
  const line = stdout.split("\n").find((l) => l.startsWith("RESULT "));
  if (!line) throw new Error("the benchmark child printed no RESULT line");
  return JSON.parse(line.slice("RESULT ".length)) as T;
}

export function flag(argv: string[], name: string): string | undefined {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1];
}

/**
 * A benchmark database at `file`, migrated and with the checklists synced: removed first
 * unless `keep`. DATABASE_URL is set before the app's modules are imported, so that a
 * getDb() of the app (or of the server started from it) opens the same file.
 */
export async function benchDatabase(file: string, { keep = false } = {}) {
  if (!keep) for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
  process.env.DATABASE_URL = file;
  const { migrateDatabase, openDatabase } = await import("../app/db.server");
  const { loadChecklistFiles } = await import("../app/domain/checklists/load.server");
  const { syncChecklists } = await import("../app/models/checklists/sync.server");
  const db = openDatabase(file);
  migrateDatabase(db);
  syncChecklists(db, loadChecklistFiles());
  return db;
}
