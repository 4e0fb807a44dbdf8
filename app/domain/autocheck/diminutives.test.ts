import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { parseAutocheckConfig } from "./config";
import { isDiminutive, notDiminutiveSet } from "./diminutives";
import type { Speller } from "./speller";
import { loadSpeller } from "./speller.server";

const config = parseAutocheckConfig(JSON.parse(readFileSync("checklists/autocheck.json", "utf8")));
const notDim = notDiminutiveSet(config.not_diminutives);
let speller: Speller;
beforeAll(async () => {
  speller = await loadSpeller();
});

describe("diminutives", () => {
  it("finds the standard's examples and other inflected diminutives", () => {
    for (const w of ["sutartėlė", "sutartėlę", "parašiukas", "parašiuką", "skolelė", "minutėlę", "valandėlę", "kavutės", "dokumentėlius"])
      expect(isDiminutive(w, speller, notDim), w).toBe(true);
  });
  it("leaves plain words, lexicalised words and -ytis verbs alone", () => {
    for (const w of [
      "sutartis",
      "minutę",
      "minutės",
      "lentelė",
      "kortelę",
      "laukelį",
      "kelio",
      "dalytis",
      "mokytis",
      "gėlė",
      "modelis",
      "vėliau",
      "laukas",
    ])
      expect(isDiminutive(w, speller, notDim), w).toBe(false);
  });
});
