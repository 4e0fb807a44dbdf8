/**
 * The stream of audits to generate: which checklist, channel and audit type, which
 * department and employee, who audited, when, and the answers. Audits are spread over
 * `months` calendar months ending with `endMonth`, a little more every month (audit
 * programmes grow), on working days in office hours; the current month only up to `now`.
 */
import type { AuditType, Channel, Checklist } from "../checklists/schema";
import type { RawAnswer } from "../scoring/types";
import { generateAnswers } from "./answers";
import { overallComment } from "./comments";
import { int, pick, subRng, weightedPicker, type Rng } from "./prng";
import type { DepartmentTendency, EmployeeTendency } from "./tendency";

export type PopulationDepartment = {
  id: number;
  tendency: DepartmentTendency;
  employees: { id: number; tendency: EmployeeTendency }[];
  supervisorIds: number[];
};

export type Population = {
  departments: PopulationDepartment[];
  shopperIds: number[];
  /** Supervisors to fall back on for departments that have none of their own. */
  supervisorIds: number[];
  checklists: { id: string; versionId: string; checklist: Checklist }[];
};

export type PlanOptions = { seed: number; audits: number; months: number; endMonth: string; now: number };

export type PlannedAudit = {
  checklistIndex: number;
  channel: Channel;
  auditType: AuditType;
  departmentId: number;
  employeeId: number | null;
  auditorId: number;
  interactionAt: number;
  submittedAt: number;
  publishedAt: number;
  overallComment: string | null;
  answers: RawAnswer[];
};

/** How common each kind of checklist is in an audit programme (by the id's suffix). */
const KIND_WEIGHT: [RegExp, number][] = [
  [/-in-person$/, 30],
  [/-phone$/, 18],
  [/-email$/, 10],
  [/-appearance$/, 8],
  [/-workplace$/, 6],
  [/-(home|field)-visit$/, 5],
  [/-conflict$/, 5],
  [/-special-situations$/, 4],
];
const CHANNEL_WEIGHT: Record<Channel, number> = { in_person: 6, phone: 3, email: 1.5, home_visit: 1 };
const TYPE_WEIGHT: Record<AuditType, number> = { mystery_shopper: 7, supervisor: 3 };
const HOUR = 3_600_000;

/** Checklists about premises rate the department, not a person. */
const departmentLevel = (checklistId: string) => /-workplace$/.test(checklistId);

type Combo = { checklistIndex: number; channel: Channel; auditType: AuditType };

function combos(population: Population): { list: Combo[]; weights: number[] } {
  const list: Combo[] = [];
  const weights: number[] = [];
  population.checklists.forEach(({ id, checklist }, checklistIndex) => {
    const kind = KIND_WEIGHT.find(([re]) => re.test(id))?.[1] ?? 4;
    const channelTotal = checklist.channels.reduce((s, c) => s + CHANNEL_WEIGHT[c], 0);
    const typeTotal = checklist.audit_types.reduce((s, t) => s + TYPE_WEIGHT[t], 0);
    for (const channel of checklist.channels)
      for (const auditType of checklist.audit_types) {
        list.push({ checklistIndex, channel, auditType });
        weights.push((kind * CHANNEL_WEIGHT[channel] * TYPE_WEIGHT[auditType]) / (channelTotal * typeTotal));
      }
  });
  return { list, weights };
}

/** `total` split in proportion to the weights, remainders to the largest fractions. */
export function shares(weights: readonly number[], total: number): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (sum > 0 ? (total * w) / sum : 0));
  const counts = exact.map(Math.floor);
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let left = total - counts.reduce((a, b) => a + b, 0), k = 0; left > 0; left--, k++) counts[order[k % order.length][1]]++;
  return counts;
}

/** The `count` months ending with endMonth, oldest first: [year, month0]. */
export function monthSpan(endMonth: string, count: number): [number, number][] {
  const [y, m] = endMonth.split("-").map(Number);
  return Array.from({ length: count }, (_, i) => {
    const k = y * 12 + (m - 1) - (count - 1 - i);
    return [Math.floor(k / 12), k % 12];
  });
}

const daysIn = (year: number, month0: number) => new Date(Date.UTC(year, month0 + 1, 0)).getUTCDate();

/** A working-day moment in office hours (08–17 Vilnius time) of the month, not after `now`. */
function momentIn(rng: Rng, year: number, month0: number, now: number): { at: number; dayShare: number } {
  const lastDay = Math.min(daysIn(year, month0), Date.UTC(year, month0 + 1, 1) > now ? new Date(now).getUTCDate() : 99);
  let day = int(rng, 1, lastDay);
  for (let tries = 0; tries < 3 && [0, 6].includes(new Date(Date.UTC(year, month0, day)).getUTCDay()); tries++) day = int(rng, 1, lastDay);
  // Vilnius is UTC+2 or +3: 06:00–14:59 UTC is always the same calendar day there.
  let at = Date.UTC(year, month0, day, 6 + int(rng, 0, 8), int(rng, 0, 59));
  // Early in the current month this may fall in the previous one: never in the future.
  if (at > now - HOUR) at = now - HOUR - int(rng, 0, 3) * HOUR;
  return { at, dayShare: (day - 1) / daysIn(year, month0) };
}

export function* planAudits(population: Population, options: PlanOptions): Generator<PlannedAudit> {
  const { seed, audits, months, endMonth, now } = options;
  if (!population.checklists.length) throw new Error("no checklists to generate audits for");
  if (!population.departments.length) throw new Error("no departments to generate audits for");
  if (!population.shopperIds.length) throw new Error("no mystery shoppers to generate audits for");
  const rng = subRng(seed, "audits");
  const { list, weights } = combos(population);
  const pickCombo = weightedPicker(weights);
  const span = monthSpan(endMonth, months);
  const monthWeights = span.map(([y, m], i) => {
    const growth = 1 + (0.5 * i) / Math.max(1, months - 1);
    const start = Date.UTC(y, m, 1);
    const end = Date.UTC(y, m + 1, 1);
    return now >= end ? growth : now <= start ? 0 : (growth * (now - start)) / (end - start);
  });
  const perMonth = shares(monthWeights, audits);
  const staff = population.departments.flatMap((d, di) => d.employees.map((_, ei) => [di, ei] as const));
  const deptOf = (rng: Rng) => population.departments[int(rng, 0, population.departments.length - 1)];

  // Month by month, in time order: audit ids grow with time as in real use, and a batch of
  // consecutive audits touches few aggregate rows.
  for (let monthIndex = 0; monthIndex < span.length; monthIndex++) {
    const [year, month0] = span[monthIndex];
    const moments = Array.from({ length: perMonth[monthIndex] }, () => momentIn(rng, year, month0, now)).sort((a, b) => a.at - b.at);
    for (const { at, dayShare } of moments) yield plannedAudit(at, dayShare, monthIndex);
  }

  function plannedAudit(at: number, dayShare: number, monthIndex: number): PlannedAudit {
    const combo = list[pickCombo(rng)];
    const { id: checklistId, checklist } = population.checklists[combo.checklistIndex];
    let department: PopulationDepartment;
    let employee: PopulationDepartment["employees"][number] | null = null;
    if (departmentLevel(checklistId) || !staff.length || rng() < 0.05) department = deptOf(rng);
    else {
      const [di, ei] = staff[int(rng, 0, staff.length - 1)];
      department = population.departments[di];
      employee = department.employees[ei];
    }
    const t = Math.min(1, (monthIndex + dayShare) / Math.max(1, months - 1));
    const shopper = combo.auditType === "mystery_shopper";
    const supervisors = department.supervisorIds.length ? department.supervisorIds : population.supervisorIds;
    const auditorId = shopper || !supervisors.length ? pick(rng, population.shopperIds) : pick(rng, supervisors);
    const submittedAt = Math.min(now, at + (shopper ? int(rng, 1, 12) * 30 * 60_000 : int(rng, 5, 40) * 60_000));
    // Mystery-shopper audits wait for review; supervisor inspections publish on submit.
    const publishedAt = shopper ? Math.min(now, submittedAt + int(rng, 1, 72) * HOUR) : submittedAt;
    const answers = generateAnswers({
      checklist,
      channel: combo.channel,
      seed,
      department: department.tendency,
      employee: employee?.tendency ?? null,
      t,
      rng,
    });
    return {
      checklistIndex: combo.checklistIndex,
      channel: combo.channel,
      auditType: combo.auditType,
      departmentId: department.id,
      employeeId: employee?.id ?? null,
      auditorId,
      interactionAt: at,
      submittedAt,
      publishedAt,
      overallComment: rng() < 0.15 ? overallComment(rng) : null,
      answers,
    };
  }
}
