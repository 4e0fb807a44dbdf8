import { describe, expect, it } from "vitest";
import { krippendorffAlpha } from "../stats/agreement/krippendorff";
import { parseAgreementCsv } from "./agreement";

const csv = (...lines: string[]) => lines.join("\n") + "\n";

describe("agreement CSV", () => {
  it("reads taip / iš dalies / ne as the ordinal scale, missing values left out", () => {
    const file = parseAgreementCsv(
      csv("unit;rater;value", "1;Ona;taip", "1;Jonas;Iš dalies", "1;Rasa;netaikoma", "2;Ona;ne", "2;Jonas;", "2;Rasa;NE"),
    );
    expect(file).toEqual({
      ok: true,
      level: "ordinal",
      data: [
        new Map([
          ["ona", 1],
          ["jonas", 0.5],
        ]),
        new Map([
          ["ona", 0],
          ["rasa", 0],
        ]),
      ],
    });
  });
  it("numbers are interval by default, with a decimal comma in quotes or a point", () => {
    const file = parseAgreementCsv(csv("unit,rater,value", 'a,x,"2,5"', "a,y,3.5", "b,x,1", "b,y,1"));
    expect(file.ok && file.level).toBe("interval");
    expect(file.ok && file.data[0].get("x")).toBe(2.5);
  });
  it("labels are nominal; a chosen level overrides the guess", () => {
    expect(parseAgreementCsv(csv("unit;rater;value", "1;a;Labas", "1;b;labas")).ok && "nominal").toBe("nominal");
    const nominal = parseAgreementCsv(csv("unit;rater;value", "1;a;taip", "1;b;ne"), "nominal");
    expect(nominal.ok && nominal.data[0].get("a")).toBe("taip");
  });
  it("accepts Lithuanian header names, CRLF and a header with spaces", () => {
    const file = parseAgreementCsv("Vienetas; Vertintojas ;Reikšmė\r\n1;a;1\r\n1;b;2\r\n");
    expect(file.ok).toBe(true);
  });
  it("reproduces Krippendorff's 4 × 12 example read from a file", () => {
    const rows = {
      A: "1,2,3,3,2,1,4,1,2,,,",
      B: "1,2,3,3,2,2,4,1,2,5,,3",
      C: ",3,3,3,2,3,4,2,2,5,1,",
      D: "1,2,3,3,2,4,4,1,2,5,1,",
    };
    const lines = ["unit;rater;value"];
    for (const [rater, values] of Object.entries(rows)) values.split(",").forEach((v, i) => lines.push(`${i + 1};${rater};${v}`));
    const file = parseAgreementCsv(csv(...lines), "ordinal");
    expect(file.ok && krippendorffAlpha(file.data, "ordinal").alpha?.toFixed(3)).toBe("0.815");
  });

  describe("errors name their line", () => {
    it("an unknown header", () => {
      expect(parseAgreementCsv(csv("item;coder;score", "1;a;1"))).toEqual({
        ok: false,
        errors: [{ line: 1, message: 'unknown header "item;coder;score": expected unit;rater;value' }],
      });
    });
    it("a rater twice on one unit", () => {
      const file = parseAgreementCsv(csv("unit;rater;value", "1;Ona;taip", "2;Ona;ne", "1;ona;ne"));
      expect(file).toEqual({ ok: false, errors: [{ line: 4, message: 'rater "ona" already rated unit "1" on line 2' }] });
    });
    it("a value not on the scale", () => {
      const file = parseAgreementCsv(csv("unit;rater;value", "1;a;taip", "1;b;gal"), "ordinal");
      expect(file).toEqual({ ok: false, errors: [{ line: 3, message: '"gal" is not on the scale taip / iš dalies / ne' }] });
      const interval = parseAgreementCsv(csv("unit;rater;value", "1;a;2", "", "1;b;du"), "interval");
      expect(interval).toEqual({ ok: false, errors: [{ line: 4, message: '"du" is not a number (the interval level needs numbers)' }] });
    });
    it("a short row, an empty rater, an empty file", () => {
      const file = parseAgreementCsv(csv("unit;rater;value", "1;a", "2;;1"));
      expect(!file.ok && file.errors.map((e) => e.line)).toEqual([2, 3]);
      expect(parseAgreementCsv("").ok).toBe(false);
      expect(parseAgreementCsv(csv("unit;rater;value"))).toEqual({ ok: false, errors: [{ line: 1, message: "no rows after the header" }] });
    });
  });
});
