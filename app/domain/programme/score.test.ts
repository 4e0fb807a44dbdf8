import { describe, expect, it } from "vitest";
import type { Checklist } from "../checklists/schema";
import { scoreAudit } from "../scoring";
import { auditStageScores } from "./score";
import { hasStageTags, stageItems } from "./stage-items";

type Sections = Pick<Checklist, "sections">["sections"];
const item = (key: string, weight = 1, critical = false) => ({
  key,
  type: "yes_partial_no" as const,
  text: { lt: key, en: key },
  guidance: { lt: "-", en: "-" },
  source: ["VMB 1"],
  weight,
  critical,
  na_allowed: true,
  comment_required_on_fail: false,
});
const section = (key: string, stage: Sections[number]["stage"], items: ReturnType<typeof item>[]) => ({
  key,
  title: { lt: key, en: key },
  stage,
  items,
});
const tagged = {
  sections: [
    section("greeting", "greeting", [item("vmb.g.a", 2), item("vmb.g.b", 1)]),
    section("conf", "none", [item("vmb.c.a", 1, true)]),
    section("closing", "closing", [item("vmb.cl.a", 1)]),
  ],
};

describe("stage items", () => {
  it("spread each section's stage over its items with their weights, leaving out sections tagged none", () => {
    const items = stageItems(tagged);
    expect([...items]).toEqual([
      ["vmb.g.a", { stage: "greeting", weight: 2 }],
      ["vmb.g.b", { stage: "greeting", weight: 1 }],
      ["vmb.cl.a", { stage: "closing", weight: 1 }],
    ]);
  });

  it("a version stored before stages existed takes them from the tagged version by section key, with its own weights", () => {
    const old = {
      sections: [
        section("greeting", undefined, [item("vmb.g.a", 3)]),
        section("retired", undefined, [item("vmb.r.a")]),
        section("conf", undefined, [item("vmb.c.a")]),
      ],
    };
    expect(hasStageTags(old)).toBe(false);
    expect([...stageItems(old, tagged)]).toEqual([["vmb.g.a", { stage: "greeting", weight: 3 }]]);
    expect(stageItems(old).size).toBe(0);
    expect(stageItems(old, old).size).toBe(0);
  });

  it("a tagged version keeps its own tags whatever the other version says", () => {
    const other = { sections: [section("greeting", "none", [item("vmb.g.a")])] };
    expect(stageItems(tagged, other).get("vmb.g.a")?.stage).toBe("greeting");
  });
});

describe("audit stage scores", () => {
  const items = stageItems(tagged);

  it("are Σ weight × value / Σ weight × 100 over the applicable items of each stage", () => {
    const scores = auditStageScores(
      [
        ["vmb.g.a", 1],
        ["vmb.g.b", 0],
        ["vmb.cl.a", 0.5],
      ],
      items,
    );
    expect(scores.get("greeting")).toBeCloseTo((100 * 2) / 3, 10);
    expect(scores.get("closing")).toBe(50);
    expect(scores.size).toBe(2);
  });

  it("leave N/A out of numerator and denominator; a stage with no applicable item has no score", () => {
    const scores = auditStageScores(
      [
        ["vmb.g.a", null],
        ["vmb.g.b", 0.5],
        ["vmb.cl.a", null],
      ],
      items,
    );
    expect(scores.get("greeting")).toBe(50);
    expect(scores.has("closing")).toBe(false);
  });

  it("ignore items outside any stage and keys the version does not have", () => {
    expect(
      auditStageScores(
        [
          ["vmb.c.a", 0],
          ["vmb.unknown", 1],
        ],
        items,
      ).size,
    ).toBe(0);
  });

  it("are not zeroed by a critical failure (the audit score is)", () => {
    const checklist = {
      id: "vmb-test",
      title: { lt: "t", en: "t" },
      standard: "VMB",
      channels: ["in_person"],
      audit_types: ["mystery_shopper"],
      pass_mark: 80,
      ...tagged,
    } as Checklist;
    const audit = scoreAudit(checklist, [
      { key: "vmb.g.a", choice: "yes" },
      { key: "vmb.g.b", choice: "yes" },
      { key: "vmb.c.a", choice: "no" },
      { key: "vmb.cl.a", choice: "yes" },
    ]);
    expect(audit.criticalFailure).toBe(true);
    expect(audit.score).toBe(0);
    const scores = auditStageScores(
      audit.items.map((i) => [i.key, i.value] as const),
      items,
    );
    expect(Object.fromEntries(scores)).toEqual({ greeting: 100, closing: 100 });
  });
});
