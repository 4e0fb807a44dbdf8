import { describe, expect, it } from "vitest";
import { translate } from "./index";

describe("message parameters", () => {
  it("identifiers are printed without thousands grouping, amounts with it", () => {
    expect(translate("lt", "audits.record.title", { id: 1501 })).toBe("Vertinimas Nr. 1501");
    expect(translate("en", "review.item", { id: 12345 })).toBe("Review of audit no. 12345");
    expect(translate("lt", "pager.status", { from: 1, to: 25, total: 1503 })).toBe("1–25 iš 1\u00a0503");
  });
});
