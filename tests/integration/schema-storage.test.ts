// Storage choices the drizzle schema cannot express, checked on a migrated database: a
// later drizzle-kit table rebuild that dropped them would otherwise go unnoticed.
import { describe, expect, it } from "vitest";
import { loadChecklistFiles } from "../../app/domain/checklists/load.server";
import { syncChecklists } from "../../app/models/checklists/sync.server";
import { generate } from "../../app/models/demo/generate.server";
import { testDb } from "../helpers/db";

describe("migrated schema", () => {
  const db = testDb();
  const sqlOf = (name: string) =>
    (db.$client.prepare("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) as { sql: string } | undefined)?.sql ??
    "";

  it.each(["audit_answers", "audit_section_scores"])("%s is a WITHOUT ROWID table keyed by audit", (table) => {
    expect(sqlOf(table)).toMatch(/PRIMARY KEY\(`audit_id`, `\w+`\)[\s\S]*\) WITHOUT ROWID$/);
  });

  it("the rollups are kept by triggers on the tables they roll up", () => {
    const names = db.$client
      // The security log's append-only triggers are checked in security-log.test.ts.
      .prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'agg\\_%' ESCAPE '\\'")
      .all()
      .map((t) => (t as { name: string }).name);
    const rollups = [
      ["agg_department_scores", "agg_scores"],
      ["agg_channel_scores", "agg_department_scores"],
      ["agg_org_items", "agg_items"],
      ["agg_department_items", "agg_items"],
    ];
    const expected = rollups.flatMap(([rollup, base]) => ["insert", "update", "delete"].map((e) => `${rollup}_from_${base}_${e}`));
    expect(names.sort()).toEqual(expected.sort());
  });

  it("deleting an audit still deletes its answers and section scores (foreign-key cascade)", async () => {
    syncChecklists(db, loadChecklistFiles());
    await generate(db, { audits: 5, departments: 1, employees: 2, months: 1, seed: 1, log: () => {} });
    const c = db.$client;
    const id = (c.prepare("SELECT min(id) AS id FROM audits").get() as { id: number }).id;
    const count = (table: string) => (c.prepare(`SELECT count(*) AS n FROM ${table} WHERE audit_id = ?`).get(id) as { n: number }).n;
    expect(count("audit_answers")).toBeGreaterThan(0);
    expect(count("audit_section_scores")).toBeGreaterThan(0);
    c.prepare("DELETE FROM audits WHERE id = ?").run(id);
    expect(count("audit_answers")).toBe(0);
    expect(count("audit_section_scores")).toBe(0);
  });
});
