import { describe, expect, it } from "vitest";
import { parseVilniusDateTime } from "../time";
import { isWithinWindow, windowLastDay } from "./window";

const at = (text: string) => {
  const r = parseVilniusDateTime(text);
  if (!r.ok) throw new Error(text);
  return r.ms;
};

describe("a window of working days", () => {
  it("ends with the n-th working day after the opening day", () => {
    expect(windowLastDay(at("2026-11-20 16:00"), 1)).toBe("2026-11-23");
    expect(windowLastDay(at("2026-03-30 09:00"), 10)).toBe("2026-04-14"); // Easter Monday 2026-04-06 not counted
  });

  it("is open until the end of the last day, Vilnius time", () => {
    const published = at("2026-11-20 16:00");
    expect(isWithinWindow(published, 1, at("2026-11-23 23:59"))).toBe(true);
    expect(isWithinWindow(published, 1, at("2026-11-24 00:00"))).toBe(false);
    expect(isWithinWindow(published, 0, at("2026-11-20 23:00"))).toBe(true);
    expect(isWithinWindow(published, 0, at("2026-11-21 00:01"))).toBe(false);
    expect(isWithinWindow(published, 1, published - 1000)).toBe(false);
  });
});
