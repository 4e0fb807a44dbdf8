import { describe, expect, it } from "vitest";
import { formatNumber, makeT } from "~/i18n";
import { csvNumber, exportCsvRows, exportTable } from "./export";
import type { Fmt } from "./format";
import { rulesTable, trendTable, type MeasureData } from "./tables";

const lt: Fmt = { locale: "lt", t: makeT("lt"), number: (v, d) => formatNumber("lt", v, d), date: () => "" };
const m = (over: Partial<MeasureData> = {}): MeasureData => ({
  audits: 41,
  n: 40,
  mean: 88.94,
  low: 84.71,
  high: 93.2,
  passes: 34,
  passRate: 0.85,
  passLow: 0.709,
  passHigh: 0.929,
  critical: 1,
  ...over,
});

describe("exportTable", () => {
  it("splits intervals into bounds and keeps numbers as numbers", () => {
    const table = exportTable(trendTable(lt, "trend", "Tendencija", [{ month: "2026-01", channel: "phone", ...m() }], true));
    expect(table.columns.map((c) => c.text)).toEqual([
      "Mėnuo",
      "Kanalas",
      "Vidurkis",
      "n",
      "95 % PI: apatinė riba",
      "95 % PI: viršutinė riba",
      "Atitiko",
      "Atitiko, 95 % PI: apatinė riba",
      "Atitiko, 95 % PI: viršutinė riba",
      "Kritiniai neatitikimai",
    ]);
    expect(table.columns.map((c) => c.format)).toEqual([
      "text",
      "text",
      "score",
      "count",
      "score",
      "score",
      "rate",
      "rate",
      "rate",
      "count",
    ]);
    expect(table.rows[0]).toEqual(["2026-01", "Telefonas", 88.94, 40, 84.71, 93.2, 0.85, 0.709, 0.929, 1]);
  });

  it("leaves a cell empty where the page shows a dash, and splits '3 of 40'", () => {
    const rules = rulesTable(lt, "rules", "Taisyklės", [
      { itemKey: "a", text: null, source: ["VMB 1"], failures: 3, applicable: 40, rate: 0.075, low: 0.026, high: 0.199 },
    ]);
    expect(exportTable(rules).rows[0]).toEqual(["a", "VMB 1", 3, 40, 0.075, 0.026, 0.199]);
    const empty = exportTable(
      trendTable(lt, "t", "T", [{ month: "2026-02", channel: "email", ...m({ mean: null, low: null, high: null }) }], true),
    );
    expect(empty.rows[0].slice(2, 6)).toEqual([null, 40, null, null]);
  });
});

describe("CSV numbers", () => {
  it("uses a decimal comma, no thousands separator, rates as decimals", () => {
    expect(csvNumber(88.94321, "score")).toBe("88,9432");
    expect(csvNumber(0.849, "rate")).toBe("0,849");
    expect(csvNumber(12345, "count")).toBe("12345");
    const table = exportTable(trendTable(lt, "trend", "T", [{ month: "2026-01", channel: "phone", ...m({ mean: null }) }], true));
    expect(exportCsvRows(table)[1]).toEqual(["2026-01", "Telefonas", "", "40", "84,71", "93,2", "0,85", "0,709", "0,929", "1"]);
  });
});
