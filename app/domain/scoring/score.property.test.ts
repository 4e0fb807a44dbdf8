/** Property-based tests of the scoring rules (fast-check). */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checklist } from "./fixtures";
import { scoreAudit } from "./score";
import type { Choice, RawAnswer } from "./types";

interface Spec {
  weight: number;
  critical: boolean;
  choice: Choice;
}

const specArb = fc.record({
  weight: fc.oneof(fc.integer({ min: 1, max: 5 }), fc.double({ min: 0.1, max: 10, noNaN: true })),
  critical: fc.boolean(),
  choice: fc.constantFrom<Choice>("yes", "partial", "no", "na"),
});
const specsArb = fc.array(fc.array(specArb, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 4 });

function build(sections: Spec[][]) {
  const c = checklist(
    Object.fromEntries(
      sections.map((items, si) => [
        `s${si}`,
        items.map((it, ii) => ({
          key: `vmb.s${si}.i${ii}`,
          type: "yes_partial_no" as const,
          weight: it.weight,
          critical: it.critical,
          na_allowed: true,
        })),
      ]),
    ),
  );
  const answers: RawAnswer[] = sections.flatMap((items, si) => items.map((it, ii) => ({ key: `vmb.s${si}.i${ii}`, choice: it.choice })));
  return { c, answers };
}

const RANK: Record<Exclude<Choice, "na">, number> = { no: 0, partial: 1, yes: 2 };
const UP: Record<"no" | "partial", Choice> = { no: "partial", partial: "yes" };

describe("scoring properties", () => {
  it("every score is in [0, 100] or null; null exactly when nothing applies", () => {
    fc.assert(
      fc.property(specsArb, (sections) => {
        const { c, answers } = build(sections);
        const r = scoreAudit(c, answers);
        for (const s of [r.score, r.rawScore, ...r.sections.map((x) => x.score)])
          expect(s === null || (s >= 0 && s <= 100 + 1e-9)).toBe(true);
        const anyApplicable = sections.flat().some((s) => s.choice !== "na");
        expect(r.rawScore === null).toBe(!anyApplicable);
        expect(r.passed === null).toBe(!anyApplicable);
      }),
    );
  });

  it("adding an item answered N/A changes no score", () => {
    fc.assert(
      fc.property(specsArb, fc.nat(), specArb, (sections, where, extra) => {
        const before = build(sections);
        const target = where % sections.length;
        const withNa = sections.map((items, i) => (i === target ? [...items, { ...extra, choice: "na" as const }] : items));
        const after = build(withNa);
        const a = scoreAudit(before.c, before.answers);
        const b = scoreAudit(after.c, after.answers);
        expect(b.score).toBe(a.score);
        expect(b.passed).toBe(a.passed);
        expect(b.sections.map((s) => s.score)).toEqual(a.sections.map((s) => s.score));
      }),
    );
  });

  it("raising one answer no→partial or partial→yes never lowers any score (critical or not)", () => {
    fc.assert(
      fc.property(specsArb, fc.nat(), (sections, pick) => {
        const flat = sections.flat();
        const raisable = flat.map((s, i) => [s, i] as const).filter(([s]) => s.choice === "no" || s.choice === "partial");
        fc.pre(raisable.length > 0);
        const [, index] = raisable[pick % raisable.length];
        let n = 0;
        const raised = sections.map((items) => items.map((s) => (n++ === index ? { ...s, choice: UP[s.choice as "no" | "partial"] } : s)));
        const before = build(sections);
        const after = build(raised);
        const a = scoreAudit(before.c, before.answers);
        const b = scoreAudit(after.c, after.answers);
        const tol = 1e-9;
        expect(b.score! >= a.score! - tol).toBe(true);
        expect(b.rawScore! >= a.rawScore! - tol).toBe(true);
        a.sections.forEach((s, i) => {
          if (s.score !== null) expect(b.sections[i].score! >= s.score - tol).toBe(true);
        });
        if (a.passed) expect(b.passed).toBe(true);
        expect(RANK[flat[index].choice as "no" | "partial"]).toBeLessThan(2);
      }),
    );
  });

  it("any critical item answered no ⇒ score 0 and not passed", () => {
    fc.assert(
      fc.property(specsArb, (sections) => {
        const { c, answers } = build(sections);
        const r = scoreAudit(c, answers);
        const failed = sections.flat().some((s) => s.critical && s.choice === "no");
        expect(r.criticalFailure).toBe(failed);
        if (failed) expect([r.score, r.passed]).toEqual([0, false]);
      }),
    );
  });
});
