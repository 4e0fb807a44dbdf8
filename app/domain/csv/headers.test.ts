import { describe, expect, it } from "vitest";
import { mapAuditHeader, mapRosterHeader, normaliseHeader } from "./headers";

const KEYS = new Set(["vmb.greet.smile", "vmb.greet.phrase"]);

describe("audit header", () => {
  it("maps our names and Lithuanian aliases, item, comment and other columns", () => {
    const { header, problems } = mapAuditHeader(
      [
        "Išorinė nuoroda",
        "Klausimynas",
        "Skyriaus kodas",
        "Data ir laikas",
        "darbuotojas",
        "VMB.greet.smile",
        "vmb.greet.smile:komentaras",
        "vmb.greet.phrase",
        "vmb.greet.phrase:other",
      ],
      KEYS,
    );
    expect(problems).toEqual([]);
    expect(header.fixed).toEqual({ external_ref: 0, checklist_id: 1, department_code: 2, interaction_at: 3, employee: 4 });
    expect(header.items.get("vmb.greet.smile")).toEqual({
      value: { index: 5, name: "VMB.greet.smile", key: "vmb.greet.smile", part: "value" },
      comment: { index: 6, name: "vmb.greet.smile:komentaras", key: "vmb.greet.smile", part: "comment" },
    });
    expect(header.items.get("vmb.greet.phrase")?.other?.index).toBe(8);
  });

  it("reads past the computed columns of an export", () => {
    const { problems } = mapAuditHeader(
      [
        "external_ref",
        "checklist_id",
        "department_code",
        "interaction_at",
        "score",
        "passed",
        "critical_failure",
        "state",
        "section:greet",
      ],
      KEYS,
    );
    expect(problems).toEqual([]);
  });

  it("reports unknown item columns, duplicates and missing required columns on line 1", () => {
    const { problems } = mapAuditHeader(["external_ref", "checklist_id", "nuoroda", "vmb.greet.nope", "vmb.greet.smile:remark"], KEYS);
    expect(problems.map((p) => [p.line, p.column, p.code])).toEqual([
      [1, "nuoroda", "duplicate_column"],
      [1, "vmb.greet.nope", "unknown_column"],
      [1, "vmb.greet.smile:remark", "unknown_column"],
      [1, null, "missing_column"],
      [1, null, "missing_column"],
    ]);
    expect(problems[1].message.lt).toContain("„vmb.greet.nope“");
  });

  it("normalises header spellings", () => {
    expect(normaliseHeader(" Vertintojo el. paštas ")).toBe("vertintojo_el_pastas");
    expect(normaliseHeader("PAVARDĖ")).toBe("pavarde");
  });
});

describe("roster header", () => {
  it("accepts Lithuanian names as Excel users type them", () => {
    const { header, problems } = mapRosterHeader([
      "Skyriaus kodas",
      "Skyrius",
      "Vardas",
      "Pavardė",
      "Pareigos",
      "El. paštas",
      "Aktyvus",
      "Tabelio nr.",
    ]);
    expect(problems).toEqual([]);
    expect(header).toEqual({
      department_code: 0,
      department_name: 1,
      first_name: 2,
      last_name: 3,
      position: 4,
      email: 5,
      active: 6,
      employee_code: 7,
    });
  });
  it("refuses an unknown column rather than ignoring it", () => {
    const { problems } = mapRosterHeader(["department_code", "department_name", "first_name", "last_name", "position", "emial"]);
    expect(problems.map((p) => [p.column, p.code])).toEqual([["emial", "unknown_roster_column"]]);
  });
});
