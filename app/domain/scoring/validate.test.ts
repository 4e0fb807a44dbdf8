import { describe, expect, it } from "vitest";
import { checklist } from "./fixtures";
import { resolveAnswer } from "./resolve";
import { checklistItemMap, checklistItems, validateAnswers } from "./validate";
import { InvalidAnswersError, type RawAnswer } from "./types";

const c = checklist({
  s: [
    { key: "vmb.s.yn", type: "yes_no" },
    { key: "vmb.s.ypn", type: "yes_partial_no", na_allowed: true, comment_required_on_fail: true },
    { key: "vmb.s.rings", type: "measure", unit: "rings", threshold: { max: 3 } },
    { key: "vmb.s.greet", type: "phrase", phrases: { recommended: ["Laba diena"], forbidden: ["Labas"] } },
  ],
});
const valid: RawAnswer[] = [
  { key: "vmb.s.yn", choice: "yes" },
  { key: "vmb.s.ypn", choice: "partial", comment: "Tik vėliau" },
  { key: "vmb.s.rings", number: 2 },
  { key: "vmb.s.greet", phrases: ["Laba diena"] },
];
const codes = (answers: unknown[], requireComplete = false) =>
  validateAnswers(c, answers as RawAnswer[], { requireComplete }).map((e) => [e.key, e.code]);
const replace = (key: string, answer: object) => valid.map((a) => (a.key === key ? { key, ...answer } : a));

describe("validateAnswers", () => {
  it("accepts a complete valid set", () => {
    expect(codes(valid, true)).toEqual([]);
  });

  it.each([
    ["vmb.s.yn", { choice: "partial" }, "partial_not_allowed"],
    ["vmb.s.yn", { choice: "na" }, "na_not_allowed"],
    ["vmb.s.yn", { choice: "maybe" }, "invalid_choice"],
    ["vmb.s.yn", {}, "missing_choice"],
    ["vmb.s.yn", { choice: "yes", number: 1 }, "number_on_choice_item"],
    ["vmb.s.yn", { choice: "yes", phrases: ["Laba diena"] }, "phrases_not_allowed"],
    ["vmb.s.ypn", { choice: "na", comment: "ok" }, null],
    ["vmb.s.ypn", { choice: "no" }, "comment_required"],
    ["vmb.s.ypn", { choice: "no", comment: "   " }, "comment_required"],
    ["vmb.s.ypn", { choice: "no", comment: "Nepasisveikino" }, null],
    ["vmb.s.ypn", { choice: "partial" }, "comment_required"],
    ["vmb.s.ypn", { choice: "partial", comment: " " }, "comment_required"],
    ["vmb.s.ypn", { choice: "yes" }, null],
    ["vmb.s.ypn", { choice: "yes", comment: 5 }, "invalid_comment"],
    ["vmb.s.rings", {}, "missing_number"],
    ["vmb.s.rings", { number: "3" }, "not_a_number"],
    ["vmb.s.rings", { number: Number.NaN }, "not_a_number"],
    ["vmb.s.rings", { number: Infinity }, "not_a_number"],
    ["vmb.s.rings", { number: -1 }, "negative_number"],
    ["vmb.s.rings", { choice: "yes" }, "choice_not_allowed"],
    ["vmb.s.rings", { choice: "na" }, "na_not_allowed"],
    ["vmb.s.greet", { phrases: ["Labą dieną"] }, "unknown_phrase"],
    ["vmb.s.greet", { phrases: ["Labas", "Labas"] }, "duplicate_phrase"],
    ["vmb.s.greet", { phrases: "Labas" }, "invalid_phrases"],
    ["vmb.s.greet", { choice: "no" }, "choice_not_allowed"],
    ["vmb.s.greet", { number: 1 }, "number_on_phrase_item"],
    ["vmb.s.greet", { phrases: [], other_phrase: "Gero vakaro" }, "missing_other_phrase_as"],
    ["vmb.s.greet", { phrases: [], other_phrase: "Gero vakaro", other_phrase_as: "maybe" }, "invalid_other_phrase_as"],
    ["vmb.s.greet", { phrases: [], other_phrase: "  ", other_phrase_as: "recommended" }, "other_phrase_as_without_text"],
    ["vmb.s.greet", { phrases: [], other_phrase: "Gero vakaro", other_phrase_as: "recommended" }, null],
  ])("%s %j ⇒ %s", (key, answer, code) => {
    expect(codes(replace(key, answer))).toEqual(code ? [[key, code]] : []);
  });

  it("rejects N/A carrying a value", () => {
    const ok = checklist({ s: [{ key: "vmb.s.m", type: "measure", unit: "hours", threshold: { max: 24 }, na_allowed: true }] });
    const errors = validateAnswers(ok, [{ key: "vmb.s.m", choice: "na", number: 3 }], { requireComplete: true });
    expect(errors.map((e) => e.code)).toEqual(["na_with_value"]);
  });

  it("reports unknown and duplicate keys, malformed answers and (when complete) missing items", () => {
    expect(codes([...valid, { key: "vmb.x.y", choice: "yes" }, { key: "vmb.s.yn", choice: "no" }, null], true)).toEqual([
      ["vmb.x.y", "unknown_key"],
      ["vmb.s.yn", "duplicate_key"],
      ["?", "invalid_answer"],
    ]);
    expect(codes(valid.slice(1), true)).toEqual([["vmb.s.yn", "missing_answer"]]);
    expect(codes(valid.slice(1), false)).toEqual([]);
  });

  it("gives Lithuanian and English messages naming the item", () => {
    const [e] = validateAnswers(c, replace("vmb.s.yn", { choice: "partial" }), { requireComplete: true });
    expect(e.message.lt).toBe("„vmb.s.yn“: atsakymas „iš dalies“ šiam klausimui negalimas");
    expect(e.message.en).toContain("not allowed");
  });
});

describe("resolveAnswer", () => {
  const item = c.sections[0].items[2];
  it("resolves a measure to yes/no and throws on an invalid answer", () => {
    expect(resolveAnswer(item, { key: "vmb.s.rings", number: 3 })).toEqual({ key: "vmb.s.rings", choice: "yes", value: 1 });
    expect(resolveAnswer(item, { key: "vmb.s.rings", number: 4 }).value).toBe(0);
    expect(() => resolveAnswer(item, { key: "vmb.s.rings" })).toThrow(InvalidAnswersError);
    expect(() => resolveAnswer(item, { key: "vmb.s.other", number: 1 })).toThrow(/unknown_key/);
  });
});

describe("checklistItemMap", () => {
  it("holds every item by key in checklist order, built once per checklist", () => {
    const map = checklistItemMap(c);
    expect([...map.keys()]).toEqual(checklistItems(c).map((i) => i.key));
    expect(checklistItemMap(c)).toBe(map);
  });
});
