import { describe, expect, it } from "vitest";
import { calendarHours, easterSunday, isWorkingDay, parseVilniusTime, publicHolidays, roundHours, workingHours } from "./calendar";

describe("Easter and the Lithuanian public holidays", () => {
  it("computes Easter Sunday for known years", () => {
    expect(easterSunday(2024)).toEqual([3, 31]);
    expect(easterSunday(2025)).toEqual([4, 20]);
    expect(easterSunday(2026)).toEqual([4, 5]);
    expect(easterSunday(2027)).toEqual([3, 28]);
    expect(easterSunday(2038)).toEqual([4, 25]);
  });

  it("lists fixed holidays, Easter Monday and the first Sundays of May and June", () => {
    const h = publicHolidays(2026);
    for (const d of [
      "01-01",
      "02-16",
      "03-11",
      "04-05",
      "04-06",
      "05-01",
      "05-03",
      "06-07",
      "06-24",
      "07-06",
      "08-15",
      "11-01",
      "11-02",
      "12-24",
      "12-25",
      "12-26",
    ])
      expect(h.has(d), d).toBe(true);
    expect(h.has("04-07")).toBe(false);
    expect(publicHolidays(2027).has("03-29")).toBe(true); // Easter Monday 2027
  });

  it("knows working days", () => {
    expect(isWorkingDay(2026, 11, 20)).toBe(true); // Friday
    expect(isWorkingDay(2026, 11, 21)).toBe(false); // Saturday
    expect(isWorkingDay(2026, 4, 6)).toBe(false); // Easter Monday
    expect(isWorkingDay(2026, 2, 16)).toBe(false);
    expect(isWorkingDay(2026, 2, 17)).toBe(true);
  });
});

describe("Vilnius local time", () => {
  it("reads winter and summer times with the right offset", () => {
    expect(parseVilniusTime("2026-11-20 09:00")?.toISOString()).toBe("2026-11-20T07:00:00.000Z");
    expect(parseVilniusTime("2026-07-01 09:30")?.toISOString()).toBe("2026-07-01T06:30:00.000Z");
    expect(parseVilniusTime("2026-07-01T09:30:15")?.toISOString()).toBe("2026-07-01T06:30:15.000Z");
  });

  it("takes a time with an explicit offset as written", () => {
    expect(parseVilniusTime("2026-11-20T07:00Z")?.toISOString()).toBe("2026-11-20T07:00:00.000Z");
    expect(parseVilniusTime("2026-11-20 09:00+02:00")?.toISOString()).toBe("2026-11-20T07:00:00.000Z");
    expect(parseVilniusTime("2026-11-20 09:00 +0200")?.toISOString()).toBe("2026-11-20T07:00:00.000Z");
  });

  it("rejects text that is not a date and impossible dates", () => {
    expect(parseVilniusTime("rytoj")).toBeNull();
    expect(parseVilniusTime("2026-02-31 10:00")).toBeNull();
    expect(parseVilniusTime("2026-13-01")).toBeNull();
    // The hour the clocks skip in March is no Vilnius time (as everywhere in the app).
    expect(parseVilniusTime("2026-03-29 03:30")).toBeNull();
    expect(parseVilniusTime("2026-11-20")?.toISOString()).toBe("2026-11-19T22:00:00.000Z");
  });

  it("counts the March DST change as one hour less", () => {
    // 2026-03-29 03:00 EET → 04:00 EEST
    const from = parseVilniusTime("2026-03-28 12:00")!;
    const to = parseVilniusTime("2026-03-29 12:00")!;
    expect(calendarHours(from, to)).toBe(23);
    const autumnFrom = parseVilniusTime("2026-10-24 12:00")!;
    const autumnTo = parseVilniusTime("2026-10-25 12:00")!;
    expect(calendarHours(autumnFrom, autumnTo)).toBe(25);
  });
});

describe("working hours", () => {
  it("skips the weekend", () => {
    const from = parseVilniusTime("2026-11-20 15:00")!; // Friday
    const to = parseVilniusTime("2026-11-23 15:00")!; // Monday
    expect(calendarHours(from, to)).toBe(72);
    expect(workingHours(from, to)).toBe(24);
  });

  it("skips Easter Sunday and Monday", () => {
    const from = parseVilniusTime("2026-04-03 10:00")!; // Good Friday is a working day
    const to = parseVilniusTime("2026-04-07 10:00")!;
    expect(workingHours(from, to)).toBe(24);
  });

  it("is the calendar time within one working day, across time zones of the reply", () => {
    const from = parseVilniusTime("2026-11-18 09:00")!;
    const to = new Date("2026-11-18T12:30:00+01:00"); // 13:30 Vilnius
    expect(workingHours(from, to)).toBe(4.5);
    expect(roundHours(calendarHours(from, to))).toBe(4.5);
  });

  it("is 0 for a message sent and answered on a holiday", () => {
    expect(workingHours(parseVilniusTime("2026-12-25 09:00")!, parseVilniusTime("2026-12-25 17:00")!)).toBe(0);
  });
});
