import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { parseAutocheckConfig } from "./config";
import type { Speller } from "./speller";
import { loadSpeller } from "./speller.server";
import {
  checkLithuanianLetters,
  checkRespectfulAddress,
  checkSignature,
  checkSpelling,
  checkSubject,
  checkThanks,
  restoreDiacritics,
  wordReport,
} from "./writing";

const config = parseAutocheckConfig(JSON.parse(readFileSync("checklists/autocheck.json", "utf8")));
let speller: Speller;
beforeAll(async () => {
  speller = await loadSpeller();
});

describe("subject", () => {
  it("needs words after the reply prefixes", () => {
    expect(checkSubject("RE: Dėl sąskaitos").answer).toBe("yes");
    expect(checkSubject("RE:").answer).toBe("no");
    expect(checkSubject("Re: FW: ATS:").answer).toBe("no");
    expect(checkSubject("").answer).toBe("no");
    expect(checkSubject(null).answer).toBe("no");
    expect(checkSubject("Atsakymas į Jūsų užklausą").answer).toBe("yes");
  });
});

describe("thanks for the letter", () => {
  it("finds it in any inflection, with or without diacritics", () => {
    for (const text of [
      "Dėkojame už laišką.",
      "Ačiū už Jūsų laišką!",
      "dėkoju, kad parašėte",
      "Aciu uz laiska.",
      "Dėkojame už Jūsų užklausą dėl šildymo.",
      "Nuoširdžiai dėkojame, kad kreipėtės.",
    ])
      expect(checkThanks(`Laba diena,\n${text}\nAtsakymas.`).answer, text).toBe("yes");
  });
  it("does not take thanks for something else", () => {
    expect(checkThanks("Laba diena,\nIš anksto ačiū už kantrybę.").answer).toBe("no");
    expect(checkThanks("Laba diena,\natsakome į klausimą.").answer).toBe("no");
  });
  it("quotes the sentence as evidence", () => {
    expect(checkThanks("Laba diena. Dėkojame už laišką. Atsakome.").evidence).toEqual(["Dėkojame už laišką."]);
  });
});

describe("respectful address", () => {
  it("accepts polite greetings", () => {
    for (const first of [
      "Laba diena,",
      "Labą dieną, ponia Rasa,",
      "Labas rytas,",
      "Labas vakaras,",
      "Gerbiamas Jonai,",
      "Gerb. p. Rasa,",
      "Sveiki,",
    ])
      expect(checkRespectfulAddress(`${first}\natsakome į Jūsų klausimą.`).answer, first).toBe("yes");
  });
  it("rejects familiar greetings, no greeting and the familiar „tu“", () => {
    expect(checkRespectfulAddress("Labas,\natsakome.").answer).toBe("no");
    expect(checkRespectfulAddress("Sveikas,\natsakome.").answer).toBe("no");
    expect(checkRespectfulAddress("Sąskaita apskaičiuota teisingai.").answer).toBe("no");
    expect(checkRespectfulAddress("Laba diena,\ntavo sąskaita apskaičiuota teisingai.").answer).toBe("no");
  });
  it("leaves a bare name to the auditor", () => {
    expect(checkRespectfulAddress("Jonai,\natsakome.").answer).toBeNull();
  });
});

describe("Lithuanian letters and spelling", () => {
  it("restores diacritics from the dictionary", () => {
    expect(restoreDiacritics("aciu", speller)).toBe("ačiū");
    expect(restoreDiacritics("laiska", speller)).toBe("laišką");
    expect(restoreDiacritics("qwxz", speller)).toBeNull();
  });

  it("says no for text typed without diacritics and lists the words", () => {
    const report = wordReport("Laba diena, aciu uz laiska. Sildymo saskaita apskaiciuota pagal buto plota.", speller, config);
    const result = checkLithuanianLetters(report);
    expect(result.answer).toBe("no");
    expect(result.evidence).toContain("aciu → ačiū");
    expect(checkSpelling(report, config).answer).toBe("no");
  });

  it("says yes for a Lithuanian text with one slip, which is a spelling matter", () => {
    const report = wordReport(
      "Laba diena, dėkojame už laišką. Prašymą galite pateikti elektroniniu pastu arba atvykę į skyrių.",
      speller,
      config,
    );
    expect(checkLithuanianLetters(report).answer).toBe("yes");
    const spelling = checkSpelling(report, config);
    expect(spelling.answer).toBe("partial");
    expect(spelling.evidence).toEqual(["pastu"]);
  });

  it("does not check names, addresses, links, codes or listed abbreviations", () => {
    const report = wordReport(
      "Kreipkitės į Jurgitą Žemaitytę, el. p. jurgita.zemaityte@kaunas.lt, www.kaunas.lt, kab. 205A, tel. 8 37 42 42 42, pvz. rytoj.",
      speller,
      config,
    );
    expect(report.unknown).toEqual([]);
    expect(checkSpelling(report, config).answer).toBe("yes");
  });

  it("answers no when mistakes exceed the partial threshold", () => {
    const report = wordReport("Laba diena, prašom pateikti prašyma ir kopijas iki pirmadenio, nes terminas baigiase.", speller, config);
    expect(report.unknown.length).toBeGreaterThanOrEqual(3);
    expect(checkSpelling(report, config).answer).toBe("no");
  });

  it("leaves very short texts to the auditor", () => {
    expect(checkSpelling(wordReport("Ačiū.", speller, config), config).answer).toBeNull();
  });
});

describe("signature", () => {
  const orgs = ["Vilniaus miesto būstas"];
  it("needs name, position, organisation and contact", () => {
    const full =
      "Atsakymas.\n\nPagarbiai,\nOna Petraitienė\nKlientų aptarnavimo skyriaus vyriausioji specialistė\nSĮ „Vilniaus miesto būstas“\nTel. +370 5 212 3456";
    const r = checkSignature(full, orgs);
    expect(r.answer).toBe("yes");
    expect(r.evidence).toContain("Ona Petraitienė");
  });
  it("is no with a name only and null with three parts of four", () => {
    expect(checkSignature("Atsakymas.\n\nPagarbiai,\nOna Petraitienė", orgs).answer).toBe("no");
    expect(checkSignature("Atsakymas.\n\nPagarbiai,\nOna", orgs).answer).toBe("no");
    expect(
      checkSignature("Atsakymas.\n\nPagarbiai,\nOna Petraitienė\nVyriausioji specialistė\nSĮ „Vilniaus miesto būstas“", orgs).answer,
    ).toBeNull();
  });
  it("reads a signature on one line with the closing", () => {
    expect(
      checkSignature("Atsakymas.\n\nPagarbiai, Ona Petraitienė\nVedėja, Kauno miesto savivaldybės administracija\nona@kaunas.lt", [])
        .answer,
    ).toBe("yes");
  });
});
