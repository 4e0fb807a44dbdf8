// The running server marks the database it serves with a small file beside it
// (`<database>.server`, holding its process id), so that `restore` can refuse to replace a
// database under a running server. A lock left by a crashed server is ignored: the process
// it names no longer exists.
import fs from "node:fs";
import path from "node:path";

export type ServerMark = { pid: number; startedAt: string };

export function serverMarkPath(databaseFile: string): string {
  return `${path.resolve(databaseFile)}.server`;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user (a server run as a service user).
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** The server running on this database, or null when none is (or its mark is stale). */
export function runningServer(databaseFile: string): ServerMark | null {
  let mark: ServerMark;
  try {
    mark = JSON.parse(fs.readFileSync(serverMarkPath(databaseFile), "utf8")) as ServerMark;
  } catch {
    return null;
  }
  return Number.isInteger(mark.pid) && mark.pid !== process.pid && alive(mark.pid) ? mark : null;
}

/** Writes this process's mark; the returned function removes it (on shutdown). */
export function markServer(databaseFile: string): () => void {
  const file = serverMarkPath(databaseFile);
  const mark: ServerMark = { pid: process.pid, startedAt: new Date().toISOString() };
  fs.writeFileSync(file, JSON.stringify(mark), { mode: 0o644 });
  return () => {
    try {
      const current = JSON.parse(fs.readFileSync(file, "utf8")) as ServerMark;
      if (current.pid === process.pid) fs.rmSync(file, { force: true });
    } catch {
      // already gone
    }
  };
}
