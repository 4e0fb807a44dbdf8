// ICU formatters are built once, not per call: built per call they held native memory the
// garbage collector does not count, and a server rendering audit lists grew to 1.2 GB
// (issue 15, defect 10; bench/soak.ts measures the server).
import { afterEach, describe, expect, it } from "vitest";
import { formatDate, formatDateTime, formatNumber, translate } from "./index";

type Kind = "DateTimeFormat" | "NumberFormat" | "PluralRules";
const originals = { DateTimeFormat: Intl.DateTimeFormat, NumberFormat: Intl.NumberFormat, PluralRules: Intl.PluralRules };
const built: Record<Kind, number> = { DateTimeFormat: 0, NumberFormat: 0, PluralRules: 0 };
/** Counts how often a formatter is constructed (it still works as the original). */
function count(kind: Kind) {
  (Intl as unknown as Record<Kind, unknown>)[kind] = new Proxy(originals[kind], {
    construct(target, args) {
      built[kind]++;
      return Reflect.construct(target, args) as object;
    },
  });
}
afterEach(() => Object.assign(Intl, originals));

describe("formatters", () => {
  it("are built at most once per kind and locale, however often they format", () => {
    (["DateTimeFormat", "NumberFormat", "PluralRules"] as const).forEach(count);
    for (let i = 0; i < 500; i++) {
      formatDate("lt", 1_700_000_000_000 + i * 86_400_000);
      formatDateTime("en", 1_700_000_000_000 + i * 60_000);
      formatNumber("lt", i / 3);
      formatNumber("lt", i / 3, 1);
      translate("lt", "login.rateLimited", { seconds: i });
    }
    expect(built.DateTimeFormat).toBeLessThanOrEqual(2);
    expect(built.NumberFormat).toBeLessThanOrEqual(2);
    expect(built.PluralRules).toBeLessThanOrEqual(1);
  });

  it("still format each language and option set as before", () => {
    const ms = Date.UTC(2026, 10, 21, 8, 5);
    expect(formatDate("lt", ms)).toBe("2026-11-21");
    expect(formatDateTime("lt", ms)).toBe("2026-11-21 10:05");
    expect(formatDateTime("en", ms)).toBe("2026-11-21 10:05");
    expect(formatNumber("lt", 1234.5)).toBe(formatNumber("lt", 1234.5));
    expect(formatNumber("en", 2.345, 1)).toBe("2.3");
    expect(formatNumber("en", 2.345)).toBe("2.35");
  });
});
