import { describe, expect, it } from "vitest";
import { subjectArchiveName, subjectCounts, subjectFiles, type SubjectData } from "./subject-archive";

const data: SubjectData = {
  exportedAt: Date.UTC(2026, 11, 8, 2),
  exportedBy: "Admin Adminaitė",
  organisation: "Org",
  employee: {
    id: 7,
    firstName: "Eglė",
    lastName: "Petraitienė",
    position: "Specialistė",
    department: "KAS",
    email: "egle@org.lt",
    code: "E7",
    active: true,
    account: null,
    anonymisedAt: null,
  },
  audits: [
    {
      id: 1,
      interactionAt: Date.UTC(2026, 10, 3, 9),
      channel: "phone",
      checklist: "vmb-phone",
      auditType: "mystery_shopper",
      state: "published",
      score: 87.5,
      passed: true,
      criticalFailure: false,
      location: null,
      overallComment: '=HYPERLINK("x")',
      acknowledgedAt: Date.UTC(2026, 10, 6, 10),
      answers: [
        {
          itemKey: "greet",
          itemText: "Pasisveikina",
          sectionKey: "s",
          choice: "no",
          number: null,
          phrases: ["Labas", "Sveiki"],
          otherPhrase: null,
          comment: "Nepasisveikino",
          value: 0,
        },
        {
          itemKey: "rings",
          itemText: "Atsiliepia",
          sectionKey: "s",
          choice: null,
          number: 2,
          phrases: null,
          otherPhrase: null,
          comment: null,
          value: 1,
        },
      ],
    },
  ],
  disputes: [
    {
      auditId: 1,
      openedAt: Date.UTC(2026, 10, 5),
      itemKey: "greeting",
      original: { choice: "no" },
      proposed: { choice: "yes" },
      reason: "Pasisveikinau",
      outcome: "accepted",
      corrected: { choice: "yes" },
      decisionReason: "Įrašas patvirtina",
      decidedAt: Date.UTC(2026, 10, 9),
    },
  ],
  accessLog: [{ at: Date.UTC(2026, 10, 4), who: "Vadovė (vadovybė)", action: "Žiūrėjo vertinimą", object: "audit:1", detail: null }],
};

describe("the data-subject archive", () => {
  it("has a row per audit, per answer and per access, in UTF-8 CSV with a BOM", () => {
    const f = subjectFiles(data, "Santrauka");
    expect(f["santrauka.txt"]).toBe("Santrauka");
    expect(f["vertinimai.csv"].startsWith("\uFEFF")).toBe(true);
    expect(f["vertinimai.csv"].trim().split("\r\n")).toHaveLength(2);
    expect(f["atsakymai.csv"].trim().split("\r\n")).toHaveLength(3);
    expect(f["atsakymai.csv"]).toContain("Labas | Sveiki");
    expect(f["gincai.csv"].trim().split("\r\n")).toHaveLength(2);
    expect(f["gincai.csv"]).toContain(
      '1;2026-11-05T00:00:00.000Z;greeting;"{""choice"":""no""}";"{""choice"":""yes""}";Pasisveikinau;accepted',
    );
    expect(f["vertinimai.csv"]).toContain("2026-11-06T10:00:00.000Z");
    expect(f["prieigos-zurnalas.csv"]).toContain("2026-11-04T00:00:00.000Z;Vadovė (vadovybė)");
    expect(JSON.parse(f["duomenys.json"])).toEqual(data);
  });

  it("a comment that a spreadsheet would run as a formula is neutralised", () => {
    expect(subjectFiles(data, "")["vertinimai.csv"]).not.toContain(";=HYPERLINK");
  });

  it("counts what it holds and names the file without the person's name", () => {
    expect(subjectCounts(data)).toEqual({ audits: 1, published: 1, answers: 2, comments: 2, disputedItems: 1, accessLog: 1 });
    expect(subjectArchiveName(7, data.exportedAt)).toBe("asmens-duomenys-7-2026-12-08.zip");
  });
});
