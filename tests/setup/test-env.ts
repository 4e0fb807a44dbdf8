// Every test file runs in its own process with its own migrated temporary database.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { afterAll } from "vitest";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "etalonas-test-"));
process.env.DATABASE_URL = path.join(dir, `${randomUUID()}.db`);
process.env.NODE_ENV = "test";

afterAll(async () => {
  const { closeDb } = await import("../../app/db.server");
  closeDb();
  fs.rmSync(dir, { recursive: true, force: true });
});
