import { describe, expect, it } from "vitest";
import { choiceValue, classOfValue, countValue, noCounts } from "./classify";
import { CHOICES } from "./types";

describe("answer classification", () => {
  it("gives yes 1, partial 0.5, no 0 and N/A no value", () => {
    expect(CHOICES.map(choiceValue)).toEqual([1, 0.5, 0, null]);
  });

  it("turns every value back into its choice", () => {
    for (const choice of CHOICES) expect(classOfValue(choiceValue(choice))).toBe(choice);
    expect(classOfValue(null)).toBe("na");
  });

  it("refuses a number that no answer can have", () => {
    expect(() => classOfValue(0.25)).toThrow(/not an answer value/);
    expect(() => classOfValue(Number.NaN)).toThrow();
  });

  it("counts N/A apart from the applicable answers, and takes answers away again", () => {
    const counts = noCounts();
    for (const v of [1, 1, 0.5, 0, null, null]) countValue(counts, v);
    expect(counts).toEqual({ applicable: 4, yes: 2, partial: 1, no: 1, na: 2 });
    countValue(counts, 1, -1);
    countValue(counts, null, -1);
    expect(counts).toEqual({ applicable: 3, yes: 1, partial: 1, no: 1, na: 1 });
  });
});
