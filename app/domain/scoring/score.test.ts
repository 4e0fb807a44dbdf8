import { describe, expect, it } from "vitest";
import { checklist } from "./fixtures";
import { scoreAudit, roundScore } from "./score";
import { InvalidAnswersError, type RawAnswer } from "./types";

const ypn = (key: string, weight = 1, extra = {}) => ({ key, type: "yes_partial_no" as const, weight, na_allowed: true, ...extra });

describe("scoreAudit: worked examples", () => {
  const c = checklist({
    a: [ypn("vmb.a.one", 1), ypn("vmb.a.two", 2), ypn("vmb.a.three", 3)],
    b: [ypn("vmb.b.one", 1), ypn("vmb.b.two", 1)],
  });

  it("weights values: (1·1 + 2·0.5 + 3·0) / 6 = 33.33…; b: (1 + 0)/2 = 50; audit 3/8 = 37.5", () => {
    const answers: RawAnswer[] = [
      { key: "vmb.a.one", choice: "yes" },
      { key: "vmb.a.two", choice: "partial" },
      { key: "vmb.a.three", choice: "no" },
      { key: "vmb.b.one", choice: "yes" },
      { key: "vmb.b.two", choice: "no" },
    ];
    const r = scoreAudit(c, answers);
    expect(r.sections[0].score).toBeCloseTo(100 / 3, 12);
    expect(r.sections[0]).toMatchObject({ applicable: 3, earned: 2, possible: 6 });
    expect(r.sections[1].score).toBe(50);
    expect(r.score).toBe(37.5); // (2 + 1) / (6 + 2)
    expect(r.passed).toBe(false);
    expect(roundScore(r.sections[0].score)).toBe(33.3);
  });

  it("N/A leaves numerator and denominator: a = (1·1 + 3·1)/4 = 100 with two=na", () => {
    const r = scoreAudit(c, [
      { key: "vmb.a.one", choice: "yes" },
      { key: "vmb.a.two", choice: "na" },
      { key: "vmb.a.three", choice: "yes" },
      { key: "vmb.b.one", choice: "na" },
      { key: "vmb.b.two", choice: "na" },
    ]);
    expect(r.sections[0].score).toBe(100);
    expect(r.sections[1]).toMatchObject({ score: null, applicable: 0 });
    expect(r.score).toBe(100);
    expect(r.passed).toBe(true);
    expect(r.items.find((i) => i.key === "vmb.a.two")?.value).toBeNull();
  });

  it("all N/A ⇒ score null and passed null, never 0 or 100", () => {
    const all = ["vmb.a.one", "vmb.a.two", "vmb.a.three", "vmb.b.one", "vmb.b.two"].map((key) => ({ key, choice: "na" as const }));
    const r = scoreAudit(c, all);
    expect(r.score).toBeNull();
    expect(r.rawScore).toBeNull();
    expect(r.passed).toBeNull();
    expect(r.criticalFailure).toBe(false);
  });

  it("pass mark is inclusive: 4 of 5 yes = 80 passes at 80, fails at 81", () => {
    const five = checklist({ s: [1, 2, 3, 4, 5].map((n) => ypn(`vmb.s.i${n}`)) });
    const answers: RawAnswer[] = [1, 2, 3, 4, 5].map((n) => ({ key: `vmb.s.i${n}`, choice: n === 5 ? "no" : "yes" }));
    expect(scoreAudit(five, answers)).toMatchObject({ score: 80, passed: true });
    const strict = checklist({ s: [1, 2, 3, 4, 5].map((n) => ypn(`vmb.s.i${n}`)) }, 81);
    expect(scoreAudit(strict, answers).passed).toBe(false);
  });

  it("fractional weights do not fail an exact pass mark through float noise: 0.7 of 1.0 at 70", () => {
    const c2 = checklist({ s: [ypn("vmb.s.x", 0.7), ypn("vmb.s.y", 0.3)] }, 70);
    const r = scoreAudit(c2, [
      { key: "vmb.s.x", choice: "yes" },
      { key: "vmb.s.y", choice: "no" },
    ]);
    expect(r.score).toBeCloseTo(70, 12);
    expect(r.passed).toBe(true);
  });
});

describe("scoreAudit: critical items", () => {
  const c = checklist({
    a: [ypn("vmb.a.crit", 1, { critical: true, comment_required_on_fail: true }), ypn("vmb.a.other", 3)],
    b: [ypn("vmb.b.crit2", 1, { critical: true })],
  });

  it("a critical 'no' ⇒ score 0, not passed, item named; sections still scored normally", () => {
    const r = scoreAudit(c, [
      { key: "vmb.a.crit", choice: "no", comment: "Atskleidė duomenis" },
      { key: "vmb.a.other", choice: "yes" },
      { key: "vmb.b.crit2", choice: "yes" },
    ]);
    expect(r).toMatchObject({ score: 0, passed: false, criticalFailure: true, criticalItems: ["vmb.a.crit"] });
    expect(r.rawScore).toBe(80); // (0 + 3 + 1) / 5
    expect(r.sections[0].score).toBe(75);
    expect(r.sections[1].score).toBe(100);
  });

  it("names every failed critical item in checklist order", () => {
    const r = scoreAudit(c, [
      { key: "vmb.b.crit2", choice: "no" },
      { key: "vmb.a.crit", choice: "no", comment: "x" },
      { key: "vmb.a.other", choice: "yes" },
    ]);
    expect(r.criticalItems).toEqual(["vmb.a.crit", "vmb.b.crit2"]);
  });

  it("critical partial or N/A is not a critical failure", () => {
    const r = scoreAudit(c, [
      { key: "vmb.a.crit", choice: "partial", comment: "Tik iš dalies" },
      { key: "vmb.a.other", choice: "yes" },
      { key: "vmb.b.crit2", choice: "na" },
    ]);
    expect(r.criticalFailure).toBe(false);
    expect(r.score).toBe(87.5); // (0.5 + 3) / 4
  });
});

describe("scoreAudit: measure and phrase items", () => {
  const c = checklist({
    phone: [
      { key: "vmb.p.rings", type: "measure", unit: "rings", threshold: { max: 3 }, na_allowed: true },
      { key: "vmb.p.open", type: "measure", unit: "minutes", threshold: { min: 5 } },
      { key: "vmb.p.greet", type: "phrase", phrases: { recommended: ["Laba diena"], forbidden: ["Labas"] } },
      {
        key: "vmb.p.conflict",
        type: "phrase",
        phrases: { recommended: ["Suprantu"], forbidden: ["Nusiraminkite"], require_recommended: false },
      },
    ],
  });
  const score = (answers: RawAnswer[]) => scoreAudit(c, answers).items.map((i) => i.value);

  it("measure: max is inclusive (3 rings yes, 4 no); min is inclusive (5 min yes, 4 no)", () => {
    const base = [
      { key: "vmb.p.greet", phrases: ["Laba diena"] },
      { key: "vmb.p.conflict", phrases: [] },
    ];
    expect(score([{ key: "vmb.p.rings", number: 3 }, { key: "vmb.p.open", number: 5 }, ...base])).toEqual([1, 1, 1, 1]);
    expect(score([{ key: "vmb.p.rings", number: 4 }, { key: "vmb.p.open", number: 4.5 }, ...base])).toEqual([0, 0, 1, 1]);
  });

  it("phrase: forbidden beats recommended; recommended ⇒ yes; nothing ⇒ no when required", () => {
    const base = [
      { key: "vmb.p.rings", choice: "na" as const },
      { key: "vmb.p.open", number: 10 },
    ];
    const greet = (a: Partial<RawAnswer>) => score([...base, { key: "vmb.p.conflict" }, { key: "vmb.p.greet", ...a }])[2];
    expect(greet({ phrases: ["Laba diena", "Labas"] })).toBe(0);
    expect(greet({ phrases: ["Laba diena"], other_phrase: "Gero vakaro", other_phrase_as: "recommended" })).toBe(1);
    expect(greet({ phrases: [] })).toBe(0);
    expect(greet({})).toBe(0);
  });

  it("phrase: another phrase judged like a recommended one passes, like a forbidden one fails", () => {
    const base = [
      { key: "vmb.p.rings", choice: "na" as const },
      { key: "vmb.p.open", number: 10 },
    ];
    const greet = (a: Partial<RawAnswer>) => score([...base, { key: "vmb.p.conflict" }, { key: "vmb.p.greet", ...a }])[2];
    expect(greet({ phrases: [], other_phrase: "Gero vakaro", other_phrase_as: "recommended" })).toBe(1);
    expect(greet({ phrases: [], other_phrase: "Sveiks", other_phrase_as: "forbidden" })).toBe(0);
    // A judged-forbidden phrase fails the item like a ticked forbidden one, even beside a recommended one.
    expect(greet({ phrases: ["Laba diena"], other_phrase: "Sveiks", other_phrase_as: "forbidden" })).toBe(0);
    // A ticked forbidden phrase is not rescued by another phrase judged recommended.
    expect(greet({ phrases: ["Labas"], other_phrase: "Gero vakaro", other_phrase_as: "recommended" })).toBe(0);
  });

  it("phrase: another phrase without a judgement is an error on submit and counts for nothing in a draft", () => {
    const base = [{ key: "vmb.p.rings", choice: "na" as const }, { key: "vmb.p.open", number: 10 }, { key: "vmb.p.conflict" }];
    const answers = [...base, { key: "vmb.p.greet", phrases: [], other_phrase: "Gero vakaro" }];
    expect(() => scoreAudit(c, answers)).toThrow(InvalidAnswersError);
    expect(scoreAudit(c, answers, { allowIncomplete: true }).items[2].value).toBe(0);
  });

  it("phrase with require_recommended false: passes unless a forbidden phrase was used", () => {
    const base = [
      { key: "vmb.p.rings", number: 1 },
      { key: "vmb.p.open", number: 10 },
      { key: "vmb.p.greet", phrases: ["Laba diena"] },
    ];
    const conflict = (a: Partial<RawAnswer>) => score([...base, { key: "vmb.p.conflict", ...a }])[3];
    expect(conflict({})).toBe(1);
    expect(conflict({ other_phrase: "Pažiūrėkime kartu", other_phrase_as: "recommended" })).toBe(1);
    expect(conflict({ other_phrase: "Nusiraminkit jau", other_phrase_as: "forbidden" })).toBe(0);
    expect(conflict({ phrases: ["Suprantu", "Nusiraminkite"] })).toBe(0);
  });
});

describe("scoreAudit: invalid input", () => {
  const c = checklist({ a: [ypn("vmb.a.one"), { key: "vmb.a.two", type: "yes_no", comment_required_on_fail: true }] });

  it("throws InvalidAnswersError on invalid answers instead of coercing", () => {
    expect(() =>
      scoreAudit(c, [
        { key: "vmb.a.one", choice: "yes" },
        { key: "vmb.a.two", choice: "partial" },
      ]),
    ).toThrow(InvalidAnswersError);
  });

  it("requires every item unless allowIncomplete, which also waives the comment rule for drafts", () => {
    expect(() => scoreAudit(c, [{ key: "vmb.a.one", choice: "yes" }])).toThrow(/missing_answer/);
    const draft = scoreAudit(c, [{ key: "vmb.a.two", choice: "no" }], { allowIncomplete: true });
    expect(draft.score).toBe(0);
    expect(draft.items[0]).toMatchObject({ answered: false, value: null });
  });
});
