import { describe, expect, it } from "vitest";
import { bootstrapAlpha } from "./bootstrap";
import { coincidences } from "./coincidence";
import { interpretAlpha } from "./interpret";
import { krippendorffAlpha } from "./krippendorff";
import { cohenKappa, fleissKappa, gwetAc1, percentAgreement } from "./pairwise";
import { agreementSummary } from "./summary";
import { FLEISS_WIKIPEDIA, fromContingency, fromRaterRows, KRIPPENDORFF_2011 } from "./test-data";

const three = (x: number | null | undefined) => (x === null || x === undefined ? x : x.toFixed(3));

describe("Krippendorff's α on Krippendorff (2011), 4 observers × 12 units with missing values", () => {
  it("builds the published coincidence matrix (n.. = 40; unit 12 is not pairable)", () => {
    const co = coincidences(KRIPPENDORFF_2011);
    expect(co.total).toBeCloseTo(40, 10);
    expect(co.marginals.map((n) => Number(n.toFixed(3)))).toEqual([9, 13, 10, 5, 3]);
    expect(co.matrix[0][0]).toBeCloseTo(7, 10);
    expect(co.matrix[0][1]).toBeCloseTo(4 / 3, 10);
    expect(co.matrix[1][2]).toBeCloseTo(4 / 3, 10);
    expect(co.matrix[4][4]).toBeCloseTo(3, 10);
  });
  it.each([
    ["nominal", "0.743"],
    ["ordinal", "0.815"],
    ["interval", "0.849"],
  ] as const)("%s α = %s", (level, expected) => {
    expect(three(krippendorffAlpha(KRIPPENDORFF_2011, level).alpha)).toBe(expected);
  });
  it("ordinal α depends only on the order of the values, interval α on their distances", () => {
    const stretched = KRIPPENDORFF_2011.map((u) => new Map([...u].map(([r, v]) => [r, Number(v) ** 3])));
    expect(krippendorffAlpha(stretched, "ordinal").alpha).toBeCloseTo(krippendorffAlpha(KRIPPENDORFF_2011, "ordinal").alpha!, 12);
    expect(krippendorffAlpha(stretched, "interval").alpha).not.toBeCloseTo(0.849, 3);
  });
});

describe("bootstrapped 95 % interval for α (Hayes & Krippendorff 2007)", () => {
  const result = krippendorffAlpha(KRIPPENDORFF_2011, "nominal");
  it("is the same for the same seed and contains α", () => {
    const a = bootstrapAlpha(result, { seed: 7 })!;
    expect(bootstrapAlpha(result, { seed: 7 })).toEqual(a);
    expect(a.low).toBeLessThan(0.743);
    expect(a.high).toBeGreaterThan(0.743);
    expect(a.high).toBeLessThanOrEqual(1);
  });
  it("centres near α and narrows with more data", () => {
    const many = krippendorffAlpha(Array.from({ length: 8 }, () => KRIPPENDORFF_2011).flat(), "nominal");
    const wide = bootstrapAlpha(result)!;
    const narrow = bootstrapAlpha(many)!;
    expect((wide.low + wide.high) / 2).toBeCloseTo(0.743, 1);
    expect(narrow.high - narrow.low).toBeLessThan(wide.high - wide.low);
  });
  it("a different seed moves the interval only a little", () => {
    const a = bootstrapAlpha(result, { seed: 1 })!;
    const b = bootstrapAlpha(result, { seed: 2 })!;
    expect(Math.abs(a.low - b.low)).toBeLessThan(0.05);
  });
  it("is null when α is undefined", () => {
    expect(bootstrapAlpha(krippendorffAlpha([new Map([["a", 1]])], "nominal"))).toBeNull();
  });
});

describe("Fleiss' κ", () => {
  it("reproduces Wikipedia's 10 subjects × 14 raters example: κ = 0.210", () => {
    expect(three(fleissKappa(FLEISS_WIKIPEDIA))).toBe("0.210");
  });
  it("is null when units have different numbers of values", () => {
    expect(fleissKappa(KRIPPENDORFF_2011)).toBeNull();
  });
  it("equals Scott's π, hence close to α, for two raters without missing values", () => {
    const data = fromContingency([
      [20, 5],
      [10, 15],
    ]);
    // Scott's π = (0.7 − 0.505) / 0.495 = 0.394; nominal α adds the small-sample factor.
    expect(three(fleissKappa(data))).toBe("0.394");
    expect(krippendorffAlpha(data, "nominal").alpha!).toBeGreaterThan(fleissKappa(data)!);
  });
});

describe("Cohen's κ on two raters' tables", () => {
  it.each([
    // Wikipedia "Cohen's kappa", worked example: 50 grant proposals, p_o = 0.7, p_e = 0.5.
    [[20, 5], [10, 15], "0.400"],
    // Same p_o = 0.60 with unbalanced and balanced marginals (the "kappa paradox" tables).
    [[45, 15], [25, 15], "0.130"],
    [[25, 35], [5, 35], "0.259"],
  ])("table %j %j gives κ = %s", (row1, row2, expected) => {
    expect(three(cohenKappa(fromContingency([row1, row2])))).toBe(expected);
  });
  it("is null unless there are exactly two raters", () => {
    expect(cohenKappa(KRIPPENDORFF_2011)).toBeNull();
  });
});

describe("Gwet's AC1", () => {
  it("gives 0.775 on Krippendorff's 4 × 12 data with missing values (irrCAC: 0.7754)", () => {
    expect(three(gwetAc1(KRIPPENDORFF_2011))).toBe("0.775");
  });
  it("for two raters is (p_a − p_e)/(1 − p_e) with p_e = 2π(1 − π): 0.406 on the 20/5/10/15 table", () => {
    // p_a = 0.7, π_yes = (25/50 + 30/50)/2 = 0.55, p_e = 0.495.
    expect(
      three(
        gwetAc1(
          fromContingency([
            [20, 5],
            [10, 15],
          ]),
        ),
      ),
    ).toBe("0.406");
  });
  it("stays high when nearly every answer is the same, where κ collapses", () => {
    const skewed = fromContingency([
      [118, 5],
      [2, 0],
    ]);
    expect(cohenKappa(skewed)!).toBeLessThan(0);
    expect(gwetAc1(skewed)!).toBeGreaterThan(0.9);
    expect(three(percentAgreement(skewed))).toBe("0.944");
  });
});

describe("percent agreement", () => {
  it("counts agreeing pairs among all pairs of raters who both answered a unit", () => {
    // Krippendorff's data: 55 pairs in 11 pairable units, 43 of them agree.
    expect(percentAgreement(KRIPPENDORFF_2011)).toBeCloseTo(43 / 55, 12);
  });
  it("is null without any pair", () => {
    expect(percentAgreement(fromRaterRows({ a: [1, null], b: [null, 2] }))).toBeNull();
  });
});

describe("edge cases", () => {
  it("everyone agreeing on one value: α undefined (no variation), percent agreement 1", () => {
    const data = fromRaterRows({ a: ["taip", "taip"], b: ["taip", "taip"], c: ["taip", "taip"] });
    const summary = agreementSummary(data, "nominal");
    expect(summary.alpha).toBeNull();
    expect(summary.alphaUndefined).toBe("no_variation");
    expect(summary.alphaInterval).toBeNull();
    expect(summary.percentAgreement).toBe(1);
    expect(summary.gwetAc1).toBeNull();
    expect(summary.fleissKappa).toBeNull();
  });
  it("everyone agreeing on varied values: α = 1", () => {
    const data = fromRaterRows({ a: [1, 2, 3], b: [1, 2, 3] });
    expect(krippendorffAlpha(data, "interval").alpha).toBe(1);
    expect(cohenKappa(data)).toBe(1);
  });
  it("one value per unit is not pairable", () => {
    const data = fromRaterRows({ a: [1, null, 3], b: [null, 2, null] });
    expect(krippendorffAlpha(data, "nominal")).toEqual({ alpha: null, reason: "not_pairable", pairable: 0 });
    expect(agreementSummary(data, "nominal").units).toBe(3);
  });
  it("systematic disagreement gives a negative α", () => {
    const data = fromRaterRows({ a: [1, 2, 1, 2], b: [2, 1, 2, 1] });
    expect(krippendorffAlpha(data, "nominal").alpha!).toBeLessThan(0);
  });
  it("ordinal and interval refuse labels", () => {
    expect(() => krippendorffAlpha(fromRaterRows({ a: ["x", "y"], b: ["x", "x"] }), "interval")).toThrow(TypeError);
  });
});

describe("interpretation (Krippendorff's conventions)", () => {
  it.each([
    [0.8, "reliable"],
    [0.95, "reliable"],
    [0.7999, "tentative"],
    [0.667, "tentative"],
    [0.6669, "unreliable"],
    [-0.2, "unreliable"],
    [null, null],
  ] as const)("α = %s is %s", (alpha, verdict) => {
    expect(interpretAlpha(alpha)).toBe(verdict);
  });
});
