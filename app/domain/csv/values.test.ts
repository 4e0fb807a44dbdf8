import { describe, expect, it } from "vitest";
import { formatDecimal, formatPhrases, matchKey, parseChoice, parseDecimal, parseFlag, parsePhrases, stripFormulaGuard } from "./values";

describe("parseChoice", () => {
  it("knows every spelling in Lithuanian and English, in any case, around spaces", () => {
    const cases: [string, string][] = [
      ["taip", "yes"],
      ["TAIP", "yes"],
      [" Yes ", "yes"],
      ["1", "yes"],
      ["ne", "no"],
      ["No", "no"],
      ["0", "no"],
      ["iš dalies", "partial"],
      ["IŠ DALIES", "partial"],
      ["is dalies", "partial"],
      ["partial", "partial"],
      ["0,5", "partial"],
      ["n.d.", "na"],
      ["N.D.", "na"],
      ["na", "na"],
      ["n/a", "na"],
      ["netaikoma", "na"],
    ];
    for (const [cell, choice] of cases) expect(parseChoice(cell), cell).toBe(choice);
  });
  it("does not take names of Object's prototype for spellings", () => {
    expect(parseChoice("constructor")).toBeNull();
    expect(parseChoice("toString")).toBeNull();
  });
  it("gives undefined for blank (not answered) and null for unknown spellings", () => {
    expect(parseChoice("")).toBeUndefined();
    expect(parseChoice("   ")).toBeUndefined();
    expect(parseChoice("gal")).toBeNull();
    expect(parseChoice("2")).toBeNull();
  });
});

describe("numbers", () => {
  it("reads a decimal comma or point, and blank as nothing", () => {
    expect(parseDecimal("3")).toBe(3);
    expect(parseDecimal("2,5")).toBe(2.5);
    expect(parseDecimal(" 2.5 ")).toBe(2.5);
    expect(parseDecimal("")).toBeUndefined();
    expect(parseDecimal("trys")).toBeNaN();
    expect(parseDecimal("1.000,5")).toBeNaN();
  });
  it("writes a decimal comma that reads back the same", () => {
    expect(formatDecimal(2.5)).toBe("2,5");
    expect(parseDecimal(formatDecimal(1 / 3))).toBe(1 / 3);
  });
});

describe("phrases", () => {
  it("splits on | and trims", () => {
    expect(parsePhrases("Laba diena | Viso gero")).toEqual(["Laba diena", "Viso gero"]);
    expect(parsePhrases("Laba diena")).toEqual(["Laba diena"]);
  });
  it("reads '-' as none of the listed phrases, and writes it back", () => {
    expect(parsePhrases("-")).toEqual([]);
    expect(parsePhrases("nė vieno")).toEqual([]);
    expect(formatPhrases([])).toBe("-");
    expect(formatPhrases(["a", "b"])).toBe("a|b");
  });
});

describe("flags, matching and the formula guard", () => {
  it("reads yes/no flags with a default for blank", () => {
    expect(parseFlag("taip", false)).toBe(true);
    expect(parseFlag("NE", true)).toBe(false);
    expect(parseFlag("", true)).toBe(true);
    expect(parseFlag("kartais", true)).toBeNull();
  });
  it("matches ignoring case and spaces but not diacritics", () => {
    expect(matchKey("  ŠARŪNĖ   Žąsinaitė ")).toBe("šarūnė žąsinaitė");
    expect(matchKey("Sarune")).not.toBe(matchKey("Šarūnė"));
  });
  it("strips the apostrophe our export puts before formula-like cells, and nothing else", () => {
    expect(stripFormulaGuard("'=SUM(A1)")).toBe("=SUM(A1)");
    expect(stripFormulaGuard("'-5")).toBe("-5");
    expect(stripFormulaGuard("'+370")).toBe("+370");
    expect(stripFormulaGuard("'@x")).toBe("@x");
    expect(stripFormulaGuard("'\tx")).toBe("\tx");
    expect(stripFormulaGuard("'labas'")).toBe("'labas'");
    expect(stripFormulaGuard("O'Brien")).toBe("O'Brien");
  });
});

describe("matchKey", () => {
  it("lower-cases as Lithuanian does, also where that differs from the root locale", () => {
    // I, J, Į before an accent keep their dot; Ì, Í, Ĩ become i + dot + accent.
    for (const text of ["I\u0301", "J\u0303", "Į\u0300", "Ìa", "Í", "Ĩ", "ĮVAIRŪS", "Ąžuolas ČIŽAS", "Jonas IVANAUSKAS"])
      expect(matchKey(text), text).toBe(text.toLocaleLowerCase("lt"));
    expect(matchKey("  ŠARŪNĖ  Žąsinaitė ")).toBe("šarūnė žąsinaitė");
  });

  it("takes the root-locale shortcut only where it gives the Lithuanian result", () => {
    // None of these has I, J, Į, Ì, Í or Ĩ, so they go through plain toLowerCase.
    for (const text of ["ŠARŪNĖ", "ĄČĘĖŠŲŪŽ", "Ąžuolas", "ΟΔΥΣΣΕΥΣ", "STRASSE", "İSTANBUL", "ÀÉÖ"])
      expect(matchKey(text), text).toBe(text.toLocaleLowerCase("lt"));
  });
});
