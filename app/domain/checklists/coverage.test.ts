import { existsSync, readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { coverageProblems, renderCoverage } from "./coverage";
import { loadChecklistFiles, loadClauseCatalogue } from "./load.server";
import { normalizeQuoting } from "./phrases";
import { loadScenarioFiles } from "./scenarios.server";
import type { ClauseCatalogue } from "./clauses";

const catalogues = loadClauseCatalogue("checklists");
const checklists = loadChecklistFiles("checklists").map((l) => l.checklist);

describe("clause coverage", () => {
  it("committed checklists/COVERAGE.md equals a fresh render (run npm run checklists:coverage)", () => {
    expect(readFileSync("checklists/COVERAGE.md", "utf8")).toBe(renderCoverage(catalogues, checklists, loadScenarioFiles(checklists)));
  });

  it("every cited clause exists and every clause is cited or marked not auditable", () => {
    expect(coverageProblems(catalogues, checklists)).toEqual([]);
  });

  it("detects a cited clause missing from the catalogue, an uncovered clause and a cited not-auditable clause", () => {
    const cat: ClauseCatalogue[] = [
      {
        standard: "VMB",
        title: "t",
        clauses: [
          { id: "VMB 2.1", title: "cited" },
          { id: "VMB 2.2", title: "nobody" },
          { id: "VMB 2.3", title: "marked", not_auditable: "why" },
        ],
      },
    ];
    const item = (key: string, source: string[]) =>
      ({ key, source, type: "yes_no", text: { lt: key, en: key }, guidance: { lt: "g", en: "g" }, weight: 1, critical: false, na_allowed: false, comment_required_on_fail: false }) as const;
    const checklist = {
      id: "vmb-x", title: { lt: "x", en: "x" }, standard: "VMB", channels: ["phone"], audit_types: ["supervisor"], pass_mark: 80,
      sections: [{ key: "s", title: { lt: "s", en: "s" }, items: [item("vmb.s.a", ["VMB 2.1", "VMB 9.9"]), item("vmb.s.b", ["VMB 2.3"])] }],
    } as const;
    const problems = coverageProblems(cat, [structuredClone(checklist) as never]);
    expect(problems).toEqual([
      expect.stringContaining('"VMB 9.9" is cited (vmb-x: vmb.s.a) but is not in the clause catalogue'),
      expect.stringContaining('"VMB 2.3" is marked not auditable but is cited'),
      expect.stringContaining('"VMB 2.2" (nobody) is neither cited'),
    ]);
    expect(renderCoverage(cat, [structuredClone(checklist) as never])).toContain("| VMB 2.2 | nobody | **NOT COVERED** |");
  });
});

// The standards' texts are the source of every phrase list; when the repository carries them
// (checklists/standards/*.txt), check that each phrase is quoted verbatim.
const standardsDir = "checklists/standards";
const texts = existsSync(standardsDir)
  ? Object.fromEntries(
      readdirSync(standardsDir)
        .filter((f) => f.endsWith(".txt"))
        .map((f) => [f.startsWith("000_") ? "VMB" : "KMSA", normalizeQuoting(readFileSync(`${standardsDir}/${f}`, "utf8"))]),
    )
  : null;

describe.skipIf(!texts)("phrase lists", () => {
  // Only whitespace and quote marks are normalised: a typo in the standard stays in the list
  // (the corrected form is the phrase note's shown_as), and a split entry must still be a quote.
  it("quote the standards verbatim", () => {
    const missing = checklists.flatMap((c) =>
      c.sections.flatMap((s) =>
        s.items.flatMap((i) =>
          i.type === "phrase"
            ? [...i.phrases.recommended, ...i.phrases.forbidden].filter((p) => !texts![c.standard]?.includes(normalizeQuoting(p))).map((p) => `${i.key}: ${p}`)
            : [],
        ),
      ),
    );
    expect(missing).toEqual([]);
  });
});
