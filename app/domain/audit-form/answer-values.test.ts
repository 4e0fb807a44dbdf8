import { describe, expect, it } from "vitest";
import { checklist } from "../scoring/fixtures";
import type { RawAnswer } from "../scoring/types";
import { answerEntries, answerOfValue, answerValue, OVERALL_COMMENT, valuesOfAnswers, valuesOfEntries } from "./answer-values";
import { field } from "./fields";

const list = checklist({
  s: [
    { key: "vmb.s.a", type: "yes_partial_no" },
    { key: "vmb.s.m", type: "measure", unit: "minutes", threshold: { max: 3 }, na_allowed: true },
    { key: "vmb.s.p", type: "phrase", phrases: { recommended: ["Laba diena", "Sveiki atvykę"], forbidden: ["Ko jums?"] } },
  ],
});

describe("answer values", () => {
  it("an unanswered item has the empty value", () => {
    expect(answerValue({ key: "vmb.s.a" })).toBe("");
    expect(answerValue({ key: "vmb.s.a", comment: "   " })).toBe("");
  });

  it("answers stored by the server and the same answers typed in a form have equal values", () => {
    const stored: RawAnswer[] = [
      { key: "vmb.s.a", choice: "partial", comment: "vėlavo" },
      { key: "vmb.s.m", number: 2.5 },
      { key: "vmb.s.p", phrases: ["Sveiki atvykę", "Laba diena"], other_phrase: "Labas", other_phrase_as: "forbidden" },
    ];
    const typed = valuesOfEntries(list, [
      [field.choice("vmb.s.a"), "partial"],
      [field.comment("vmb.s.a"), " vėlavo "],
      [field.number("vmb.s.m"), "2,5"],
      [field.phrase("vmb.s.p"), "Laba diena"],
      [field.phrase("vmb.s.p"), "Sveiki atvykę"],
      [field.other("vmb.s.p"), "Labas"],
      [field.otherAs("vmb.s.p"), "forbidden"],
      [OVERALL_COMMENT, "Gerai "],
    ]);
    expect(typed).toEqual(valuesOfAnswers(stored, "Gerai"));
  });

  it("a judgement without the phrase it judges is no part of the answer", () => {
    expect(answerValue({ key: "k", choice: "yes", other_phrase_as: "recommended" })).toBe(answerValue({ key: "k", choice: "yes" }));
  });

  it("values go back to the form fields that show them, and read back to the same value", () => {
    const answers: RawAnswer[] = [
      { key: "vmb.s.a", choice: "no", comment: "Nepasisveikino" },
      { key: "vmb.s.m", number: 12.5 },
      { key: "vmb.s.p", phrases: [] },
    ];
    for (const a of answers) {
      const value = answerValue(a);
      const entries = answerEntries(a.key, answerOfValue(a.key, value), ",");
      expect(valuesOfEntries(list, entries)[a.key]).toBe(value);
    }
    expect(answerEntries("vmb.s.m", { key: "vmb.s.m", number: 12.5 }, ",")).toEqual([[field.number("vmb.s.m"), "12,5"]]);
    expect(answerEntries("vmb.s.p", { key: "vmb.s.p", phrases: [] }, ".")).toEqual([[field.noPhrase("vmb.s.p"), "1"]]);
    expect(answerOfValue("x", "")).toBeUndefined();
  });
});
