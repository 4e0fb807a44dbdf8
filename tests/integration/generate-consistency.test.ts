// The generator writes through the audit store's bulk path: the aggregates it maintains must
// equal a full recomputation, every stored score must be what the scoring engine says, the
// bulk path must write what insertCompletedAudit writes, and the same seed gives the same data.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrateDatabase, openDatabase, type Db } from "../../app/db.server";
import { loadChecklistFiles } from "../../app/domain/checklists/load.server";
import { scoreAudit } from "../../app/domain/scoring";
import { hashPassword, verifyPassword } from "../../app/lib/password.server";
import { rebuildAggregates } from "../../app/models/audits/aggregates.server";
import { readAnswers } from "../../app/models/audits/answers.server";
import { getChecklistVersion } from "../../app/models/audits/checklists.server";
import { bulkInsertAudits, insertCompletedAudit } from "../../app/models/audits/store.server";
import { syncChecklists } from "../../app/models/checklists/sync.server";
import { generate, type GenerateOptions } from "../../app/models/demo/generate.server";
import { testDb } from "../helpers/db";

const NOW = Date.UTC(2026, 2, 20, 12, 0);
const OPTIONS: GenerateOptions = {
  audits: 900,
  departments: 5,
  employees: 30,
  months: 6,
  seed: 3,
  endMonth: "2026-03",
  now: NOW,
  batchSize: 250,
};
const loaded = loadChecklistFiles();
let db: Db;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "etalonas-generate-"));

beforeAll(async () => {
  db = testDb();
  syncChecklists(db, loaded);
  await generate(db, OPTIONS);
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function rows(d: Db, query: string) {
  return d.all<Record<string, unknown>>(sql.raw(query));
}

function aggregates(d: Db) {
  return {
    scores: rows(d, "SELECT * FROM agg_scores ORDER BY month, department_id, employee_id, channel, checklist_id, audit_type"),
    items: rows(d, "SELECT * FROM agg_items ORDER BY month, department_id, channel, checklist_id, audit_type, item_key"),
  };
}

function expectSameAggregates(maintained: ReturnType<typeof aggregates>, rebuilt: ReturnType<typeof aggregates>) {
  expect(maintained.items).toEqual(rebuilt.items);
  expect(maintained.scores.length).toBe(rebuilt.scores.length);
  maintained.scores.forEach((m, i) => {
    const r = rebuilt.scores[i];
    for (const col of [
      "month",
      "department_id",
      "employee_id",
      "channel",
      "checklist_id",
      "audit_type",
      "audits",
      "scored",
      "critical_failures",
      "passes",
    ])
      expect(m[col], col).toBe(r[col]);
    expect(m.sum_score as number).toBeCloseTo(r.sum_score as number, 6);
    expect(m.sum_sq_score as number).toBeCloseTo(r.sum_sq_score as number, 4);
  });
}

describe("generated data", () => {
  it("has the organisation, accounts and published audits asked for", () => {
    const count = (q: string) => (rows(db, q)[0] as { n: number }).n;
    expect(count("SELECT count(*) n FROM departments")).toBe(5);
    expect(count("SELECT count(*) n FROM employees")).toBe(30);
    expect(count("SELECT count(*) n FROM users WHERE role = 'supervisor'")).toBe(5);
    expect(count("SELECT count(*) n FROM user_departments")).toBe(5);
    expect(count("SELECT count(*) n FROM users WHERE role = 'mystery_shopper'")).toBe(3);
    expect(count("SELECT count(*) n FROM audits WHERE state = 'published'")).toBe(900);
    expect(count("SELECT count(DISTINCT checklist_id) n FROM audits")).toBe(loaded.length);
    expect(count("SELECT count(*) n FROM audits WHERE critical_failure = 1")).toBeGreaterThan(0);
    expect(count("SELECT count(*) n FROM audit_answers WHERE choice = 'na'")).toBeGreaterThan(0);
    expect(count("SELECT count(*) n FROM audit_answers WHERE value = 0 AND comment IS NULL")).toBe(0);
    expect(count("SELECT count(*) n FROM audit_history")).toBe(900);
    expect(count(`SELECT count(*) n FROM audits WHERE interaction_at > ${NOW}`)).toBe(0);
    // Lithuanian names with diacritics, gendered surnames.
    const names = rows(db, "SELECT first_name || ' ' || last_name AS name FROM employees").map((r) => r.name as string);
    expect(names.some((n) => /[ąčęėįšųūž]/i.test(n))).toBe(true);
  });

  it("maintains aggregates equal to a full recomputation", () => {
    const maintained = aggregates(db);
    expect(maintained.scores.length).toBeGreaterThan(0);
    rebuildAggregates(db);
    expectSameAggregates(maintained, aggregates(db));
  });

  it("stores the scores the scoring engine gives for the stored answers", () => {
    for (const audit of rows(db, "SELECT * FROM audits ORDER BY id LIMIT 120")) {
      const checklist = getChecklistVersion(db, audit.checklist_version_id as string);
      const result = scoreAudit(checklist, readAnswers(db, audit.id as number));
      expect(audit.score).toBe(result.score);
      expect(audit.passed).toBe(result.passed === null ? null : result.passed ? 1 : 0);
      expect(audit.critical_failure).toBe(result.criticalFailure ? 1 : 0);
      expect(JSON.parse(audit.critical_items as string)).toEqual(result.criticalItems);
      const sections = rows(db, `SELECT section_key, score FROM audit_section_scores WHERE audit_id = ${audit.id} ORDER BY section_key`);
      const bySection = [...result.sections].sort((a, b) => (a.key < b.key ? -1 : 1));
      expect(sections).toEqual(bySection.map((s) => ({ section_key: s.key, score: s.score })));
    }
  });

  it("writes through the bulk path exactly what insertCompletedAudit writes", () => {
    const source = rows(db, "SELECT * FROM audits WHERE critical_failure = 1 LIMIT 1").concat(
      rows(db, "SELECT * FROM audits WHERE overall_comment IS NOT NULL LIMIT 1"),
    );
    for (const a of source) {
      const input = {
        checklistVersionId: a.checklist_version_id as string,
        auditType: a.audit_type as "mystery_shopper",
        channel: a.channel as "phone",
        departmentId: a.department_id as number,
        employeeId: a.employee_id as number | null,
        auditorId: a.auditor_id as number,
        interactionAt: a.interaction_at as number,
        overallComment: a.overall_comment as string | null,
        answers: readAnswers(db, a.id as number),
        state: "published" as const,
        actorId: a.auditor_id as number,
        submittedAt: 1,
        publishedAt: 2,
      };
      const viaModel = insertCompletedAudit(db, input).id;
      const viaBulk = bulkInsertAudits(db, [input]).lastId!;
      // Ids and the moments of writing differ between the two copies; nothing else may.
      const strip = (r: Record<string, unknown>) =>
        Object.fromEntries(Object.entries(r).filter(([k]) => !["id", "audit_id", "created_at", "updated_at", "at"].includes(k)));
      const pair = (q: (id: number) => string) => [viaModel, viaBulk].map((id) => rows(db, q(id)).map(strip));
      for (const q of [
        (id: number) => `SELECT * FROM audits WHERE id = ${id}`,
        (id: number) => `SELECT * FROM audit_answers WHERE audit_id = ${id} ORDER BY item_key`,
        (id: number) => `SELECT * FROM audit_section_scores WHERE audit_id = ${id} ORDER BY section_key`,
        (id: number) => `SELECT * FROM audit_history WHERE audit_id = ${id}`,
      ]) {
        const [model, bulk] = pair(q);
        expect(bulk).toEqual(model);
        expect(bulk.length).toBeGreaterThan(0);
      }
    }
    // Both added their contribution: still equal to a recomputation.
    const maintained = aggregates(db);
    rebuildAggregates(db);
    expectSameAggregates(maintained, aggregates(db));
  });

  it("gives generated accounts a real argon2 hash (same cost as a real account's) that no password matches", async () => {
    const hashes = rows(db, "SELECT DISTINCT password_hash AS h FROM users").map((r) => r.h as string);
    expect(hashes).toHaveLength(1);
    const [hash] = hashes;
    const real = await hashPassword("a real password of a real user");
    // Same algorithm and cost parameters: verifying takes as long as for a real account.
    expect(hash.split("$").slice(0, 4)).toEqual(real.split("$").slice(0, 4));
    expect(hash.split("$")[3]).toBe("m=19456,t=2,p=1");
    for (const guess of ["", "etalonas-demo", hash]) expect(await verifyPassword(hash, guess)).toBe(false);
  });

  it("is the same for the same seed", async () => {
    const dump = (d: Db) =>
      [
        "departments",
        "employees",
        "users",
        "user_departments",
        "audits",
        "audit_answers",
        "audit_section_scores",
        "audit_history",
        "agg_scores",
        "agg_items",
      ].map(
        // Answers and section scores have no rowid: their key orders them.
        (t) => rows(d, `SELECT * FROM ${t} ORDER BY ${t.startsWith("audit_") && t !== "audit_history" ? "1, 2" : "rowid"}`),
      );
    const fresh = async (name: string, seed: number) => {
      const d = openDatabase(path.join(tmp, name));
      migrateDatabase(d);
      syncChecklists(d, loaded);
      await generate(d, { ...OPTIONS, audits: 300, seed });
      return d;
    };
    const [a, b, c] = [await fresh("a.db", 8), await fresh("b.db", 8), await fresh("c.db", 9)];
    expect(dump(b)).toEqual(dump(a));
    expect(dump(c)[4]).not.toEqual(dump(a)[4]);
    for (const d of [a, b, c]) d.$client.close();
  });

  it("refuses to generate the same seed twice into one database", async () => {
    await expect(generate(db, { ...OPTIONS, audits: 10 })).rejects.toThrow(/already generated/);
  });
});
