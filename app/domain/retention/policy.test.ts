import { describe, expect, it } from "vitest";
import { DEFAULT_RETENTION, isPastPeriod, leaversToAnonymise, monthsBefore, retentionCutoffs } from "./policy";

const at = (iso: string) => Date.parse(iso);

describe("retention periods", () => {
  it("counts calendar months back, the day clamped to the month's length", () => {
    expect(monthsBefore(at("2026-12-08T01:30:00Z"), 1)).toBe(at("2026-11-08T01:30:00Z"));
    expect(monthsBefore(at("2026-03-31T12:00:00Z"), 1)).toBe(at("2026-02-28T12:00:00Z"));
    expect(monthsBefore(at("2028-03-31T12:00:00Z"), 1)).toBe(at("2028-02-29T12:00:00Z"));
    expect(monthsBefore(at("2026-01-15T00:00:00Z"), 13)).toBe(at("2024-12-15T00:00:00Z"));
    expect(monthsBefore(at("2026-12-08T00:00:00Z"), 60)).toBe(at("2021-12-08T00:00:00Z"));
  });

  it("gives each kind of record its cutoff from the settings and the clock", () => {
    const now = at("2026-12-08T02:00:00Z");
    expect(retentionCutoffs(DEFAULT_RETENTION, now)).toEqual({
      audits: at("2021-12-08T02:00:00Z"),
      accessLog: at("2024-12-08T02:00:00Z"),
      leavers: at("2025-12-08T02:00:00Z"),
    });
    expect(retentionCutoffs({ ...DEFAULT_RETENTION, auditsMonths: null }, now).audits).toBeNull();
  });

  it("a record is past its period only strictly before the cutoff; keep-for-ever keeps everything", () => {
    const cutoff = at("2025-01-01T00:00:00Z");
    expect(isPastPeriod(cutoff - 1, cutoff)).toBe(true);
    expect(isPastPeriod(cutoff, cutoff)).toBe(false);
    expect(isPastPeriod(cutoff + 1, cutoff)).toBe(false);
    expect(isPastPeriod(0, null)).toBe(false);
  });

  it("anonymises staff who left before the cutoff, once", () => {
    const cutoff = at("2025-12-08T00:00:00Z");
    const staff = [
      { id: 1, active: false, leftAt: cutoff - 1, anonymised: false },
      { id: 2, active: false, leftAt: cutoff, anonymised: false },
      { id: 3, active: true, leftAt: cutoff - 1e10, anonymised: false },
      { id: 4, active: false, leftAt: cutoff - 1e10, anonymised: true },
      { id: 5, active: false, leftAt: cutoff - 1e10, anonymised: false },
    ];
    expect(leaversToAnonymise(staff, cutoff)).toEqual([1, 5]);
  });

  it("moves with the clock: a day later, yesterday's boundary record is due", () => {
    const settings = { auditsMonths: 6, accessLogMonths: 6, leaversMonths: 1 };
    const record = at("2026-06-08T02:00:00Z");
    const today = retentionCutoffs(settings, at("2026-12-08T02:00:00Z"));
    const tomorrow = retentionCutoffs(settings, at("2026-12-09T02:00:00Z"));
    expect(isPastPeriod(record, today.audits)).toBe(false);
    expect(isPastPeriod(record, tomorrow.audits)).toBe(true);
  });
});
