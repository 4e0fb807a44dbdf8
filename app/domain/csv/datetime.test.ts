import { describe, expect, it } from "vitest";
import { addDays, formatVilniusDateTime, parseVilniusDateTime, vilniusDayRange } from "./datetime";

const ms = (text: string) => {
  const r = parseVilniusDateTime(text);
  if (!r.ok) throw new Error(r.reason);
  return r.ms;
};

describe("parseVilniusDateTime", () => {
  it("reads the three spellings as the same Vilnius winter time (UTC+2)", () => {
    const expected = Date.UTC(2026, 10, 21, 12, 5);
    expect(ms("2026-11-21 14:05")).toBe(expected);
    expect(ms("2026-11-21T14:05")).toBe(expected);
    expect(ms("2026.11.21 14:05")).toBe(expected);
    expect(ms(" 2026-11-21 14:05:00 ")).toBe(expected);
  });
  it("uses summer time (UTC+3) in July", () => {
    expect(ms("2026-07-01 09:30")).toBe(Date.UTC(2026, 6, 1, 6, 30));
    expect(ms("2026-07-01 09:30:15")).toBe(Date.UTC(2026, 6, 1, 6, 30, 15));
  });
  it("takes the first of the two autumn 03:30s and refuses the spring 03:30 that never happened", () => {
    // 2026-10-25: 04:00 EEST → 03:00 EET; 2026-03-29: 03:00 EET → 04:00 EEST.
    expect(ms("2026-10-25 03:30")).toBe(Date.UTC(2026, 9, 25, 0, 30));
    expect(ms("2026-10-25 04:30")).toBe(Date.UTC(2026, 9, 25, 2, 30));
    expect(parseVilniusDateTime("2026-03-29 03:30")).toEqual({ ok: false, reason: "nonexistent" });
    expect(ms("2026-03-29 02:59")).toBe(Date.UTC(2026, 2, 29, 0, 59));
    expect(ms("2026-03-29 04:00")).toBe(Date.UTC(2026, 2, 29, 1, 0));
  });
  it("rejects other formats and impossible dates", () => {
    for (const bad of ["21.11.2026 14:05", "2026-11-21", "2026/11/21 14:05", "vakar", "", "2026-11-21 14"])
      expect(parseVilniusDateTime(bad)).toEqual({ ok: false, reason: "format" });
    for (const bad of ["2026-02-30 10:00", "2026-13-01 10:00", "2026-11-21 24:00", "2026-11-21 10:60"])
      expect(parseVilniusDateTime(bad)).toEqual({ ok: false, reason: "invalid" });
  });
  it("reads times before 1920 too, when Vilnius' offset was not whole hours (the hour cache must not apply)", () => {
    // Every instant formats back to itself, or to the first of two instants with that wall time.
    for (let t = Date.UTC(1915, 8, 1); t < Date.UTC(1920, 0, 1); t += 3 * 3_600_000 + 7 * 60_000 + 13_000) {
      const text = formatVilniusDateTime(t);
      const back = ms(text);
      expect(back <= t && formatVilniusDateTime(back) === text, text).toBe(true);
    }
  });
  it("accepts a bare date when asked (export filters)", () => {
    expect(parseVilniusDateTime("2026-11-21", { dateOnly: true })).toEqual({ ok: true, ms: Date.UTC(2026, 10, 20, 22, 0) });
  });
});

describe("formatVilniusDateTime", () => {
  it("writes Vilnius time, with seconds only when there are some", () => {
    expect(formatVilniusDateTime(Date.UTC(2026, 10, 21, 12, 5))).toBe("2026-11-21 14:05");
    expect(formatVilniusDateTime(Date.UTC(2026, 6, 1, 6, 30, 15))).toBe("2026-07-01 09:30:15");
  });
  it("round-trips through the parser around the autumn change, except the repeated hour's second pass", () => {
    const secondPass = [Date.UTC(2026, 9, 25, 1), Date.UTC(2026, 9, 25, 2)]; // 03:00–03:59 EET
    for (let t = Date.UTC(2026, 9, 24, 22); t < Date.UTC(2026, 9, 25, 4); t += 15 * 60_000) {
      const back = ms(formatVilniusDateTime(t));
      expect(back).toBe(t >= secondPass[0] && t < secondPass[1] ? t - 3_600_000 : t);
    }
  });
});

describe("vilniusDayRange", () => {
  it("covers whole Vilnius days, the last one included", () => {
    expect(vilniusDayRange("2026-07-01", "2026-11-21")).toEqual({ from: Date.UTC(2026, 5, 30, 21), to: Date.UTC(2026, 10, 21, 22) });
    expect(vilniusDayRange(undefined, "2026-12-31")).toEqual({ from: undefined, to: Date.UTC(2026, 11, 31, 22) });
    expect(vilniusDayRange("2026-02-30")).toBeNull();
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
  });
});
