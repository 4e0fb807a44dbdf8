// Rules added by the checklist review (issue 13): one appearance column per person observed,
// measures that may be negative, and a comment on every "no" and "partial" by default.
import { describe, expect, it } from "vitest";
import { ChecklistFileSchema } from "../checklists/schema";
import { checklist } from "./fixtures";
import { scoreAudit } from "./score";
import type { RawAnswer } from "./types";
import { validateAnswers } from "./validate";

const look = checklist({
  common: [{ key: "vmb.look.id", type: "yes_no" }],
  women: [
    { key: "vmb.look.hair_women", type: "yes_partial_no", na_allowed: true, column: "women" },
    { key: "vmb.look.face_women", type: "yes_partial_no", na_allowed: true, column: "women" },
  ],
  men: [{ key: "vmb.look.hair_men", type: "yes_partial_no", na_allowed: true, column: "men" }],
});
const codes = (answers: RawAnswer[]) => validateAnswers(look, answers, { requireComplete: true }).map((e) => [e.key, e.code]);

describe("appearance columns", () => {
  it("accept one column answered and the other N/A, and score only the answered column", () => {
    const men: RawAnswer[] = [
      { key: "vmb.look.id", choice: "yes" },
      { key: "vmb.look.hair_women", choice: "na" },
      { key: "vmb.look.face_women", choice: "na" },
      { key: "vmb.look.hair_men", choice: "no" },
    ];
    expect(codes(men)).toEqual([]);
    expect(scoreAudit(look, men).score).toBe(50);
  });

  it("reject answers in both columns, naming the items of the smaller column", () => {
    expect(
      codes([
        { key: "vmb.look.id", choice: "yes" },
        { key: "vmb.look.hair_women", choice: "yes" },
        { key: "vmb.look.face_women", choice: "yes" },
        { key: "vmb.look.hair_men", choice: "yes" },
      ]),
    ).toEqual([["vmb.look.hair_men", "mixed_columns"]]);
  });

  it("need N/A on column items in the checklist file", () => {
    const file = {
      id: "vmb-x",
      title: { lt: "x", en: "x" },
      standard: "VMB",
      channels: ["in_person"],
      audit_types: ["supervisor"],
      sections: [
        {
          key: "s",
          title: { lt: "s", en: "s" },
          items: [
            {
              key: "vmb.s.a",
              type: "yes_no",
              column: "men",
              text: { lt: "a", en: "a" },
              guidance: { lt: "g", en: "g" },
              source: ["VMB 2.3"],
            },
          ],
        },
      ],
    };
    const result = ChecklistFileSchema.safeParse(file);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].message).toContain("need na_allowed");
  });
});

describe("negative measures", () => {
  const c = checklist({
    s: [
      { key: "vmb.s.early", type: "measure", unit: "minutes", threshold: { min: 5 }, na_allowed: true, negative_allowed: true },
      { key: "vmb.s.rings", type: "measure", unit: "rings", threshold: { max: 3 } },
    ],
  });
  it("are accepted (and fail a min threshold) only where the item allows them", () => {
    const answers: RawAnswer[] = [
      { key: "vmb.s.early", number: -3 },
      { key: "vmb.s.rings", number: 2 },
    ];
    expect(validateAnswers(c, answers, { requireComplete: true })).toEqual([]);
    expect(scoreAudit(c, answers).score).toBe(50);
    const bad = validateAnswers(c, [{ key: "vmb.s.rings", number: -1 }], { requireComplete: false });
    expect(bad.map((e) => e.code)).toEqual(["negative_number"]);
  });
});

describe("comment rule", () => {
  it("is on by default: a checklist file without the flag requires a comment on no and partial", () => {
    const c = ChecklistFileSchema.parse({
      id: "vmb-x",
      title: { lt: "x", en: "x" },
      standard: "VMB",
      channels: ["in_person"],
      audit_types: ["supervisor"],
      sections: [
        {
          key: "s",
          title: { lt: "s", en: "s" },
          items: [
            { key: "vmb.s.a", type: "yes_partial_no", text: { lt: "a", en: "a" }, guidance: { lt: "g", en: "g" }, source: ["VMB 2.3"] },
          ],
        },
      ],
    });
    const errors = (choice: "no" | "partial" | "yes") => validateAnswers(c, [{ key: "vmb.s.a", choice }], { requireComplete: true });
    expect(errors("no").map((e) => e.code)).toEqual(["comment_required"]);
    expect(errors("partial").map((e) => e.code)).toEqual(["comment_required"]);
    expect(errors("partial")[0].message.lt).toContain("„iš dalies“");
    expect(errors("yes")).toEqual([]);
  });
});
