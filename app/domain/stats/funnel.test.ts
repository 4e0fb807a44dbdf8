import { describe, expect, it } from "vitest";
import { funnelCurve, funnelLimits, funnelStanding, Z_95, Z_998 } from "./funnel";

describe("funnel plot limits (Spiegelhalter 2005)", () => {
  it("uses the two-sided 95 % and 99.8 % normal quantiles", () => {
    // Φ(1.959964) = 0.975 and Φ(3.090232) = 0.999.
    expect(Z_95).toBeCloseTo(1.959964, 6);
    expect(Z_998).toBeCloseTo(3.090232, 6);
  });

  it("puts the limits at θ ± z·σ/√n", () => {
    const l = funnelLimits(85, 10, 25);
    expect(l.low95).toBeCloseTo(85 - 1.959964 * 2, 5);
    expect(l.high95).toBeCloseTo(88.919928, 5);
    expect(l.low998).toBeCloseTo(78.819536, 5);
    expect(l.high998).toBeCloseTo(91.180464, 5);
  });

  it("narrows as n grows and stays on the 0–100 scale", () => {
    const small = funnelLimits(90, 15, 4);
    const large = funnelLimits(90, 15, 400);
    expect(small.high95 - small.low95).toBeGreaterThan(large.high95 - large.low95);
    expect(small.high998).toBe(100);
    expect(funnelLimits(5, 20, 2).low998).toBe(0);
  });
});

describe("funnelStanding", () => {
  it("says which limit a department is outside of", () => {
    // θ = 85, σ = 10, n = 25: 95 % limits 81.08–88.92, 99.8 % limits 78.82–91.18.
    expect(funnelStanding(78, 25, 85, 10, 3)).toBe("below998");
    expect(funnelStanding(80, 25, 85, 10, 3)).toBe("below95");
    expect(funnelStanding(85.5, 25, 85, 10, 3)).toBe("within");
    expect(funnelStanding(90, 25, 85, 10, 3)).toBe("above95");
    expect(funnelStanding(92, 25, 85, 10, 3)).toBe("above998");
  });

  it("does not judge a small department on the same difference", () => {
    // 80 with 4 audits is inside the wide limits (75.2–94.8 at 95 %).
    expect(funnelStanding(80, 4, 85, 10, 3)).toBe("within");
    expect(funnelStanding(60, 2, 85, 10, 3)).toBe("too_few");
    expect(funnelStanding(null, 30, 85, 10, 3)).toBe("too_few");
    expect(funnelStanding(80, 30, 85, null, 3)).toBe("too_few");
  });
});

describe("funnelCurve", () => {
  it("runs from the smallest to the largest n with its limits", () => {
    const curve = funnelCurve(85, 10, 3, 300);
    expect(curve[0].n).toBe(3);
    expect(curve.at(-1)!.n).toBe(300);
    expect(curve.map((p) => p.n)).toEqual([...curve.map((p) => p.n)].sort((a, b) => a - b));
    expect(curve[0]).toEqual({ n: 3, ...funnelLimits(85, 10, 3) });
  });
});
