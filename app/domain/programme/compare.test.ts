import { describe, expect, it } from "vitest";
import { compareStages, type ProgrammeOrg, type StageSums } from "./compare";
import { STAGES } from "./stages";

const orgs: ProgrammeOrg[] = [
  { id: 1, code: "VMB", name: "Vilniaus miesto būstas", standards: ["VMB"] },
  { id: 2, code: "KMSA", name: "Kauno miesto savivaldybės administracija", standards: ["KMSA"] },
  { id: 3, code: "C", name: "Ąžuolyno įmonė", standards: ["VMB"] },
];
/** Sums of the given scores. */
const sums = (orgId: number, stage: StageSums["stage"], scores: number[]): StageSums => ({
  orgId,
  stage,
  audits: scores.length,
  sumScore: scores.reduce((a, b) => a + b, 0),
  sumSqScore: scores.reduce((a, b) => a + b * b, 0),
});

describe("programme comparison", () => {
  const result = compareStages(orgs, [
    sums(1, "greeting", [80, 90, 100]),
    sums(2, "greeting", [60, 70]),
    sums(2, "greeting", [80]), // two months of one organisation add up
    sums(3, "greeting", [100, 100]),
    sums(1, "phone", [50]),
  ]);

  it("has every stage in order and the organisations by name (Lithuanian collation)", () => {
    expect(result.stages).toEqual(STAGES);
    expect(result.orgs.map((o) => o.id)).toEqual([3, 2, 1]);
    expect(result.minN).toBe(3);
  });

  it("gives mean, n and a 95 % interval clipped to 0–100 per organisation and stage", () => {
    const vmb = result.cells.greeting.find((c) => c.orgId === 1)!;
    expect(vmb.n).toBe(3);
    expect(vmb.mean).toBe(90);
    // t(0.975, 2) = 4.303, s = 10: 90 ± 24.84, clipped at 100.
    expect(vmb.low).toBeCloseTo(90 - 4.302652729911275 * (10 / Math.sqrt(3)), 6);
    expect(vmb.high).toBe(100);
    const kmsa = result.cells.greeting.find((c) => c.orgId === 2)!;
    expect(kmsa).toMatchObject({ n: 3, mean: 70 });
  });

  it("ranks only organisations with at least 3 audits in the stage", () => {
    const g = Object.fromEntries(result.cells.greeting.map((c) => [c.orgId, c]));
    expect(g[1]).toMatchObject({ rank: 1, ranked: 2, tooFew: false });
    expect(g[2]).toMatchObject({ rank: 2, ranked: 2, tooFew: false });
    // Two perfect audits: a mean of 100 but too few to take a place.
    expect(g[3]).toMatchObject({ n: 2, mean: 100, rank: null, tooFew: true });
  });

  it("an organisation without audits in a stage has n 0, no mean and no place", () => {
    const email = result.cells.email.find((c) => c.orgId === 1)!;
    expect(email).toMatchObject({ n: 0, mean: null, low: null, high: null, rank: null, tooFew: true });
    expect(result.cells.phone.find((c) => c.orgId === 1)).toMatchObject({ n: 1, mean: 50, low: null, rank: null });
  });

  it("equal means share a place", () => {
    const r = compareStages(orgs, [sums(1, "needs", [100, 100, 100]), sums(2, "needs", [100, 100, 100]), sums(3, "needs", [90, 90, 90])]);
    expect(Object.fromEntries(r.cells.needs.map((c) => [c.orgId, c.rank]))).toEqual({ 1: 1, 2: 1, 3: 3 });
  });

  it("takes another minimum", () => {
    const r = compareStages(orgs, [sums(3, "greeting", [100, 100])], 2);
    expect(r.cells.greeting.find((c) => c.orgId === 3)).toMatchObject({ rank: 1, tooFew: false });
  });
});
