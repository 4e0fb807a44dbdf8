// The checkers measured against the labelled corpus (issue 14): every check the checker
// answers must reach precision and recall ≥ 0.95, and docs/autocheck.md must show the
// figures of this run (regenerate with `node --import tsx scripts/autocheck-report.ts`).
import fs from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { evaluateCorpus, readLabels, renderScores, type CorpusReport } from "../fixtures/autocheck/evaluate";

let report: CorpusReport;
beforeAll(async () => {
  report = await evaluateCorpus();
});

describe("automatic checks on the labelled corpus", { timeout: 60_000 }, () => {
  it("has at least 40 e-mail cases and 30 transcripts, with the traps the issue names", () => {
    const labels = readLabels();
    expect(labels.emails.length).toBeGreaterThanOrEqual(40);
    expect(labels.transcripts.length).toBeGreaterThanOrEqual(30);
    const raw = labels.emails.flatMap((c) => c.files.map((f) => fs.readFileSync(`tests/fixtures/autocheck/${f}`, "latin1")));
    expect(raw.some((r) => /charset=windows-1257/i.test(r))).toBe(true);
    expect(raw.some((r) => /Transfer-Encoding: base64/i.test(r))).toBe(true);
    expect(raw.some((r) => /Transfer-Encoding: quoted-printable/i.test(r))).toBe(true);
    expect(raw.some((r) => /Content-Type: text\/html/i.test(r) && !/text\/plain/i.test(r))).toBe(true);
    expect(labels.emails.some((c) => c.sent.startsWith("2026-03-2"))).toBe(true); // March DST
    expect(labels.emails.some((c) => c.sent.startsWith("2026-04-03"))).toBe(true); // Easter
  });

  it("reaches precision and recall of at least 0.95 on every check it answers", () => {
    const weak = report.scores.filter((s) => s.answered > 0 && ((s.precision ?? 1) < 0.95 || (s.recall ?? 1) < 0.95));
    expect(weak, JSON.stringify(report.misses, null, 2)).toEqual([]);
  });

  it("reports phrases as the checklist writes them", () => {
    expect(report.unlistedPhrases).toEqual([]);
  });

  it("docs/autocheck.md shows the figures of this run", () => {
    const doc = fs.readFileSync("docs/autocheck.md", "utf8");
    expect(doc).toContain(renderScores(report));
  });
});
