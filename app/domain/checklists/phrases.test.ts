import { describe, expect, it } from "vitest";
import { checklist } from "../scoring/fixtures";
import { confusablePairs, normalizePhrase, normalizeQuoting, pairsWithoutGuidance, phraseLabel, stem } from "./phrases";
import type { PhraseItem } from "./schema";

describe("normalizePhrase / normalizeQuoting", () => {
  it("keeps letters and digits only, lower case", () => {
    expect(normalizePhrase("Taip... Suprantu...")).toBe("taip suprantu");
    expect(normalizePhrase(" Laba  diena, Klientų skyrius ")).toBe("laba diena klientų skyrius");
  });
  it("only unifies quote marks and whitespace", () => {
    expect(normalizeQuoting("„Labas“\n  rytas \"x\"")).toBe('"Labas" rytas "x"');
  });
});

describe("stem", () => {
  it.each([
    ["sveikas", "sveik"],
    ["sveiki", "sveik"],
    ["labas", "lab"],
    ["laba", "lab"],
    ["iki", "iki"],
  ])("%s → %s", (word, expected) => expect(stem(word)).toBe(expected));
});

type Spec = Parameters<typeof checklist>[0][string][number];
const greet: Spec = {
  key: "vmb.s.greet",
  type: "phrase",
  phrases: {
    recommended: ["Laba diena", "Labas rytas"],
    forbidden: ["Labas", "Sudie"],
    notes: { "Laba diena": { variants: ["Labą dieną"] }, Sudie: { shown_as: "Sudie!" } },
  },
};
const answer: Spec = { key: "vmb.s.answer", type: "phrase", phrases: { recommended: ["Klausau Jūsų"], forbidden: [], require_recommended: true } };
const phone: Spec = { key: "vmb.s.phone", type: "phrase", phrases: { recommended: ["Alio, laba diena"], forbidden: ["Klausau"] } };
const greetPhrases = { recommended: ["Laba diena", "Labas rytas"], forbidden: ["Labas", "Sudie"] };

describe("confusablePairs", () => {
  const c = checklist({ s: [greet, answer, phone] });

  it("finds prefix pairs within an item and across items, and grammatical forms", () => {
    const pairs = confusablePairs([c]).map((p) => `${p.kind}: ${p.forbidden.phrase} ~ ${p.recommended.phrase}`);
    expect(pairs).toEqual(["variant: Labas ~ Laba diena", "prefix: Labas ~ Labas rytas", "prefix: Klausau ~ Klausau Jūsų"]);
  });

  it("reports only forbidden phrases without guidance", () => {
    const withGuidance = checklist({
      s: [{ ...greet, type: "phrase", phrases: { ...greetPhrases, notes: { Labas: { guidance: { lt: "vienas", en: "alone" } } } } }, answer, phone],
    });
    expect(pairsWithoutGuidance([withGuidance]).map((p) => p.forbidden.phrase)).toEqual(["Klausau"]);
  });
});

describe("phraseLabel", () => {
  it("shows the corrected form when there is one", () => {
    const item = checklist({ s: [greet] }).sections[0].items[0] as PhraseItem;
    expect(phraseLabel(item, "Sudie")).toBe("Sudie!");
    expect(phraseLabel(item, "Labas")).toBe("Labas");
  });
});
