import { describe, expect, it } from "vitest";
import { comparisonPeriod, keyFigures, previousPeriod, type PeriodSums } from "./key-figures";

const period = (scores: number[], critical = 0, passMark = 80): PeriodSums => ({
  audits: scores.length,
  scored: scores.length,
  sum: scores.reduce((a, b) => a + b, 0),
  sumSq: scores.reduce((a, b) => a + b * b, 0),
  critical,
  passes: scores.filter((s) => s >= passMark).length,
});

describe("previousPeriod", () => {
  it("is the same number of months just before, across years", () => {
    expect(previousPeriod("2026-01", "2026-12")).toEqual({ from: "2025-01", to: "2025-12" });
    expect(previousPeriod("2026-01", "2026-03")).toEqual({ from: "2025-10", to: "2025-12" });
    expect(previousPeriod("2026-05", "2026-05")).toEqual({ from: "2026-04", to: "2026-04" });
  });
});

describe("comparisonPeriod", () => {
  it("is the period before, or the same months a year earlier", () => {
    expect(comparisonPeriod("2026-10", "2026-12", "previous")).toEqual({ from: "2026-07", to: "2026-09" });
    expect(comparisonPeriod("2026-10", "2026-12", "year")).toEqual({ from: "2025-10", to: "2025-12" });
    expect(comparisonPeriod("2026-01", "2026-03", "year")).toEqual({ from: "2025-01", to: "2025-03" });
  });
});

describe("keyFigures", () => {
  it("gives the four figures with their change and whether it is beyond noise", () => {
    const before = period(
      Array.from({ length: 40 }, (_, i) => 70 + (i % 10)),
      4,
    );
    const after = period(
      Array.from({ length: 80 }, (_, i) => 85 + (i % 10)),
      1,
    );
    const [mean, pass, critical, audits] = keyFigures(after, before);
    expect(mean.key).toBe("mean");
    expect(mean.value).toBeCloseTo(89.5, 10);
    expect(mean.previous).toBeCloseTo(74.5, 10);
    expect(mean.change.delta).toBeCloseTo(15, 10);
    expect(mean.change.significant).toBe(true);
    expect(pass).toMatchObject({ value: 1, previous: 0, higherIsBetter: true });
    expect(pass.change.significant).toBe(true);
    expect(critical).toMatchObject({ value: 1, previous: 4, higherIsBetter: false });
    expect(critical.change.delta).toBe(-3);
    expect(audits).toMatchObject({ value: 80, previous: 40, higherIsBetter: null });
    expect(audits.change).toMatchObject({ delta: 40, significant: true });
  });

  it("compares nothing with a period without audits (the data starts in this one)", () => {
    const empty = period([]);
    const shown = keyFigures(period([80, 90, 85], 1), empty);
    for (const figure of shown) {
      expect(figure.previous, figure.key).toBeNull();
      expect(figure.change, figure.key).toEqual({ delta: null, interval: null, significant: false });
    }
    expect(shown.map((f) => f.value)).toEqual([85, 1, 1, 3]);
    expect(keyFigures(empty, empty)[0].value).toBeNull();
  });

  it("counts critical failures but tests their share, since the number of audits changes too", () => {
    const [, , critical] = keyFigures(period(Array(200).fill(90), 4), period(Array(100).fill(90), 2));
    expect(critical.change.delta).toBe(2);
    expect(critical.change.significant).toBe(false);
  });
});
