// The "most broken rules" of every dashboard are ranked by failure rate among rules with
// enough answers (not by count), and audits without a named employee are listed as not
// compared rather than "too few audits" (issue 12, defect 11).
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../app/db.server";
import { loadChecklistFiles } from "../../app/domain/checklists/load.server";
import { RULE_MIN_ANSWERS } from "../../app/domain/dashboards/rule-ranking";
import { syncChecklists } from "../../app/models/checklists/sync.server";
import { departmentData } from "../../app/models/dashboards/department.server";
import { employeeData } from "../../app/models/dashboards/employee.server";
import type { DashboardFilters } from "../../app/models/dashboards/filters.server";
import { channelsData, overviewData } from "../../app/models/dashboards/overview.server";
import { generate } from "../../app/models/demo/generate.server";
import { CHANNELS } from "../../app/domain/checklists/schema";
import { testDb } from "../helpers/db";

const NOW = Date.UTC(2026, 5, 20, 12, 0);
const f: DashboardFilters = { from: "2025-11", to: "2026-06", channel: null, checklist: null, auditType: null, department: null };
let db: Db;

beforeAll(async () => {
  db = testDb();
  syncChecklists(db, loadChecklistFiles());
  await generate(db, { audits: 700, departments: 3, employees: 15, months: 8, seed: 5, endMonth: "2026-06", now: NOW, batchSize: 200 });
});

/** Every listed rule has enough answers, the rates never increase down the list, and no better-qualified rule was left out. */
function expectRankedByRate(rules: { failures: number; applicable: number }[]) {
  expect(rules.length).toBeGreaterThan(0);
  const rates = rules.map((r) => r.failures / r.applicable);
  for (const r of rules) expect(r.applicable).toBeGreaterThanOrEqual(RULE_MIN_ANSWERS);
  for (let i = 1; i < rates.length; i++) expect(rates[i]).toBeLessThanOrEqual(rates[i - 1]);
}

const departmentIds = () =>
  (
    db.$client.prepare("SELECT DISTINCT department_id AS id FROM audits WHERE state = 'published' ORDER BY 1").all() as { id: number }[]
  ).map((r) => r.id);

describe("broken rules ranking", () => {
  it("overview and channels rank by failure rate", () => {
    expectRankedByRate(overviewData(db, f, null).rules);
    for (const channel of channelsData(db, f, null, CHANNELS).channels) if (channel.rules.length) expectRankedByRate(channel.rules);
  });

  it("the department heat map ranks by failure rate", () => {
    for (const id of departmentIds()) expectRankedByRate(departmentData(db, f, id).heat.map((h) => h.total));
  });

  it("the employee page ranks by failure rate", () => {
    const busiest = db.$client
      .prepare(
        "SELECT employee_id AS id FROM audits WHERE state = 'published' AND employee_id IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC LIMIT 1",
      )
      .get() as { id: number };
    expectRankedByRate(employeeData(db, f, busiest.id).rules);
  });
});

describe("department employees", () => {
  it("the row of audits without a named employee is not compared, whatever its n", () => {
    const rows = departmentIds().flatMap((id) => departmentData(db, f, id).employees);
    const unnamed = rows.filter((e) => e.employeeId === 0);
    expect(unnamed.length).toBeGreaterThan(0);
    for (const row of unnamed) expect(row.standing).toBe("not_ranked");
    expect(rows.some((e) => e.employeeId > 0 && e.standing !== "too_few")).toBe(true);
  });
});
