import { describe, expect, it } from "vitest";
import { fromVilniusInput, toVilniusInput } from "./vilnius-time";

describe("Vilnius local time", () => {
  it("winter is UTC+2, summer UTC+3", () => {
    expect(fromVilniusInput("2026-01-15T10:00")).toBe(Date.UTC(2026, 0, 15, 8, 0));
    expect(fromVilniusInput("2026-07-15T10:00")).toBe(Date.UTC(2026, 6, 15, 7, 0));
  });
  it("round-trips", () => {
    for (const ms of [Date.UTC(2026, 2, 29, 0, 30), Date.UTC(2026, 9, 25, 2, 30), Date.UTC(2026, 10, 21, 12, 5)])
      expect(fromVilniusInput(toVilniusInput(ms))).toBe(ms);
  });
  it("rejects malformed input", () => {
    for (const v of ["", "2026-13-01T10:00", "2026-01-01", "rytoj"]) expect(fromVilniusInput(v)).toBeNull();
  });
});
