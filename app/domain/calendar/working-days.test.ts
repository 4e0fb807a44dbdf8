import { describe, expect, it } from "vitest";
import { parseVilniusDateTime } from "../time";
import {
  addWorkingDays,
  easterSunday,
  isPublicHoliday,
  isWorkingDay,
  publicHolidays,
  vilniusDate,
  workingDaysBetween,
} from "./working-days";

describe("Easter Sunday (Gregorian computus)", () => {
  // Published tables of Western Easter dates.
  it.each([
    [1818, 3, 22], // the earliest possible date
    [1943, 4, 25], // the latest possible date
    [2000, 4, 23],
    [2008, 3, 23],
    [2011, 4, 24],
    [2019, 4, 21],
    [2024, 3, 31],
    [2025, 4, 20],
    [2026, 4, 5],
    [2027, 3, 28],
    [2028, 4, 16],
    [2029, 4, 1],
    [2030, 4, 21],
    [2038, 4, 25],
    [2285, 3, 22],
  ])("%i: %i-%i", (year, month, day) => {
    expect(easterSunday(year)).toEqual([month, day]);
  });

  it("always falls on a Sunday between 22 March and 25 April", () => {
    for (let year = 1900; year <= 2200; year++) {
      const [m, d] = easterSunday(year);
      const date = new Date(Date.UTC(year, m - 1, d));
      expect(date.getUTCDay(), String(year)).toBe(0);
      expect(m * 100 + d).toBeGreaterThanOrEqual(322);
      expect(m * 100 + d).toBeLessThanOrEqual(425);
    }
  });
});

describe("public holidays (Labour Code art. 123)", () => {
  it("lists the 2026 holidays", () => {
    expect([...publicHolidays(2026)].sort()).toEqual([
      "01-01",
      "02-16",
      "03-11",
      "04-05", // Easter Sunday
      "04-06", // Easter Monday
      "05-01",
      "05-03", // first Sunday of May (Mother's Day)
      "06-07", // first Sunday of June (Father's Day)
      "06-24",
      "07-06",
      "08-15",
      "11-01",
      "11-02",
      "12-24",
      "12-25",
      "12-26",
    ]);
  });

  it("moves Easter Monday and the first Sundays with the year", () => {
    expect(isPublicHoliday("2024-04-01")).toBe(true); // Easter Monday 2024
    expect(isPublicHoliday("2025-04-21")).toBe(true);
    expect(isPublicHoliday("2027-03-29")).toBe(true);
    expect(isPublicHoliday("2026-03-30")).toBe(false);
    expect(isPublicHoliday("2025-05-04")).toBe(true); // first Sunday of May 2025
    expect(isPublicHoliday("2025-06-01")).toBe(true); // a month starting on Sunday
    expect(isPublicHoliday("2025-06-08")).toBe(false);
  });

  it("adds All Souls' Day from 2020 and Christmas Eve from 2012", () => {
    expect(isPublicHoliday("2019-11-02")).toBe(false);
    expect(isPublicHoliday("2020-11-02")).toBe(true);
    expect(isPublicHoliday("2011-12-24")).toBe(false);
    expect(isPublicHoliday("2012-12-24")).toBe(true);
  });
});

describe("working days", () => {
  it("excludes weekends and holidays", () => {
    expect(isWorkingDay("2026-11-20")).toBe(true); // Friday
    expect(isWorkingDay("2026-11-21")).toBe(false); // Saturday
    expect(isWorkingDay("2026-11-22")).toBe(false); // Sunday
    expect(isWorkingDay("2026-04-06")).toBe(false); // Easter Monday
    expect(isWorkingDay("2026-02-16")).toBe(false);
    expect(isWorkingDay("2026-02-17")).toBe(true);
    expect(isWorkingDay("2026-11-02")).toBe(false); // Monday, All Souls' Day
  });

  it("refuses what is not a date", () => {
    expect(() => isWorkingDay("2026-02-30")).toThrow(RangeError);
    expect(() => isWorkingDay("2026-2-3")).toThrow(RangeError);
    expect(() => addWorkingDays("2026-01-05", 1.5)).toThrow(RangeError);
  });

  it("adds working days over a weekend, Easter and Christmas", () => {
    expect(addWorkingDays("2026-11-20", 1)).toBe("2026-11-23"); // Friday → Monday
    expect(addWorkingDays("2026-11-20", 0)).toBe("2026-11-20");
    expect(addWorkingDays("2026-04-02", 1)).toBe("2026-04-03"); // Thursday → Good Friday (a working day)
    expect(addWorkingDays("2026-04-03", 1)).toBe("2026-04-07"); // over Easter Monday
    // 10 working days from Monday 2026-12-21: 22, 23, 28, 29, 30, 31, Jan 2, 5, 6, 7
    expect(addWorkingDays("2026-12-21", 10)).toBe("2027-01-07");
    expect(addWorkingDays("2026-11-23", -1)).toBe("2026-11-20");
    expect(addWorkingDays("2026-04-07", -1)).toBe("2026-04-03");
  });

  it("counts working days between dates, the inverse of adding them", () => {
    expect(workingDaysBetween("2026-11-20", "2026-11-23")).toBe(1);
    expect(workingDaysBetween("2026-11-23", "2026-11-20")).toBe(-1);
    expect(workingDaysBetween("2026-11-20", "2026-11-20")).toBe(0);
    // 2026: 261 weekdays, 10 of them holidays (Jan 1, Feb 16, Mar 11, Apr 6, May 1, Jun 24, Jul 6, Nov 2, Dec 24, 25)
    expect(workingDaysBetween("2025-12-31", "2026-12-31")).toBe(251);
    for (const [start, n] of [
      ["2026-03-09", 7],
      ["2026-12-18", 10],
      ["2027-03-24", 4],
      ["2025-04-17", 3],
    ] as const)
      expect(workingDaysBetween(start, addWorkingDays(start, n))).toBe(n);
  });
});

describe("Vilnius dates of instants", () => {
  it("takes the date in Vilnius, not in UTC", () => {
    const lateEvening = parseVilniusDateTime("2026-11-20 23:30");
    const summerMidnight = parseVilniusDateTime("2026-07-01 00:30");
    if (!lateEvening.ok || !summerMidnight.ok) throw new Error("fixture");
    expect(vilniusDate(lateEvening.ms)).toBe("2026-11-20");
    expect(new Date(summerMidnight.ms).toISOString().slice(0, 10)).toBe("2026-06-30");
    expect(vilniusDate(summerMidnight.ms)).toBe("2026-07-01");
  });
});
