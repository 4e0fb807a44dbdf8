// A database of the first release (migration 0000 only) full of audits upgrades to the
// current schema without losing or changing anything: answers and section scores are
// copied into their WITHOUT ROWID tables, and the rollups are backfilled to exactly what
// a recomputation gives.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { afterAll, describe, expect, it } from "vitest";
import { migrateDatabase, openDatabase, type Db } from "../../app/db.server";
import { loadChecklistFiles } from "../../app/domain/checklists/load.server";
import { rebuildAggregates } from "../../app/models/audits/aggregates.server";
import { syncChecklists } from "../../app/models/checklists/sync.server";
import { generate } from "../../app/models/demo/generate.server";

const MIGRATIONS = path.resolve("db/migrations");
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "etalonas-upgrade-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** A migrations folder holding only the first `n` migrations of the real one. */
function firstMigrations(n: number) {
  const dir = path.join(tmp, `migrations-${n}`);
  fs.mkdirSync(path.join(dir, "meta"), { recursive: true });
  const journal = JSON.parse(fs.readFileSync(path.join(MIGRATIONS, "meta/_journal.json"), "utf8"));
  journal.entries = journal.entries.slice(0, n);
  fs.writeFileSync(path.join(dir, "meta/_journal.json"), JSON.stringify(journal));
  for (const e of journal.entries) fs.copyFileSync(path.join(MIGRATIONS, `${e.tag}.sql`), path.join(dir, `${e.tag}.sql`));
  return dir;
}

const rows = (db: Db, query: string) => db.$client.prepare(query).all();
const AGGREGATES = ["agg_department_scores", "agg_channel_scores", "agg_org_items", "agg_department_items"];

/**
 * The demo generator writes with today's code, so it fills a fully migrated database; the rows
 * are then copied into the first release's tables (only the columns those had).
 */
async function firstReleaseDatabase(file: string) {
  const current = openDatabase(path.join(tmp, "current.db"));
  migrateDatabase(current);
  syncChecklists(current, loadChecklistFiles());
  await generate(current, { audits: 400, departments: 3, employees: 12, months: 4, seed: 2, endMonth: "2026-03", now: Date.UTC(2026, 2, 25), log: () => {} });
  current.$client.close();
  const db = openDatabase(file);
  migrate(db, { migrationsFolder: firstMigrations(1) });
  db.$client.exec(`ATTACH '${path.join(tmp, "current.db")}' AS cur`);
  const tables = rows(db, "SELECT name FROM main.sqlite_master WHERE type = 'table' AND name NOT LIKE '\\_\\_%' ESCAPE '\\' AND name NOT LIKE 'sqlite%'") as { name: string }[];
  db.$client.exec("PRAGMA foreign_keys = OFF");
  for (const { name } of tables) {
    const columns = (rows(db, `PRAGMA main.table_info(${name})`) as { name: string }[]).map((c) => `"${c.name}"`).join(", ");
    db.$client.exec(`DELETE FROM main."${name}"; INSERT INTO main."${name}" (${columns}) SELECT ${columns} FROM cur."${name}"`);
  }
  db.$client.exec("PRAGMA foreign_keys = ON");
  db.$client.exec("DETACH cur");
  return db;
}

describe("upgrading a first-release database", () => {
  it("keeps every answer and backfills the rollups", async () => {
    const db = await firstReleaseDatabase(path.join(tmp, "old.db"));
    // Other phrases recorded without a judgement, as the first release stored them (passing and failing items).
    db.$client.exec("UPDATE audit_answers SET other_phrase = 'Kitas posakis' WHERE phrases IS NOT NULL AND value IS NOT NULL AND audit_id % 3 = 0");
    const answers = rows(db, "SELECT * FROM audit_answers ORDER BY audit_id, item_key");
    const sections = rows(db, "SELECT * FROM audit_section_scores ORDER BY audit_id, section_key");
    expect(answers.length).toBeGreaterThan(4000);

    migrateDatabase(db);
    const oldColumns = Object.keys(answers[0] as object).join(", ");
    expect(rows(db, `SELECT ${oldColumns} FROM audit_answers ORDER BY audit_id, item_key`)).toEqual(answers);
    expect(rows(db, "SELECT * FROM audit_section_scores ORDER BY audit_id, section_key")).toEqual(sections);
    // Other phrases recorded before the judgement existed get the judgement that keeps their score.
    const judged = rows(db, "SELECT value, other_phrase_as AS judged, count(*) AS n FROM audit_answers WHERE other_phrase IS NOT NULL GROUP BY 1, 2");
    expect(judged.map((r) => (r as { value: number }).value).sort()).toEqual([0, 1]);
    for (const r of judged as { value: number; judged: string }[]) expect(r.judged).toBe(r.value === 1 ? "recommended" : "forbidden");
    const backfilled = AGGREGATES.map((t) => rows(db, `SELECT * FROM ${t} ORDER BY 1, 2, 3, 4, 5`));
    expect(backfilled[0].length).toBeGreaterThan(0);
    rebuildAggregates(db);
    const rebuilt = AGGREGATES.map((t) => rows(db, `SELECT * FROM ${t} ORDER BY 1, 2, 3, 4, 5`));
    // Integer counts must match exactly; the score sums only to rounding (summed in another order).
    expect(JSON.stringify(backfilled, (_k, v) => (typeof v === "number" ? Math.round(v * 1e6) / 1e6 : v))).toBe(
      JSON.stringify(rebuilt, (_k, v) => (typeof v === "number" ? Math.round(v * 1e6) / 1e6 : v)),
    );
    db.$client.close();
  });
});
