import { describe, expect, it } from "vitest";
import { agreementWithReference, majorityOf } from "./reference";
import { fromRaterRows } from "./test-data";

describe("majority", () => {
  it("is the most frequent value, null on a tie", () => {
    expect(majorityOf(["taip", "ne", "taip"])).toBe("taip");
    expect(majorityOf(["taip", "ne"])).toBeNull();
    expect(majorityOf([])).toBeNull();
  });
});

describe("agreement with the reference", () => {
  const data = fromRaterRows({
    ana: ["taip", "ne", "taip", null],
    bob: ["taip", "taip", "taip", "ne"],
    eva: ["ne", "ne", "taip", "ne"],
  });
  it("compares each rater with the reference on the units both have", () => {
    const result = agreementWithReference(data, ["ana", "bob", "eva"], ["taip", "ne", null, "ne"]);
    expect(result).toEqual([
      { rater: "ana", compared: 2, agreeing: 2, rate: 1 },
      { rater: "bob", compared: 3, agreeing: 2, rate: 2 / 3 },
      { rater: "eva", compared: 3, agreeing: 2, rate: 2 / 3 },
    ]);
  });
  it("without a reference, compares with the majority of the other raters (ties skipped)", () => {
    const result = agreementWithReference(data, ["ana", "bob", "eva"], null);
    // ana: u1 others taip/ne tie; u2 others taip/ne tie; u3 taip ✓ → 1/1.
    expect(result[0]).toEqual({ rater: "ana", compared: 1, agreeing: 1, rate: 1 });
    // eva: u1 others taip ✗; u2 tie; u3 taip ✓; u4 only bob: ne ✓ → 2/3.
    expect(result[2]).toEqual({ rater: "eva", compared: 3, agreeing: 2, rate: 2 / 3 });
  });
});
