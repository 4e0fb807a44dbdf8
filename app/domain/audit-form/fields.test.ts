import { describe, expect, it } from "vitest";
import { checklist } from "../scoring/fixtures";
import { validateAnswers } from "../scoring/validate";
import { answersFromForm, field, parseNumber } from "./fields";

const list = checklist({
  s: [
    { key: "vmb.s.a", type: "yes_partial_no" },
    { key: "vmb.s.m", type: "measure", unit: "minutes", threshold: { max: 3 }, na_allowed: true },
    { key: "vmb.s.p", type: "phrase", phrases: { recommended: ["Laba diena"], forbidden: ["Ko jums?"] } },
  ],
});

function form(entries: [string, string][]) {
  return (name: string) => entries.filter(([n]) => n === name).map(([, v]) => v);
}

describe("answersFromForm", () => {
  it("leaves out items with nothing filled in", () => {
    expect(answersFromForm(list, form([]))).toEqual([]);
  });

  it("reads choices, numbers with decimal commas, phrases, other text and comments", () => {
    const answers = answersFromForm(
      list,
      form([
        [field.choice("vmb.s.a"), "partial"],
        [field.comment("vmb.s.a"), "  vėlavo  "],
        [field.number("vmb.s.m"), "2,5"],
        [field.phrase("vmb.s.p"), "Laba diena"],
        [field.phrase("vmb.s.p"), "Laba diena"],
        [field.other("vmb.s.p"), "Gero vakaro"],
        [field.otherAs("vmb.s.p"), "recommended"],
      ]),
    );
    expect(answers).toEqual([
      { key: "vmb.s.a", choice: "partial", comment: "vėlavo" },
      { key: "vmb.s.m", number: 2.5 },
      { key: "vmb.s.p", phrases: ["Laba diena"], other_phrase: "Gero vakaro", other_phrase_as: "recommended" },
    ]);
    expect(validateAnswers(list, answers, { requireComplete: true })).toEqual([]);
  });

  it("records 'none of the phrases' as an empty phrase list, which resolves to no", () => {
    const answers = answersFromForm(list, form([[field.noPhrase("vmb.s.p"), "1"]]));
    expect(answers).toEqual([{ key: "vmb.s.p", phrases: [] }]);
  });

  it("drops a judgement whose phrase text was cleared", () => {
    const answers = answersFromForm(
      list,
      form([
        [field.noPhrase("vmb.s.p"), "1"],
        [field.otherAs("vmb.s.p"), "forbidden"],
      ]),
    );
    expect(answers).toEqual([{ key: "vmb.s.p", phrases: [] }]);
  });

  it("passes a non-number on so that validation reports it", () => {
    const answers = answersFromForm(list, form([[field.number("vmb.s.m"), "trys"]]));
    expect(validateAnswers(list, answers, { requireComplete: false }).map((e) => e.code)).toEqual(["not_a_number"]);
  });

  it("N/A on a measure item is a choice", () => {
    expect(answersFromForm(list, form([[field.choice("vmb.s.m"), "na"]]))).toEqual([{ key: "vmb.s.m", choice: "na" }]);
  });
});

describe("parseNumber", () => {
  it.each([
    ["3", 3],
    ["0,5", 0.5],
    ["12.25", 12.25],
  ])("%s → %s", (text, value) => expect(parseNumber(text)).toBe(value));
  it.each(["", "1e3", "3 val.", "1,2,3"])("%s is not a number", (text) => expect(parseNumber(text)).toBeNaN());
});
