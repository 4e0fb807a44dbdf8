// The dashboards read rollups (agg_channel_scores, agg_department_scores, agg_org_items,
// agg_department_items) or the base aggregates depending on the filters. Whatever they read, the numbers must be
// those of the published audits themselves: this recomputes them here, audit by audit,
// and compares for every kind of filter and scope.
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../app/db.server";
import { loadChecklistFiles } from "../../app/domain/checklists/load.server";
import { vilniusMonth } from "../../app/domain/time";
import { syncChecklists } from "../../app/models/checklists/sync.server";
import type { Scope } from "../../app/models/dashboards/common.server";
import { departmentData } from "../../app/models/dashboards/department.server";
import { employeeData } from "../../app/models/dashboards/employee.server";
import type { DashboardFilters } from "../../app/models/dashboards/filters.server";
import { channelsData, overviewData } from "../../app/models/dashboards/overview.server";
import { generate } from "../../app/models/demo/generate.server";
import { CHANNELS } from "../../app/domain/checklists/schema";
import { testDb } from "../helpers/db";
import { RULE_MIN_ANSWERS } from "../../app/domain/dashboards/rule-ranking";

const NOW = Date.UTC(2026, 5, 20, 12, 0);
let db: Db;
type Audit = {
  id: number;
  at: number;
  month: string;
  departmentId: number;
  employeeId: number;
  channel: string;
  checklistId: string;
  auditType: string;
  score: number | null;
  passed: number | null;
  critical: number;
};
let published: Audit[];
let answers: { auditId: number; itemKey: string; value: number | null; comment: string | null }[];
let departmentIds: number[];

beforeAll(async () => {
  db = testDb();
  syncChecklists(db, loadChecklistFiles());
  await generate(db, { audits: 700, departments: 4, employees: 24, months: 8, seed: 11, endMonth: "2026-06", now: NOW, batchSize: 200 });
  published = db.$client
    .prepare(
      `SELECT id, interaction_at AS at, department_id AS departmentId, coalesce(employee_id, 0) AS employeeId, channel,
         checklist_id AS checklistId, audit_type AS auditType, score, passed, critical_failure AS critical
       FROM audits WHERE state = 'published'`,
    )
    .all()
    .map((r) => {
      const a = r as Omit<Audit, "month">;
      return { ...a, month: vilniusMonth(a.at) };
    });
  answers = db.$client
    .prepare("SELECT audit_id AS auditId, item_key AS itemKey, value, comment FROM audit_answers")
    .all() as typeof answers;
  departmentIds = [...new Set(published.map((a) => a.departmentId))].sort((a, b) => a - b);
});

const filters = (over: Partial<DashboardFilters> = {}): DashboardFilters => ({
  from: "2025-12",
  to: "2026-05",
  channel: null,
  checklist: null,
  auditType: null,
  department: null,
  ...over,
});

/** The audits a dashboard with these filters and scope covers, chosen here without any aggregate. */
function covered(f: DashboardFilters, scope: Scope) {
  return published.filter(
    (a) =>
      a.month >= f.from &&
      a.month <= f.to &&
      (!f.channel || a.channel === f.channel) &&
      (!f.checklist || a.checklistId === f.checklist) &&
      (!f.auditType || a.auditType === f.auditType) &&
      (!f.department || a.departmentId === f.department) &&
      (!scope || scope.includes(a.departmentId)),
  );
}

function expectMeasures(actual: { audits: number; n: number; mean: number | null; passes: number; critical: number }, audits: Audit[]) {
  const scored = audits.filter((a) => a.score !== null);
  expect(actual.audits).toBe(audits.length);
  expect(actual.n).toBe(scored.length);
  expect(actual.passes).toBe(audits.filter((a) => a.passed).length);
  expect(actual.critical).toBe(audits.filter((a) => a.critical).length);
  if (scored.length) expect(actual.mean!).toBeCloseTo(scored.reduce((s, a) => s + a.score!, 0) / scored.length, 9);
  else expect(actual.mean).toBeNull();
}

/** Failures ("no", value 0) and applicable answers per rule over these audits. */
function ruleCounts(audits: Audit[]) {
  const ids = new Set(audits.map((a) => a.id));
  const counts = new Map<string, { failures: number; applicable: number }>();
  for (const x of answers) {
    if (!ids.has(x.auditId)) continue;
    const c = counts.get(x.itemKey) ?? { failures: 0, applicable: 0 };
    if (x.value !== null) c.applicable++;
    if (x.value === 0) c.failures++;
    counts.set(x.itemKey, c);
  }
  return counts;
}

const CASES: [string, Partial<DashboardFilters>, "all" | "two"][] = [
  ["no filter", {}, "all"],
  ["a channel", { channel: "phone" }, "all"],
  ["an audit type", { auditType: "supervisor" }, "all"],
  ["a checklist", { checklist: "vmb-in-person" }, "all"],
  ["a department", {}, "all"],
  ["a supervisor's two departments", {}, "two"],
  ["a supervisor's departments and a channel", { channel: "in_person" }, "two"],
];

describe("dashboards read the rollups but show the audits' own numbers", () => {
  it.each(CASES)("overview: %s", (name, over, scopeKind) => {
    const scope = scopeKind === "two" ? departmentIds.slice(0, 2) : null;
    const f = filters(name === "a department" ? { department: departmentIds[1] } : over);
    const audits = covered(f, scope);
    expect(audits.length).toBeGreaterThan(10);
    const data = overviewData(db, f, scope);
    expectMeasures(data.total, audits);
    for (const point of data.trend)
      expectMeasures(
        point,
        audits.filter((a) => a.month === point.month && a.channel === point.channel),
      );
    expect(data.trend.reduce((s, p) => s + p.audits, 0)).toBe(audits.length);
    for (const d of data.departments)
      expectMeasures(
        d,
        audits.filter((a) => a.departmentId === d.id),
      );
    const expected = ruleCounts(audits);
    for (const r of data.rules) expect({ failures: r.failures, applicable: r.applicable }).toEqual(expected.get(r.itemKey));
    // The first rule has the highest failure rate among rules with enough answers.
    const highestRate = Math.max(
      ...[...expected.values()].filter((c) => c.failures > 0 && c.applicable >= RULE_MIN_ANSWERS).map((c) => c.failures / c.applicable),
    );
    expect(data.rules[0].failures / data.rules[0].applicable).toBe(highestRate);
  });

  it("channel view: each channel's totals and rules", () => {
    const f = filters();
    const data = channelsData(db, f, null, CHANNELS);
    for (const c of data.channels) {
      const audits = covered({ ...f, channel: c.channel }, null);
      expectMeasures(c, audits);
      const expected = ruleCounts(audits);
      for (const r of c.rules) expect({ failures: r.failures, applicable: r.applicable }).toEqual(expected.get(r.itemKey));
    }
  });

  it.each([
    ["no filter", {}],
    ["an audit type", { auditType: "mystery_shopper" }],
    ["a channel", { channel: "phone" }],
  ] as const)("department page: %s", (_name, over) => {
    const department = departmentIds[0];
    const f = filters(over);
    const audits = covered({ ...f, department }, null);
    const data = departmentData(db, f, department);
    expectMeasures(data.total, audits);
    for (const point of data.trend)
      expectMeasures(
        point,
        audits.filter((a) => a.month === point.month && a.channel === point.channel),
      );
    for (const e of data.employees)
      expectMeasures(
        e,
        audits.filter((a) => a.employeeId === e.employeeId),
      );
    const expected = ruleCounts(audits);
    for (const row of data.heat) {
      expect({ failures: row.total.failures, applicable: row.total.applicable }).toEqual(expected.get(row.itemKey));
      for (const cell of row.cells) {
        const month = ruleCounts(audits.filter((a) => a.month === cell.month)).get(row.itemKey) ?? { failures: 0, applicable: 0 };
        expect({ failures: cell.failures, applicable: cell.applicable }).toEqual(month);
      }
    }
  });

  it("employee page: totals, months and broken rules", () => {
    const counts = new Map<number, number>();
    for (const a of published) if (a.employeeId) counts.set(a.employeeId, (counts.get(a.employeeId) ?? 0) + 1);
    const employee = [...counts].sort((a, b) => b[1] - a[1])[0][0];
    const f = filters();
    const audits = covered(f, null).filter((a) => a.employeeId === employee);
    const data = employeeData(db, f, employee);
    expectMeasures(data.total, audits);
    for (const point of data.trend)
      expectMeasures(
        point,
        audits.filter((a) => a.month === point.month),
      );
    const expected = ruleCounts(audits);
    expect(data.rules.length).toBeGreaterThan(0);
    for (const r of data.rules) expect({ failures: r.failures, applicable: r.applicable }).toEqual(expected.get(r.itemKey));
    // Each rule's comments: the three most recent "no" answers with a comment.
    const at = new Map(audits.map((a) => [a.id, a.at]));
    for (const r of data.rules) {
      const recent = answers
        .filter((x) => x.itemKey === r.itemKey && x.value === 0 && at.has(x.auditId) && x.comment?.trim())
        .sort((x, y) => at.get(y.auditId)! - at.get(x.auditId)! || y.auditId - x.auditId)
        .slice(0, 3);
      expect(r.comments.map((c) => c.auditId)).toEqual(recent.map((x) => x.auditId));
    }
    // (the highest-rate rules of one employee may have fewer than three commented failures)
    expect(data.rules.every((r) => r.comments.length <= 3)).toBe(true);
    expect(data.rules.some((r) => r.comments.length > 0)).toBe(true);
  });
});
