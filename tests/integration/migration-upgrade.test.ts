// A database of the first release (migration 0000 only) full of audits upgrades to the
// current schema without losing or changing anything: answers and section scores are
// copied into their WITHOUT ROWID tables, and the rollups are backfilled to exactly what
// a recomputation gives. A database of before organisations (up to 0006) upgrades in place
// through 0007: everything goes into one organisation, nothing else changes, and the
// operator's `migrate --org-name` names it.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { migrateDatabase, openDatabase, type Db } from "../../app/db.server";
import { loadChecklistFiles } from "../../app/domain/checklists/load.server";
import { rebuildAggregates } from "../../app/models/audits/aggregates.server";
import { syncChecklists } from "../../app/models/checklists/sync.server";
import { generate } from "../../app/models/demo/generate.server";
import { checkAuditFile, importAuditFile } from "../../app/models/imports/audits.server";
import { rebuildStageScoresIfPending, STAGE_REBUILD_SETTING } from "../../app/models/programme/backfill.server";
import { auditHeader, auditRow, csvText, tempFile } from "./csv-fixtures";

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
 * A database of an older release (its first `migrations`) holding what today's code writes:
 * the data is generated in a current database (`fill` adds more), then the columns the older
 * release's tables have are copied into a database migrated that far (today's writers know
 * columns added since).
 */
async function olderDatabase(
  name: string,
  migrations: number,
  options: Parameters<typeof generate>[1],
  fill: (db: Db) => Promise<void> = async () => {},
): Promise<Db> {
  const sourceFile = path.join(tmp, `${name}-source.db`);
  const source = openDatabase(sourceFile);
  migrateDatabase(source);
  syncChecklists(source, loadChecklistFiles());
  await generate(source, options);
  await fill(source);
  source.$client.close();
  const db = openDatabase(path.join(tmp, `${name}.db`));
  migrateDatabase(db, firstMigrations(migrations));
  const client = db.$client;
  client.pragma("foreign_keys = OFF");
  client.prepare("ATTACH ? AS src").run(sourceFile);
  const tables = client
    .prepare("SELECT name FROM main.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__drizzle%'")
    .pluck()
    .all() as string[];
  // From 0001 on, triggers fill the rollups from the base aggregates as they are copied.
  const triggers = client.prepare("SELECT count(*) FROM main.sqlite_master WHERE type = 'trigger'").pluck().get() as number;
  for (const table of tables) {
    if (triggers && AGGREGATES.includes(table)) continue;
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
    const db = await olderDatabase("first-release", 1, {
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

/** Every table of the database but drizzle's and SQLite's own, by name. */
const tableNames = (db: Db) =>
  db.$client
    .prepare(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__drizzle%' ORDER BY name",
    )
    .pluck()
    .all() as string[];

/** Every row of every table, with the columns the table has now, in a stable order. */
function contents(db: Db, columnsOf: (table: string) => string[] = (t) => columnNames(db, t)) {
  return Object.fromEntries(
    tableNames(db).map((t) => {
      const columns = columnsOf(t)
        .map((c) => `"${c}"`)
        .join(", ");
      return [t, rows(db, `SELECT ${columns} FROM "${t}" ORDER BY ${columns}`)];
    }),
  );
}
const columnNames = (db: Db, table: string) => (db.$client.pragma(`table_info(${table})`) as { name: string }[]).map((c) => c.name);

function cli(args: string[], database: string): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/cli.ts", ...args], {
      env: { ...process.env, DATABASE_URL: database },
    });
    let out = "";
    let err = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (out += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (err += chunk));
    child.stdin.end();
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, out, err }));
  });
}

describe("upgrading a database of before organisations (0006) through 0007", { timeout: 120_000 }, () => {
  const BEFORE_ORGANISATIONS = 7; // 0000 … 0006
  const NAME = "SĮ „Vilniaus miesto būstas“";
  let importFile = "";
  let db: Db;
  let before: ReturnType<typeof contents>;
  let oldColumns: Map<string, string[]>;

  it("puts everything into one organisation ORG and changes nothing else", async () => {
    db = await olderDatabase(
      "before-organisations",
      BEFORE_ORGANISATIONS,
      { audits: 300, departments: 3, employees: 12, months: 3, seed: 7, endMonth: "2026-03", now: Date.UTC(2026, 2, 25), log: () => {} },
      async (source) => {
        // Published audits of a CSV import (external refs, history "imported"), as an agency's file brings them.
        const orgId = (source.$client.prepare("SELECT id FROM organisations").get() as { id: number }).id;
        const department = (source.$client.prepare("SELECT code FROM departments ORDER BY id").get() as { code: string }).code;
        const phone = loadChecklistFiles().find((l) => l.checklist.id === "kmsa-phone")!.checklist;
        importFile = tempFile(
          csvText([
            auditHeader(phone),
            ...[1, 2, 3, 4, 5].map((n) =>
              auditRow(
                phone,
                { external_ref: `AG-${n}`, department_code: department, interaction_at: `2026-03-0${n} 10:00` },
                n % 2 ? {} : { "kmsa.phone_talk.tone": "ne", "kmsa.phone_talk.tone:comment": "Kalbėjo per greitai" },
              ),
            ),
          ]),
        );
        expect(await importAuditFile(source, importFile, { orgId, publish: true, actorId: null })).toMatchObject({
          create: 5,
          problemTotal: 0,
        });
      },
    );
    const client = db.$client;
    expect(tableNames(db)).not.toContain("organisations");
    // A ranking minimum the administrator had set; an access-log entry of the old release.
    client.prepare("INSERT INTO settings (key, value) VALUES ('min_audits_for_ranking', '5')").run();
    const someone = client.prepare("SELECT id FROM users ORDER BY id").pluck().get() as number;
    client.prepare("INSERT INTO access_log (user_id, action, object) VALUES (?, 'view_dashboard', 'employee:1')").run(someone);
    const count = (table: string) => (client.prepare(`SELECT count(*) AS n FROM "${table}"`).get() as { n: number }).n;
    for (const table of ["audits", "audit_answers", "audit_history", "departments", "employees", "users", "agg_scores", "agg_items"])
      expect(count(table), table).toBeGreaterThan(0);
    expect(rows(db, "SELECT count(*) AS n FROM audits WHERE external_ref LIKE 'AG-%' AND state = 'published'")).toEqual([{ n: 5 }]);
    oldColumns = new Map(tableNames(db).map((t) => [t, columnNames(db, t)]));
    before = contents(db);
    client.pragma("wal_checkpoint(TRUNCATE)");
    fs.copyFileSync(path.join(tmp, "before-organisations.db"), path.join(tmp, "for-cli.db"));

    migrateDatabase(db);

    // One organisation, of both standards, with the ranking minimum the setting held.
    const orgs = rows(db, "SELECT id, code, name, standards, ranking_minimum, pass_mark, active FROM organisations");
    expect(orgs).toEqual([
      {
        id: expect.any(Number),
        code: "ORG",
        name: "Organizacija",
        standards: '["VMB","KMSA"]',
        ranking_minimum: 5,
        pass_mark: null,
        active: 1,
      },
    ]);
    const orgId = (orgs[0] as { id: number }).id;
    for (const table of ["departments", "employees", "audits", "users", "access_log"])
      expect(rows(db, `SELECT org_id, count(*) AS n FROM ${table} GROUP BY org_id`), table).toEqual([{ org_id: orgId, n: count(table) }]);
    expect(rows(db, "SELECT count(*) AS n FROM user_organisations")).toEqual([{ n: 0 }]);
    // Every row of every old table is still there, unchanged, with the same ids; the old
    // setting became the organisation's, and the stage sums wait for the next start-up.
    const after = contents(db, (t) => oldColumns.get(t) ?? columnNames(db, t));
    const { settings: oldSettings, ...oldRest } = before;
    const {
      settings: newSettings,
      agg_stage_scores: stageSums,
      organisations: _o,
      user_organisations: _u,
      organisation_checklists: _c,
      recovery_codes: recovery,
      two_factor_challenges: challenges,
      user_two_factor: twoFactor,
      security_events: securityLog,
      ...newRest
    } = after;
    expect(newRest).toEqual(oldRest);
    expect([recovery, challenges, twoFactor, securityLog]).toEqual([[], [], [], []]);
    expect(newSettings).toEqual(expect.arrayContaining([{ key: STAGE_REBUILD_SETTING, value: "pending" }]));
    const withoutKeys = (list: unknown[], keys: string[]) => list.filter((r) => !keys.includes((r as { key: string }).key));
    expect(withoutKeys(newSettings, [STAGE_REBUILD_SETTING])).toEqual(withoutKeys(oldSettings, ["min_audits_for_ranking"]));
    expect(stageSums).toEqual([]);
    // The aggregates are what a recomputation gives, and so are the stage sums once computed.
    rebuildStageScoresIfPending(db);
    const aggregates = () => contents(db, (t) => columnNames(db, t));
    const kept = aggregates();
    expect(kept.agg_stage_scores.length).toBeGreaterThan(0);
    rebuildAggregates(db);
    const rounded = (x: unknown) => JSON.stringify(x, (_k, v) => (typeof v === "number" ? Math.round(v * 1e6) / 1e6 : v));
    const aggTables = Object.keys(kept).filter((t) => t.startsWith("agg_"));
    expect(aggTables.length).toBeGreaterThan(6);
    for (const t of aggTables) expect(rounded(aggregates()[t]), t).toBe(rounded(kept[t]));
    // The import's audits are the organisation's: the same file again changes nothing.
    expect(await checkAuditFile(db, importFile, { orgId, publish: true, actorId: null })).toMatchObject({
      rows: 5,
      create: 0,
      update: 0,
      unchanged: 5,
      problemTotal: 0,
    });
    expect(db.$client.pragma("foreign_key_check")).toEqual([]);
    expect(db.$client.pragma("integrity_check", { simple: true })).toBe("ok");
    db.$client.close();
  });

  it("`migrate --org-name` names the organisation that holds the old data", async () => {
    const file = path.join(tmp, "for-cli.db");
    const first = await cli(["migrate", "--org-name", NAME], file);
    expect(first.err).toBe("");
    expect(first.code).toBe(0);
    expect(first.out).toMatch(/Migrations: [1-9]\d* applied, \d+ in total/);
    expect(first.out).toContain(`Organisation: ${NAME} (ORG) holds the data from before organisations.`);
    const read = (query: string) => {
      const upgraded = openDatabase(file);
      try {
        return rows(upgraded, query);
      } finally {
        upgraded.$client.close();
      }
    };
    expect(read("SELECT code, name FROM organisations")).toEqual([{ code: "ORG", name: NAME }]);
    expect(read("SELECT count(*) AS n FROM audits WHERE org_id <> (SELECT id FROM organisations)")).toEqual([{ n: 0 }]);
    expect(read("SELECT count(*) AS n FROM audits")).toEqual([{ n: before.audits.length }]);
    // The start-up work ran too: the stage sums are computed.
    expect(read(`SELECT count(*) AS n FROM settings WHERE key = '${STAGE_REBUILD_SETTING}'`)).toEqual([{ n: 0 }]);
    // Once upgraded, the name is the organisation's to change (its settings page): migrate leaves it alone.
    const again = await cli(["migrate", "--org-name", "Kitas vardas"], file);
    expect(again.code).toBe(0);
    expect(again.out).toContain("Migrations: up to date");
    expect(again.out).not.toContain("Organisation:");
    expect(read("SELECT code, name FROM organisations")).toEqual([{ code: "ORG", name: NAME }]);
  });
});
