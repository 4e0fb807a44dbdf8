import { describe, expect, it } from "vitest";
import { compilePhrases, findPhrases, type PhraseDef } from "./phrases";

const GREETING: PhraseDef[] = [
  { phrase: "Laba diena", kind: "recommended" },
  { phrase: "Labas rytas", kind: "recommended" },
  { phrase: "Labas", kind: "forbidden" },
  { phrase: "Laba", kind: "forbidden" },
];
const FAREWELL: PhraseDef[] = [
  { phrase: "Viso gero", kind: "recommended" },
  { phrase: "Iki pasimatymo", kind: "recommended" },
  { phrase: "Viso", kind: "forbidden" },
  { phrase: "Iki", kind: "forbidden" },
];
const found = (text: string, defs: PhraseDef[]) => findPhrases(text, compilePhrases(defs)).map((h) => `${h.kind}:${h.phrase}`);

describe("phrase matching", () => {
  it("matches inflected forms and text without diacritics", () => {
    expect(found("Labą dieną, prašom užeiti", GREETING)).toEqual(["recommended:Laba diena"]);
    expect(found("kuo galeciau padeti?", [{ phrase: "Kuo galėčiau padėti", kind: "recommended" }])).toEqual([
      "recommended:Kuo galėčiau padėti",
    ]);
  });

  it("keeps forbidden prefixes apart from the recommended phrases that start with them", () => {
    expect(found("Labas rytas!", GREETING)).toEqual(["recommended:Labas rytas"]);
    expect(found("Labas, kuo galiu padėti?", GREETING)).toEqual(["forbidden:Labas"]);
    expect(found("Viso gero!", FAREWELL)).toEqual(["recommended:Viso gero"]);
    expect(found("Viso.", FAREWELL)).toEqual(["forbidden:Viso"]);
    expect(found("Iki pasimatymo.", FAREWELL)).toEqual(["recommended:Iki pasimatymo"]);
    expect(found("Iki!", FAREWELL)).toEqual(["forbidden:Iki"]);
  });

  it("reads a one-word phrase only as a clause of its own", () => {
    expect(found("Dokumentus pateikite iki penktadienio.", FAREWELL)).toEqual([]);
    expect(found("Ačiū, iki.", FAREWELL)).toEqual(["forbidden:Iki"]);
    expect(found("Taip, suprantu.", [{ phrase: "Taip", kind: "forbidden" }])).toEqual(["forbidden:Taip"]);
    expect(found("Ar tai taip sunku?", [{ phrase: "Taip", kind: "forbidden" }])).toEqual([]);
  });

  it("allows one extra word between listed words and a gap where the phrase has „...“", () => {
    expect(found("Kuo galėčiau Jums padėti?", [{ phrase: "Kuo galėčiau padėti", kind: "recommended" }])).toHaveLength(1);
    expect(found("Kuo aš čia dabar galėčiau padėti?", [{ phrase: "Kuo galėčiau padėti", kind: "recommended" }])).toHaveLength(0);
    expect(
      found("Šiuo klausimu prašom kreiptis, tiksliau kreipkitės į Statybos skyrių", [
        { phrase: "Šiuo klausimu kreipkitės į ...", kind: "recommended" },
      ]),
    ).toHaveLength(0);
    expect(
      found("Tai Statybos skyriaus kompetencijos klausimas", [{ phrase: "Tai ... kompetencijos klausimas", kind: "recommended" }]),
    ).toHaveLength(1);
  });

  it("treats Vardenis Pavardenis as any name", () => {
    const defs: PhraseDef[] = [{ phrase: "Vardenis, Pavardenis, laba diena", kind: "recommended" }];
    expect(found("Rūta Vaitkevičiūtė, laba diena.", defs)).toHaveLength(1);
    expect(found("Ar kalbu su Jonu Jonaičiu?", [{ phrase: "Ar kalbu su Vardeniu Pavardeniu?", kind: "recommended" }])).toHaveLength(1);
  });

  it("reads alternatives written with a slash, and the standard's typo „Atsiprašu“ as „Atsiprašau“", () => {
    const defs: PhraseDef[] = [
      {
        phrase: "Atsiprašu, jei ir toliau elgsitės / kalbėsite agresyviai / įžeidžiamai, privalėsiu nutraukti pokalbį",
        kind: "recommended",
      },
    ];
    expect(found("Atsiprašau, jei ir toliau kalbėsite įžeidžiamai, privalėsiu nutraukti pokalbį.", defs)).toHaveLength(1);
    expect(found("Atsiprašau, jei ir toliau elgsitės agresyviai, privalėsiu nutraukti pokalbį.", defs)).toHaveLength(1);
  });

  it("does not confuse short words with longer ones of the same stem", () => {
    expect(found("Visi dokumentai čia.", FAREWELL)).toEqual([]);
    expect(found("Laba diena", [{ phrase: "Labas", kind: "forbidden" }])).toEqual([]);
  });
});
