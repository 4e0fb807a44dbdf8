import { describe, expect, it } from "vitest";
import { csvFileName, neutraliseFormula, toCsv } from "./write";

describe("toCsv", () => {
  it("starts with a UTF-8 BOM, separates with ';' and ends rows with CRLF", () => {
    const csv = toCsv([
      ["Skyrius", "Vidurkis"],
      ["Būsto nuomos skyrius", "84,5"],
    ]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1)).toBe("Skyrius;Vidurkis\r\nBūsto nuomos skyrius;84,5\r\n");
    expect(Buffer.from(csv, "utf8").subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });
  it("can leave out the BOM and use another separator", () => {
    expect(toCsv([["a", "b,c"]], { separator: ",", bom: false })).toBe('a,"b,c"\r\n');
  });
  it("quotes cells with the separator, quotes or line breaks, doubling inner quotes", () => {
    expect(toCsv([["a;b", 'sakė „labas“ "x"', "eil.\n2"]], { bom: false })).toBe('"a;b";"sakė „labas“ ""x""";"eil.\n2"\r\n');
  });
  it("neutralises cells a spreadsheet would run as formulas", () => {
    for (const bad of ["=1+1", "+370", "-5", "@SUM(A1)", "\tx", "\rx"]) expect(neutraliseFormula(bad)).toBe(`'${bad}`);
    for (const ok of ["84,5", "Ona", "", "a=b", "5-3"]) expect(neutraliseFormula(ok)).toBe(ok);
    expect(toCsv([['=HYPERLINK("http://x")', "-2,5"]], { bom: false })).toBe('"\'=HYPERLINK(""http://x"")";\'-2,5\r\n');
  });
  it("quotes a neutralised cell that starts with a tab so the tab survives", () => {
    expect(toCsv([["\t=x"]], { bom: false })).toBe("'\t=x\r\n");
  });
});

describe("csvFileName", () => {
  it("keeps a plain ASCII name for the download", () => {
    expect(csvFileName("skyriai Būsto 2026-01–2026-12")).toBe("skyriai-Busto-2026-01-2026-12.csv");
    expect(csvFileName("„“")).toBe("export.csv");
  });
});
