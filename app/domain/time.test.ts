import { describe, expect, it } from "vitest";
import {
  addDays,
  addMonths,
  formatVilniusDateTime,
  fromVilniusInput,
  monthStartMs,
  parseVilniusDateTime,
  toVilniusInput,
  vilniusDayRange,
  vilniusMonth,
  vilniusOffset,
} from "./time";

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

describe("the audit form's datetime-local input", () => {
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

const HOUR = 3_600_000;
// The month as Intl formats it: the reference the cached offsets must agree with.
const intlMonth = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Vilnius", year: "numeric", month: "2-digit" });
const referenceMonth = (ms: number) => {
  const p = intlMonth.formatToParts(ms);
  return `${p.find((x) => x.type === "year")!.value}-${p.find((x) => x.type === "month")!.value}`;
};

describe("vilniusOffset", () => {
  it("is +2 h in winter and +3 h in summer, changing at 01:00 UTC on the last Sundays of March and October", () => {
    expect(vilniusOffset(Date.UTC(2026, 0, 15, 12))).toBe(2 * HOUR);
    expect(vilniusOffset(Date.UTC(2026, 6, 15, 12))).toBe(3 * HOUR);
    // 2026-03-29 and 2026-10-25 are the last Sundays.
    expect(vilniusOffset(Date.UTC(2026, 2, 29, 0, 59, 59))).toBe(2 * HOUR);
    expect(vilniusOffset(Date.UTC(2026, 2, 29, 1))).toBe(3 * HOUR);
    expect(vilniusOffset(Date.UTC(2026, 9, 25, 0, 59, 59))).toBe(3 * HOUR);
    expect(vilniusOffset(Date.UTC(2026, 9, 25, 1))).toBe(2 * HOUR);
  });
  it("gives the same answer from the cache as asked afresh", () => {
    const first = [
      Date.UTC(2027, 2, 28, 0, 30),
      Date.UTC(2027, 2, 28, 1, 30),
      Date.UTC(2027, 9, 31, 0, 30),
      Date.UTC(2027, 9, 31, 1, 30),
    ].map(vilniusOffset);
    const again = [
      Date.UTC(2027, 2, 28, 0, 45),
      Date.UTC(2027, 2, 28, 1, 45),
      Date.UTC(2027, 9, 31, 0, 45),
      Date.UTC(2027, 9, 31, 1, 45),
    ].map(vilniusOffset);
    expect(again).toEqual(first);
    expect(first).toEqual([2 * HOUR, 3 * HOUR, 3 * HOUR, 2 * HOUR]);
  });
});

describe("vilniusMonth", () => {
  it("is the Vilnius calendar month, which starts 2 or 3 hours before the UTC one", () => {
    expect(vilniusMonth(Date.UTC(2026, 0, 31, 21, 59))).toBe("2026-01");
    expect(vilniusMonth(Date.UTC(2026, 0, 31, 22, 0))).toBe("2026-02");
    expect(vilniusMonth(Date.UTC(2026, 5, 30, 20, 59))).toBe("2026-06");
    expect(vilniusMonth(Date.UTC(2026, 5, 30, 21, 0))).toBe("2026-07");
    expect(vilniusMonth(Date.UTC(2026, 11, 31, 22, 0))).toBe("2027-01");
  });
  it("agrees with Intl for every half hour around the March and October changes and across years", () => {
    const instants: number[] = [];
    for (const [y, m, d] of [
      [2026, 2, 29],
      [2026, 9, 25],
      [2030, 2, 31],
      [2030, 9, 27],
    ])
      for (let t = Date.UTC(y, m, d) - 12 * HOUR; t < Date.UTC(y, m, d) + 12 * HOUR; t += HOUR / 2) instants.push(t);
    for (let t = Date.UTC(2000, 0, 1); t < Date.UTC(2040, 0, 1); t += 97 * HOUR + 13 * 60_000) instants.push(t);
    for (let t = Date.UTC(1915, 0, 1); t < Date.UTC(1925, 0, 1); t += 101 * HOUR + 7 * 60_000) instants.push(t);
    for (const t of instants) expect(vilniusMonth(t), new Date(t).toISOString()).toBe(referenceMonth(t));
  });
});

describe("months", () => {
  it("monthStartMs is the first instant of the Vilnius month, in winter and in summer", () => {
    expect(monthStartMs("2026-01")).toBe(Date.UTC(2025, 11, 31, 22));
    expect(monthStartMs("2026-04")).toBe(Date.UTC(2026, 2, 31, 21)); // the first month after the March change
    expect(monthStartMs("2026-11")).toBe(Date.UTC(2026, 9, 31, 22)); // the first month after the October change
    for (let m = 0; m < 36; m++) {
      const ym = addMonths("2025-01", m);
      const start = monthStartMs(ym);
      expect(vilniusMonth(start)).toBe(ym);
      expect(vilniusMonth(start - 1)).toBe(addMonths(ym, -1));
    }
  });
  it("addMonths crosses years both ways", () => {
    expect(addMonths("2026-11", 2)).toBe("2027-01");
    expect(addMonths("2026-01", -1)).toBe("2025-12");
    expect(addMonths("2026-03", -27)).toBe("2023-12");
  });
});
