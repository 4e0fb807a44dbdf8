import { describe, expect, it } from "vitest";
import { vilniusMonth } from "~/domain/time";
import { loadChecklistFiles } from "../checklists/load.server";
import { validateAnswers } from "../scoring";
import { generateOrganisation } from "./organisation";
import { monthSpan, planAudits, type Population } from "./plan";

const loaded = loadChecklistFiles();
const NOW = Date.UTC(2026, 4, 14, 10, 0); // 2026-05-14, a Thursday

function population(): Population {
  const org = generateOrganisation(5, 6, 40);
  return {
    departments: org.departments.map((d) => ({
      id: 100 + d.index,
      tendency: d.tendency,
      employees: org.employees.filter((e) => e.departmentIndex === d.index).map((e) => ({ id: 1000 + e.index, tendency: e.tendency })),
      supervisorIds: d.index < 3 ? [50 + d.index] : [],
    })),
    shopperIds: [1, 2, 3],
    supervisorIds: [50, 51, 52],
    checklists: loaded.map((l) => ({ id: l.checklist.id, versionId: l.hash, checklist: l.checklist })),
  };
}

const options = { seed: 9, audits: 3000, months: 12, endMonth: "2026-05", now: NOW };

describe("audit plan", () => {
  it("lists the months ending with the end month", () => {
    expect(monthSpan("2026-02", 3)).toEqual([
      [2025, 11],
      [2026, 0],
      [2026, 1],
    ]);
  });

  it("is the same for the same seed", () => {
    const a = [...planAudits(population(), { ...options, audits: 200 })];
    const b = [...planAudits(population(), { ...options, audits: 200 })];
    expect(a).toEqual(b);
    expect([...planAudits(population(), { ...options, audits: 200, seed: 10 })]).not.toEqual(a);
  });

  it("spreads valid audits over the months, departments, checklists, channels and audit types", () => {
    const pop = population();
    const planned = [...planAudits(pop, options)];
    expect(planned).toHaveLength(3000);
    const months = new Set(monthSpan("2026-05", 12).map(([y, m]) => `${y}-${String(m + 1).padStart(2, "0")}`));
    const seenMonths = new Set<string>();
    const combos = new Set<string>();
    for (const a of planned) {
      expect(a.interactionAt).toBeLessThanOrEqual(NOW);
      expect(a.submittedAt).toBeGreaterThanOrEqual(a.interactionAt);
      expect(a.publishedAt).toBeGreaterThanOrEqual(a.submittedAt);
      expect(a.publishedAt).toBeLessThanOrEqual(NOW);
      const month = vilniusMonth(a.interactionAt);
      expect(months.has(month)).toBe(true);
      seenMonths.add(month);
      const dept = pop.departments.find((d) => d.id === a.departmentId)!;
      if (a.employeeId !== null) expect(dept.employees.map((e) => e.id)).toContain(a.employeeId);
      const { checklist } = pop.checklists[a.checklistIndex];
      expect(checklist.channels).toContain(a.channel);
      expect(checklist.audit_types).toContain(a.auditType);
      if (a.auditType === "mystery_shopper") expect(pop.shopperIds).toContain(a.auditorId);
      else expect(dept.supervisorIds.length ? dept.supervisorIds : pop.supervisorIds).toContain(a.auditorId);
      expect(validateAnswers(checklist, a.answers, { requireComplete: true })).toEqual([]);
      combos.add(`${checklist.id}/${a.channel}/${a.auditType}`);
    }
    expect(seenMonths.size).toBe(12);
    const possible = pop.checklists.reduce((n, c) => n + c.checklist.channels.length * c.checklist.audit_types.length, 0);
    expect(combos.size).toBeGreaterThan(possible * 0.9);
    expect(new Set([...combos].map((c) => c.split("/")[0])).size).toBe(pop.checklists.length);
    // Later months have more audits than the first (a growing programme).
    const count = (m: string) => planned.filter((a) => vilniusMonth(a.interactionAt) === m).length;
    expect(count("2026-04")).toBeGreaterThan(count("2025-06"));
  });
});
