// Validation of the phrase lists in checklists/*/*.json beyond their schema: every phrase item
// takes another phrase with the auditor's judgement, and every forbidden phrase an auditor can
// mistake for a recommended one carries guidance.
import { describe, expect, it } from "vitest";
import { resolveAnswer } from "../scoring";
import { loadChecklistFiles } from "./load.server";
import { pairsWithoutGuidance, phraseLabel } from "./phrases";
import { STANDARDS, type PhraseItem } from "./schema";

const checklists = loadChecklistFiles("checklists").map((l) => l.checklist);
const phraseItems = checklists.flatMap((c) => c.sections.flatMap((s) => s.items.filter((i): i is PhraseItem => i.type === "phrase")));

describe("phrase items in the checklist files", () => {
  it("there are phrase items to check", () => {
    expect(phraseItems.length).toBeGreaterThan(20);
  });

  it.each(phraseItems.map((i) => [i.key, i] as const))("%s allows another phrase: like a recommended one passes, like a forbidden one fails", (_key, item) => {
    const other = { key: item.key, phrases: [], other_phrase: "Kitas mandagus posakis", comment: "Įrašyta" };
    expect(resolveAnswer(item, { ...other, other_phrase_as: "recommended" }).choice).toBe("yes");
    expect(resolveAnswer(item, { ...other, other_phrase_as: "forbidden" }).choice).toBe("no");
  });

  it.each(STANDARDS.map((s) => [s] as const))("%s: every forbidden phrase that is the start or another form of a recommended one has guidance", (standard) => {
    const missing = pairsWithoutGuidance(checklists.filter((c) => c.standard === standard)).map(
      (p) => `${p.forbidden.itemKey}: „${p.forbidden.phrase}“ (${p.kind} of „${p.recommended.phrase}“ in ${p.recommended.itemKey})`,
    );
    expect(missing).toEqual([]);
  });

  it("corrected forms are shown where the standard has a typo, and differ from the verbatim text", () => {
    const corrected = phraseItems.flatMap((i) =>
      [...i.phrases.recommended, ...i.phrases.forbidden].filter((p) => phraseLabel(i, p) !== p).map((p) => [p, phraseLabel(i, p)]),
    );
    expect(corrected).toEqual(expect.arrayContaining([["Atsiprašu, kad...", "Atsiprašau, kad..."], ["Juokinga šitaip pykti..", "Juokinga šitaip pykti..."]]));
  });

  it("no listed phrase merges a phrase with its condition or glues two phrases (a comma-separated „ir pan.“ tail)", () => {
    const glued = phraseItems.flatMap((i) => [...i.phrases.recommended, ...i.phrases.forbidden].filter((p) => /\bir pan\b|[;]/.test(p)).map((p) => `${i.key}: ${p}`));
    expect(glued).toEqual([]);
  });
});
