import { describe, expect, it } from "vitest";
import { countChange, meanChange, rateChange } from "./change";

const sums = (xs: number[]) => ({ n: xs.length, sum: xs.reduce((a, b) => a + b, 0), sumSq: xs.reduce((a, b) => a + b * b, 0) });

describe("meanChange (Welch)", () => {
  it("matches R's t.test(extra ~ group, data = sleep): CI −3.3654832 to 0.2054832, not significant", () => {
    const g1 = [0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0];
    const g2 = [1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4];
    const c = meanChange(sums(g1), sums(g2));
    expect(c.delta).toBeCloseTo(-1.58, 10);
    expect(c.interval!.low).toBeCloseTo(-3.3654832, 6);
    expect(c.interval!.high).toBeCloseTo(0.2054832, 6);
    expect(c.significant).toBe(false);
  });

  it("calls a clear rise significant and says nothing without two audits on each side", () => {
    const before = sums([80, 82, 78, 81, 79, 80, 83, 77]);
    const after = sums([90, 92, 88, 91, 89, 90, 93, 87]);
    expect(meanChange(after, before)).toMatchObject({ delta: 10, significant: true });
    expect(meanChange(sums([90]), before)).toEqual({ delta: 90 - 80, interval: null, significant: false });
    expect(meanChange(sums([]), before)).toEqual({ delta: null, interval: null, significant: false });
  });
});

describe("rateChange (Newcombe method 10)", () => {
  it("matches Newcombe 1998's example 56/70 − 48/80: 0.0524 to 0.3339", () => {
    const c = rateChange({ x: 56, n: 70 }, { x: 48, n: 80 });
    expect(c.delta).toBeCloseTo(0.2, 10);
    expect(c.interval!.low).toBeCloseTo(0.0524, 4);
    expect(c.interval!.high).toBeCloseTo(0.3339, 4);
    expect(c.significant).toBe(true);
  });

  it("matches Newcombe's 9/10 − 3/10: 0.1705 to 0.8090, and a small difference is noise", () => {
    const c = rateChange({ x: 9, n: 10 }, { x: 3, n: 10 });
    expect(c.interval!.low).toBeCloseTo(0.1705, 4);
    expect(c.interval!.high).toBeCloseTo(0.809, 4);
    expect(rateChange({ x: 41, n: 50 }, { x: 38, n: 50 }).significant).toBe(false);
    expect(rateChange({ x: 1, n: 0 + 1 }, { x: 0, n: 0 }).delta).toBeNull();
  });
});

describe("countChange (two Poisson counts)", () => {
  it("finds 60 against 30 audits a real change and 52 against 48 noise", () => {
    expect(countChange(60, 30)).toMatchObject({ delta: 30, significant: true });
    expect(countChange(52, 48)).toMatchObject({ delta: 4, significant: false });
    expect(countChange(0, 0)).toEqual({ delta: 0, interval: null, significant: false });
  });
});
