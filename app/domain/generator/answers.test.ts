// Every generated answer set must be valid for its checklist, and the data must have the
// intended shape: hard rules fail often, scores improve, critical failures are rare.
import { describe, expect, it } from "vitest";
import { loadChecklistFiles } from "../checklists/load.server";
import type { Checklist } from "../checklists/schema";
import { checklistItems, scoreAudit, validateAnswers, type RawAnswer } from "../scoring";
import { generateAnswers, type AnswerRequest } from "./answers";
import { mulberry32 } from "./prng";
import { randomDepartmentTendency, randomEmployeeTendency, type DepartmentTendency } from "./tendency";

const checklists = loadChecklistFiles().map((l) => l.checklist);
const byId = (id: string) => checklists.find((c) => c.id === id)!;
const SEED = 11;

function request(checklist: Checklist, rng: () => number, over: Partial<AnswerRequest> = {}): AnswerRequest {
  return {
    checklist,
    channel: checklist.channels[0],
    seed: SEED,
    department: randomDepartmentTendency(rng),
    employee: randomEmployeeTendency(rng),
    t: rng(),
    rng,
    ...over,
  };
}

describe("generated answers", () => {
  it("are complete and valid for every checklist, channel and tendency", () => {
    const rng = mulberry32(1);
    for (const checklist of checklists)
      for (const channel of checklist.channels)
        for (let i = 0; i < 150; i++) {
          const answers = generateAnswers(request(checklist, rng, { channel }));
          expect(validateAnswers(checklist, answers, { requireComplete: true }), `${checklist.id} #${i}`).toEqual([]);
          expect(() => scoreAudit(checklist, answers)).not.toThrow();
        }
  });

  it("stay valid for extreme employees (always failing, always passing)", () => {
    const rng = mulberry32(2);
    for (const checklist of checklists)
      for (const bias of [-12, 12])
        for (let i = 0; i < 20; i++) {
          const answers = generateAnswers(request(checklist, rng, { employee: { bias } }));
          expect(validateAnswers(checklist, answers, { requireComplete: true })).toEqual([]);
        }
  });

  it("are the same for the same random stream", () => {
    const checklist = byId("vmb-in-person");
    const a = generateAnswers(request(checklist, mulberry32(5)));
    const b = generateAnswers(request(checklist, mulberry32(5)));
    expect(a).toEqual(b);
  });

  it("use the item's own phrases and put measures around the threshold", () => {
    const rng = mulberry32(3);
    const checklist = byId("kmsa-phone");
    const rings: number[] = [];
    let forbidden = 0;
    for (let i = 0; i < 600; i++) {
      for (const a of generateAnswers(request(checklist, rng, { channel: "phone" }))) {
        if (a.key === "kmsa.phone_in.rings" && a.number !== undefined) rings.push(a.number);
        if (a.key === "kmsa.phone_in.greeting_phrase" && a.phrases?.length) {
          const item = checklistItems(checklist).find((x) => x.key === a.key)!;
          if (item.type !== "phrase") throw new Error("phrase item expected");
          for (const p of a.phrases) expect([...item.phrases.recommended, ...item.phrases.forbidden]).toContain(p);
          if (a.phrases.some((p) => item.phrases.forbidden.includes(p))) forbidden++;
        }
      }
    }
    expect(rings.every((n) => Number.isInteger(n) && n >= 1 && n <= 6)).toBe(true);
    expect(rings.filter((n) => n <= 3).length).toBeGreaterThan(rings.length * 0.4);
    expect(rings.filter((n) => n > 3).length).toBeGreaterThan(rings.length * 0.1);
    expect(forbidden).toBeGreaterThan(0);
  });
});

/** Fail rates per item over many audits of one checklist. */
function failRates(checklist: Checklist, n: number, over: (rng: () => number, i: number) => Partial<AnswerRequest>) {
  const rng = mulberry32(17);
  const department: DepartmentTendency = { ...randomDepartmentTendency(rng), bias: 0, brokenShare: 0 };
  const fails = new Map<string, { no: number; applicable: number }>();
  const scores: number[] = [];
  let critical = 0;
  let na = 0;
  let comments = 0;
  let failures = 0;
  for (let i = 0; i < n; i++) {
    const answers: RawAnswer[] = generateAnswers(request(checklist, rng, { department, ...over(rng, i) }));
    const result = scoreAudit(checklist, answers);
    if (result.criticalFailure) critical++;
    if (result.score !== null) scores.push(result.rawScore!);
    const raw = new Map(answers.map((a) => [a.key, a]));
    for (const item of result.items) {
      const f = fails.get(item.key) ?? { no: 0, applicable: 0 };
      if (item.choice === "na") na++;
      else f.applicable++;
      if (item.choice === "no") {
        f.no++;
        failures++;
        if (raw.get(item.key)?.comment) comments++;
      }
      fails.set(item.key, f);
    }
  }
  return { fails, scores, critical, na, comments, failures };
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

describe("shape of the generated data", () => {
  const checklist = byId("vmb-in-person");

  it("breaks some rules far more often than others", () => {
    const { fails } = failRates(checklist, 1500, () => ({ employee: { bias: 0 } }));
    const rates = [...fails.values()]
      .filter((f) => f.applicable > 100)
      .map((f) => f.no / f.applicable)
      .sort((a, b) => a - b);
    const median = rates[Math.floor(rates.length / 2)];
    expect(rates[rates.length - 1]).toBeGreaterThan(0.25);
    expect(rates[rates.length - 1]).toBeGreaterThan(4 * median);
  });

  it("improves over time, with rare critical failures, some N/A and comments on every failure", () => {
    const early = failRates(checklist, 800, () => ({ t: 0, employee: { bias: 0 } }));
    const late = failRates(checklist, 800, () => ({ t: 1, employee: { bias: 0 } }));
    expect(mean(late.scores)).toBeGreaterThan(mean(early.scores) + 1);
    const criticalShare = early.critical / 800;
    expect(criticalShare).toBeGreaterThan(0.001);
    expect(criticalShare).toBeLessThan(0.08);
    expect(early.na).toBeGreaterThan(0);
    expect(early.comments).toBe(early.failures);
  });

  it("gives better employees better scores", () => {
    const good = failRates(checklist, 400, () => ({ employee: { bias: 1 } }));
    const weak = failRates(checklist, 400, () => ({ employee: { bias: -1 } }));
    expect(mean(good.scores)).toBeGreaterThan(mean(weak.scores) + 3);
  });

  it("makes the phone weak on answering by the 3rd ring", () => {
    const { fails } = failRates(byId("kmsa-phone"), 1000, () => ({ channel: "phone", employee: { bias: 0 } }));
    const rate = (key: string) => fails.get(key)!.no / fails.get(key)!.applicable;
    const others = [...fails.entries()]
      .filter(([k, f]) => k !== "kmsa.phone_in.rings" && f.applicable > 50)
      .map(([, f]) => f.no / f.applicable);
    expect(rate("kmsa.phone_in.rings")).toBeGreaterThan(2 * mean(others));
  });

  it("makes a department's recurring broken rule stand out", () => {
    const key = "vmb.close.farewell_phrase";
    const rng = mulberry32(4);
    const base = { ...randomDepartmentTendency(rng), brokenShare: 0 };
    const run = (brokenItems: string[]) =>
      failRates(checklist, 500, () => ({ department: { ...base, brokenItems }, employee: { bias: 0 } })).fails.get(key)!;
    const broken = run([key]);
    const normalRun = run([]);
    expect(broken.no / broken.applicable).toBeGreaterThan(0.3);
    expect(broken.no / broken.applicable).toBeGreaterThan(2 * (normalRun.no / normalRun.applicable));
  });
});
