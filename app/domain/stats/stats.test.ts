import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mean, sampleSd, summariseRate, summariseScores, tInterval, wilsonInterval } from "./intervals";
import { parseMinAudits, rankRows, standing } from "./ranking";
import { studentTCdf, studentTQuantile } from "./student-t";

const sums = (xs: number[]) => [xs.length, xs.reduce((a, b) => a + b, 0), xs.reduce((a, b) => a + b * b, 0)] as const;

describe("Student t quantiles against published tables (3 decimals)", () => {
  const table: [number, number, number][] = [
    [0.975, 1, 12.706],
    [0.975, 2, 4.303],
    [0.975, 3, 3.182],
    [0.975, 4, 2.776],
    [0.975, 5, 2.571],
    [0.975, 9, 2.262],
    [0.975, 10, 2.228],
    [0.975, 20, 2.086],
    [0.975, 29, 2.045],
    [0.975, 30, 2.042],
    [0.975, 60, 2.0],
    [0.975, 120, 1.98],
    [0.95, 10, 1.812],
    [0.995, 5, 4.032],
    [0.9, 1, 3.078],
  ];
  for (const [p, df, expected] of table) {
    it(`t(${p}, df=${df}) = ${expected}`, () => {
      expect(studentTQuantile(p, df).toFixed(3)).toBe(expected.toFixed(3));
    });
  }
  it("tends to the normal quantile 1.960 for large df", () => {
    expect(studentTQuantile(0.975, 1e6).toFixed(3)).toBe("1.960");
  });
  it("df = 1 is the Cauchy distribution: quantile tan(π(p − ½))", () => {
    expect(studentTQuantile(0.9, 1)).toBeCloseTo(Math.tan(Math.PI * 0.4), 8);
  });
  it("is symmetric and inverts the CDF", () => {
    fc.assert(
      fc.property(fc.double({ min: 0.001, max: 0.999, noNaN: true }), fc.integer({ min: 1, max: 500 }), (p, df) => {
        const q = studentTQuantile(p, df);
        expect(studentTCdf(q, df)).toBeCloseTo(p, 8);
        expect(studentTQuantile(1 - p, df)).toBeCloseTo(-q, 6);
      }),
    );
  });
  it("rejects p outside (0, 1) and df ≤ 0", () => {
    expect(() => studentTQuantile(1, 3)).toThrow(RangeError);
    expect(() => studentTQuantile(0.5, 0)).toThrow(RangeError);
  });
});

describe("mean, SD and t-interval from n, Σx, Σx²", () => {
  it("worked example 70, 80, 85, 90, 95: mean 84, s = 9.618, 95 % CI [72.058, 95.942]", () => {
    const [n, s, s2] = sums([70, 80, 85, 90, 95]);
    expect(mean(n, s)).toBe(84);
    expect(sampleSd(n, s, s2)!.toFixed(3)).toBe("9.618");
    const ci = tInterval(n, s, s2)!;
    expect(ci.low.toFixed(3)).toBe("72.058");
    expect(ci.high.toFixed(3)).toBe("95.942");
  });
  it("80, 90, 100: 90 ± 4.3027·10/√3 = [65.159, 114.841]; the score summary clips to 0–100", () => {
    const [n, s, s2] = sums([80, 90, 100]);
    const ci = tInterval(n, s, s2)!;
    expect(ci.low.toFixed(3)).toBe("65.159");
    expect(ci.high.toFixed(3)).toBe("114.841");
    expect(summariseScores(n, s, s2).interval).toEqual({ low: ci.low, high: 100 });
  });
  it("has no SD or interval below two audits, and no mean at zero", () => {
    expect(sampleSd(1, 90, 8100)).toBeNull();
    expect(tInterval(1, 90, 8100)).toBeNull();
    expect(mean(0, 0)).toBeNull();
    expect(summariseScores(0, 0, 0)).toEqual({ n: 0, mean: null, sd: null, interval: null });
  });
  it("equal values give SD 0 and a zero-width interval, never NaN from rounding", () => {
    const [n, s, s2] = sums([87.3, 87.3, 87.3, 87.3]);
    expect(sampleSd(n, s, s2)).toBeCloseTo(0, 6);
    expect(Number.isNaN(tInterval(n, s, s2)!.low)).toBe(false);
  });
  it("agrees with the two-pass SD on random data", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { minLength: 2, maxLength: 60 }), (xs) => {
        const m = xs.reduce((a, b) => a + b, 0) / xs.length;
        const twoPass = Math.sqrt(xs.reduce((a, x) => a + (x - m) ** 2, 0) / (xs.length - 1));
        const [n, s, s2] = sums(xs);
        expect(sampleSd(n, s, s2)!).toBeCloseTo(twoPass, 4);
      }),
    );
  });
});

describe("Wilson interval", () => {
  const fixed = (ci: { low: number; high: number } | null) => ci && [ci.low.toFixed(3), ci.high.toFixed(3)];
  it("8/10 → [0.490, 0.943]", () => expect(fixed(wilsonInterval(8, 10))).toEqual(["0.490", "0.943"]));
  it("0/10 → [0.000, 0.278] and 10/10 → [0.722, 1.000]", () => {
    expect(fixed(wilsonInterval(0, 10))).toEqual(["0.000", "0.278"]);
    expect(fixed(wilsonInterval(10, 10))).toEqual(["0.722", "1.000"]);
  });
  it("1/1 → [0.207, 1.000]; 50/100 → [0.404, 0.596]", () => {
    expect(fixed(wilsonInterval(1, 1))).toEqual(["0.207", "1.000"]);
    expect(fixed(wilsonInterval(50, 100))).toEqual(["0.404", "0.596"]);
  });
  it("is null for n = 0 and refuses x > n", () => {
    expect(wilsonInterval(0, 0)).toBeNull();
    expect(() => wilsonInterval(3, 2)).toThrow(RangeError);
    expect(summariseRate(0, 0)).toEqual({ x: 0, n: 0, rate: null, interval: null });
  });
  it("always contains the observed rate", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), fc.double({ min: 0, max: 1, noNaN: true }), (n, f) => {
        const x = Math.round(f * n);
        const ci = wilsonInterval(x, n)!;
        expect(ci.low).toBeLessThanOrEqual(x / n + 1e-12);
        expect(ci.high).toBeGreaterThanOrEqual(x / n - 1e-12);
      }),
    );
  });
});

describe("minimum audits for ranking", () => {
  it("reads the setting, falling back to 3", () => {
    expect(parseMinAudits("5")).toBe(5);
    expect(parseMinAudits(undefined)).toBe(3);
    expect(parseMinAudits("0")).toBe(3);
    expect(parseMinAudits("abc")).toBe(3);
    expect(parseMinAudits("2.5")).toBe(3);
  });
  it("gives no standing below the minimum, and a side only when the interval excludes the reference", () => {
    expect(standing(2, { low: 90, high: 99 }, 70, 3)).toBe("too_few");
    expect(standing(5, { low: 90, high: 99 }, 70, 3)).toBe("above");
    expect(standing(5, { low: 40, high: 60 }, 70, 3)).toBe("below");
    expect(standing(5, { low: 60, high: 80 }, 70, 3)).toBe("level");
    expect(standing(5, null, 70, 3)).toBe("too_few");
  });
  it("ranks only rows with enough audits, best first; the rest follow unranked by name", () => {
    const rows = [
      { label: "Žukauskas", n: 5, mean: 70 },
      { label: "Adomaitis", n: 2, mean: 99 },
      { label: "Butkutė", n: 3, mean: 90 },
      { label: "Čepas", n: 0, mean: null },
    ];
    expect(rankRows(rows, 3).map((r) => [r.label, r.rank])).toEqual([
      ["Butkutė", 1],
      ["Žukauskas", 2],
      ["Adomaitis", null],
      ["Čepas", null],
    ]);
  });
});
