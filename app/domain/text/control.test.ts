import { describe, expect, it } from "vitest";
import { hasControlCharacters } from "./control";

describe("hasControlCharacters", () => {
  it("accepts Lithuanian names, punctuation and spaces", () => {
    for (const v of ["Šarūnė Žąsinaitė-Kęstutienė", "O'Brien", "KAS.2_b", "Skyrius „Nr. 1“ – Vilnius"])
      expect(hasControlCharacters(v)).toBe(false);
  });

  it("refuses NUL, other C0 and C1 controls, DEL, line breaks and bidi overrides", () => {
    for (const v of ["Jonas\u0000", "a\u0007b", "a\tb", "a\nb", "a\u007f", "a\u0085", "a\u009b", "admin\u202Egnp.exe", "a\u2066b"])
      expect(hasControlCharacters(v)).toBe(true);
  });
});
