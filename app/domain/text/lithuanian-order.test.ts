import { describe, expect, it } from "vitest";
import { lithuanianOrderKey, searchKey } from "./lithuanian-order";

const collator = new Intl.Collator("lt");
const byKey = (a: string, b: string) => {
  const ka = lithuanianOrderKey(a);
  const kb = lithuanianOrderKey(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
};

describe("lithuanianOrderKey", () => {
  it("puts č, š and ž after c, s and z, not after the whole alphabet", () => {
    expect(["Žukauskas", "Zabiela", "Šimkus", "Sabonis", "Tamošius", "Čepas", "Cibulskis", "Daukša"].sort(byKey)).toEqual([
      "Cibulskis",
      "Čepas",
      "Daukša",
      "Sabonis",
      "Šimkus",
      "Tamošius",
      "Zabiela",
      "Žukauskas",
    ]);
  });

  it("sorts y with i and the nasal and long vowels with their base letter", () => {
    expect(["Jonas", "Yla", "Ignas", "Įgaudas", "Ėriškis", "Ęa", "Eidukas", "Ūsas", "Ulevičius"].sort(byKey)).toEqual([
      "Ęa",
      "Eidukas",
      "Ėriškis",
      "Įgaudas",
      "Ignas",
      "Yla",
      "Jonas",
      "Ulevičius",
      "Ūsas",
    ]);
  });

  it("agrees with Intl.Collator('lt') on names, case, accents, spaces and hyphens", () => {
    const words = [
      "ąb",
      "aa",
      "ac",
      "yra",
      "ira",
      "jra",
      "zz",
      "žz",
      "šaa",
      "sz",
      "ėa",
      "ea",
      "eb",
      "ęa",
      "Ąa",
      "Aa",
      "a b",
      "ab",
      "ūa",
      "ua",
      "ub",
      "Y",
      "I",
      "J",
      "q1",
      "p1",
      "r1",
      "x",
      "w",
      "v",
      "Kazlauskienė-Petraitė",
      "Kazlauskienė",
      "Kazlauskas",
      "Česlovas",
      "Ona Šimkutė",
      "Ona Simonaitė",
      "Ona",
      "ona",
      "Šarūnas",
      "Sarunas",
      "Vytautas",
      "Vitalijus",
      "Ąžuolas",
      "Azuolas",
    ];
    expect([...words].sort(byKey)).toEqual([...words].sort(collator.compare));
  });
});

describe("searchKey", () => {
  it("folds case, diacritics and spaces", () => {
    expect(searchKey("  Šimkutė   Ona ")).toBe("simkute ona");
  });
});
