import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { loadChecklistFiles } from "../checklists/load.server";
import type { Checklist } from "../checklists/schema";
import { parseAutocheckConfig } from "./config";
import type { Speller } from "./speller";
import { loadSpeller } from "./speller.server";
import { parseTranscript } from "./transcript";
import { checkTranscript } from "./transcript-check";

const config = parseAutocheckConfig(JSON.parse(readFileSync("checklists/autocheck.json", "utf8")));
const checklists = new Map(loadChecklistFiles().map((l) => [l.checklist.id, l.checklist]));
const get = (id: string) => checklists.get(id) as Checklist;
let speller: Speller;
beforeAll(async () => {
  speller = await loadSpeller();
});

describe("parseTranscript", () => {
  it("reads speaker lines with timestamps and continuation lines", () => {
    const turns = parseTranscript("Skambutis 10:02\n[00:03] Darbuotoja: Laba diena.\nKuo galiu padėti?\nKlientas: Labas.\nD: Viso gero.");
    expect(turns).toEqual([
      { speaker: "employee", text: "Laba diena.", line: 2 },
      { speaker: "employee", text: "Kuo galiu padėti?", line: 3, continues: true },
      { speaker: "client", text: "Labas.", line: 4 },
      { speaker: "employee", text: "Viso gero.", line: 5 },
    ]);
  });
  it("reads notes: quoted words, the shopper's own quotes attributed to the client", () => {
    const turns = parseTranscript("Įėjau ir pasakiau „Labas“.\nDarbuotoja pasisveikino: „Laba diena“.\nJi atsakė „Viso gero“.");
    expect(turns.map((t) => [t.speaker, t.text, t.line])).toEqual([
      ["client", "Labas", 1],
      ["employee", "Laba diena", 2],
      ["employee", "Viso gero", 3],
    ]);
  });
});

describe("checkTranscript", () => {
  it("reports phrases with item and line, employee lines only", () => {
    const r = checkTranscript(
      "Klientas: Labas.\nDarbuotojas: Laba diena.\nDarbuotojas: Kuo galėčiau padėti?\nKlientas: Ačiū, iki.\nDarbuotojas: Viso gero.",
      get("kmsa-in-person"),
      { speller, config },
    );
    expect(r.phrases).toEqual([
      { phrase: "Laba diena", kind: "recommended", item: "kmsa.greet.phrase", line: 2 },
      { phrase: "Kuo galėčiau padėti", kind: "recommended", item: "kmsa.needs.opening_phrase", line: 3 },
      { phrase: "Viso gero", kind: "recommended", item: "kmsa.close.farewell_phrase", line: 5 },
    ]);
    expect(r.items["kmsa.greet.phrase"]).toEqual({ answer: "yes", evidence: ["Laba diena"] });
    expect(r.items["kmsa.comm.no_diminutives"].answer).toBe("yes");
    expect(r.items["kmsa.greet.eye_contact"].answer).toBeNull();
  });

  it("fails KMSA's phone greeting on „Klausau“ but not on „klausau Jūsų“ after a full introduction", () => {
    const bad = checkTranscript("Darbuotojas: Klausau.\nKlientas: Laba diena.", get("kmsa-phone"), { speller, config });
    expect(bad.items["kmsa.phone_in.greeting_phrase"].answer).toBe("no");
    expect(bad.phrases).toContainEqual({ phrase: "Klausau", kind: "forbidden", item: "kmsa.phone_in.greeting_phrase", line: 1 });
    const good = checkTranscript("Darbuotojas: Laba diena, Statybos skyrius, Tomas Kazlauskas, klausau Jūsų.", get("kmsa-phone"), {
      speller,
      config,
    });
    expect(good.items["kmsa.phone_in.greeting_phrase"].answer).toBe("yes");
    expect(good.items["kmsa.phone_in.introduction"].answer).toBe("yes");
    expect(good.items["kmsa.phone_in.opening_phrase"].answer).toBe("yes");
  });

  it("grades the introduction by its parts", () => {
    const r = (first: string) =>
      checkTranscript(`Darbuotoja: ${first}\nKlientas: Laba diena.`, get("vmb-phone"), { speller, config }).items[
        "vmb.phone_in.introduction"
      ].answer;
    expect(r("Laba diena, Vilniaus miesto būstas, Ona Petraitienė.")).toBe("yes");
    expect(r("Laba diena, Vilniaus miesto būstas.")).toBe("partial");
    expect(r("Laba diena, Vilniaus miesto būstas, kalba Ona.")).toBe("partial");
    expect(r("Klausau.")).toBe("no");
  });

  it("lists diminutives with their line", () => {
    const r = checkTranscript("Darbuotoja: Palaukite minutėlę.\nDarbuotoja: Čia sutartėlė.", get("vmb-in-person"), { speller, config });
    expect(r.items["vmb.comm.no_diminutives"]).toEqual({ answer: "no", evidence: ["minutėlę (1)", "sutartėlė (2)"] });
  });

  it("answers items that only forbid phrases yes when none was said", () => {
    const r = checkTranscript("Klientas: Kodėl taip ilgai?\nDarbuotojas: Suprantu Jūsų nepasitenkinimą.", get("kmsa-conflict"), {
      speller,
      config,
    });
    expect(r.items["kmsa.conflict.understanding_phrase"].answer).toBe("yes");
    expect(r.items["kmsa.conflict.clarify_phrase"].answer).toBe("yes");
    expect(r.items["kmsa.conflict.apology_phrase"].answer).toBeNull(); // N/A allowed, nothing said
  });
});

describe("labels and turns", () => {
  it("reads labels followed by a dash", () => {
    expect(parseTranscript("Klientas – Laba diena.\nDarbuotoja – Laba diena, kuo galiu padėti?").map((t) => [t.speaker, t.text])).toEqual([
      ["client", "Laba diena."],
      ["employee", "Laba diena, kuo galiu padėti?"],
    ]);
  });

  it("reads named employee labels when the client is labelled", () => {
    expect(parseTranscript("SK: Laba diena.\nOna: Laba diena.").map((t) => t.speaker)).toEqual(["client", "employee"]);
  });
  it("keeps each quote of notes a turn of its own", () => {
    const r = checkTranscript(
      "Darbuotoja atsiliepė: „Vilniaus miesto būstas, klausau.“\nPaklausiau apie sąskaitą.\nJi pasakė: „Palaukite.“\nPabaigoje: „Geros dienos.“",
      get("vmb-phone"),
      { speller, config },
    );
    expect(r.items["vmb.phone_in.introduction"].evidence).toEqual(["Vilniaus miesto būstas, klausau."]);
  });

  it("joins an introduction written over two lines", async () => {
    const r = checkTranscript("Darbuotoja: Laba diena,\nStatybos skyrius, Rasa Jankauskienė.\nKlientas: Laba diena.", get("kmsa-phone"), {
      speller,
      config,
    });
    expect(r.items["kmsa.phone_in.introduction"].answer).toBe("yes");
  });
});
