// A database of the first release (migration 0000 only) full of audits upgrades to the
// current schema without losing or changing anything: answers and section scores are
// copied into their WITHOUT ROWID tables, and the rollups are backfilled to exactly what
// a recomputation gives.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
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

/**
 * A database of the first release holding what today's code writes: the data is generated
 * in a current database, then the columns the first release's tables have are copied into
 * a database migrated to 0000 only (today's writers know columns added since).
 */
async function firstReleaseDatabase(options: Parameters<typeof generate>[1]): Promise<Db> {
  const sourceFile = path.join(tmp, "source.db");
  const source = openDatabase(sourceFile);
  migrateDatabase(source);
  syncChecklists(source, loadChecklistFiles());
  await generate(source, options);
  source.$client.close();
  const db = openDatabase(path.join(tmp, "old.db"));
  migrateDatabase(db, firstMigrations(1));
  const client = db.$client;
  client.pragma("foreign_keys = OFF");
  client.prepare("ATTACH ? AS src").run(sourceFile);
  const tables = client
    .prepare("SELECT name FROM main.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__drizzle%'")
    .pluck()
    .all() as string[];
  for (const table of tables) {
    const columns = (client.pragma(`main.table_info(${table})`) as { name: string }[]).map((c) => `"${c.name}"`).join(", ");
    client.exec(`INSERT INTO main."${table}" (${columns}) SELECT ${columns} FROM src."${table}"`);
  }
  client.exec("DETACH src");
  client.pragma("foreign_keys = ON");
  return db;
}
const AGGREGATES = ["agg_department_scores", "agg_channel_scores", "agg_org_items", "agg_department_items"];

describe("upgrading a first-release database", () => {
  it("keeps every answer and backfills the rollups", async () => {
    const db = await firstReleaseDatabase({
      audits: 400,
      departments: 3,
      employees: 12,
      months: 4,
      seed: 2,
      endMonth: "2026-03",
      now: Date.UTC(2026, 2, 25),
      log: () => {},
    });
    // Other phrases recorded without a judgement, as the first release stored them (passing and failing items).
    db.$client.exec(
      "UPDATE audit_answers SET other_phrase = 'Kitas posakis' WHERE phrases IS NOT NULL AND value IS NOT NULL AND audit_id % 3 = 0",
    );
    const answers = rows(db, "SELECT * FROM audit_answers ORDER BY audit_id, item_key");
    const sections = rows(db, "SELECT * FROM audit_section_scores ORDER BY audit_id, section_key");
    expect(answers.length).toBeGreaterThan(4000);

    migrateDatabase(db);
    const oldColumns = Object.keys(answers[0] as object).join(", ");
    expect(rows(db, `SELECT ${oldColumns} FROM audit_answers ORDER BY audit_id, item_key`)).toEqual(answers);
    expect(rows(db, "SELECT * FROM audit_section_scores ORDER BY audit_id, section_key")).toEqual(sections);
    // Audits of before calibration existed are ordinary audits.
    expect(rows(db, "SELECT DISTINCT calibration FROM audits")).toEqual([{ calibration: 0 }]);
    // Other phrases recorded before the judgement existed get the judgement that keeps their score.
    const judged = rows(
      db,
      "SELECT value, other_phrase_as AS judged, count(*) AS n FROM audit_answers WHERE other_phrase IS NOT NULL GROUP BY 1, 2",
    );
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
