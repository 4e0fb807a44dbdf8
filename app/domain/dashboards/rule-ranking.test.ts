import { describe, expect, it } from "vitest";
import { RULE_MIN_ANSWERS, rankBrokenRules } from "./rule-ranking";

const rule = (itemKey: string, failures: number, applicable: number) => ({ itemKey, failures, applicable });

describe("rankBrokenRules", () => {
  it("ranks by failure rate, not by count", () => {
    const often = rule("often", 15, 20); // 75 %
    const many = rule("many", 40, 400); // 10 %, more failures
    expect(rankBrokenRules([many, often], 10).map((r) => r.itemKey)).toEqual(["often", "many"]);
  });

  it("leaves out rules answered fewer than the minimum times and rules never broken", () => {
    const rare = rule("rare", 2, RULE_MIN_ANSWERS - 1);
    const enough = rule("enough", 1, RULE_MIN_ANSWERS);
    const clean = rule("clean", 0, 100);
    expect(rankBrokenRules([rare, enough, clean], 10)).toEqual([enough]);
  });

  it("breaks ties on the number of failures, then the key, and keeps the limit", () => {
    const rows = [rule("b", 5, 10), rule("a", 5, 10), rule("c", 10, 20), rule("d", 1, 10)];
    expect(rankBrokenRules(rows, 3).map((r) => r.itemKey)).toEqual(["c", "a", "b"]);
  });
});
