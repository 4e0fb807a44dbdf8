import { describe, expect, it } from "vitest";
import { formatDecimal, parseDecimal } from "./decimal";

describe("parseDecimal", () => {
  it("takes a decimal comma or point", () => {
    expect(parseDecimal("26,5")).toBe(26.5);
    expect(parseDecimal("26.5")).toBe(26.5);
    expect(parseDecimal(" 3 ")).toBe(3);
    expect(parseDecimal(",5")).toBe(0.5);
    expect(parseDecimal("7,")).toBe(7);
    expect(parseDecimal("-2,25")).toBe(-2.25);
  });

  it("is undefined for blank and NaN for anything that is not one number", () => {
    expect(parseDecimal("")).toBeUndefined();
    expect(parseDecimal("   ")).toBeUndefined();
    for (const bad of ["1e23", "1,000.5", "1.2.3", "abc", "12 min", "0x10", "Infinity", ".", ","]) expect(parseDecimal(bad)).toBeNaN();
  });

  it("reads digits grouped with spaces as one number (a spreadsheet's thousands)", () => {
    expect(parseDecimal("1 500")).toBe(1500);
  });
});

describe("formatDecimal", () => {
  it("writes the decimal mark asked for, without grouping or rounding", () => {
    expect(formatDecimal(26.5)).toBe("26,5");
    expect(formatDecimal(26.5, ".")).toBe("26.5");
    expect(formatDecimal(12345.125)).toBe("12345,125");
  });
});
