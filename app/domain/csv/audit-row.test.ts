import { describe, expect, it } from "vitest";
import { parseAuditRow, type AuditLookups } from "./audit-row";
import { mapAuditHeader } from "./headers";
import { itemHeader, itemLayout } from "./layout";
import { sampleChecklist } from "./test-helpers";
import { matchKey } from "./values";

const checklist = sampleChecklist();
const NOW = Date.UTC(2026, 10, 21, 12, 0);
const lookups: AuditLookups = {
  checklist: (id) => (id === "vmb-test" ? { versionId: "v1", checklist } : undefined),
  department: (code) => (code.toLowerCase() === "kas" ? 7 : undefined),
  employee: (value) =>
    value === "E1" || matchKey(value) === "šarūnė žąsinaitė" ? 11 : value === "Jonas Jonaitis" ? "ambiguous" : undefined,
  auditor: (email) => (email.toLowerCase() === "ona@agentura.lt" ? 3 : undefined),
  now: NOW,
};

const FIXED = [
  "external_ref",
  "checklist_id",
  "audit_type",
  "channel",
  "department_code",
  "employee",
  "auditor_email",
  "interaction_at",
  "scenario",
  "overall_comment",
];
const layout = itemLayout(
  [checklist],
  () => true,
  () => true,
);
const names = [...FIXED, ...itemHeader(layout)];
const { header } = mapAuditHeader(names, new Set(layout.map((l) => l.key)));

/** A valid row; override cells by column name. */
function row(overrides: Record<string, string> = {}) {
  const base: Record<string, string> = {
    external_ref: "A-1",
    checklist_id: "vmb-test",
    audit_type: "",
    channel: "",
    department_code: "KAS",
    employee: "E1",
    auditor_email: "",
    interaction_at: "2026-11-20 10:00",
    scenario: "",
    overall_comment: "",
    "vmb.greet.smile": "taip",
    "vmb.greet.eye": "iš dalies",
    "vmb.greet.phrase": "Laba diena",
    "vmb.close.minutes": "12,5",
    "vmb.close.farewell": "taip",
  };
  const all = { ...base, ...overrides };
  return names.map((n) => all[n] ?? "");
}

const problemsOf = (cells: string[]) => {
  const r = parseAuditRow(cells, 5, header, lookups);
  return r.ok ? [] : r.problems.map((p) => [p.line, p.column, p.code]);
};

describe("parseAuditRow", () => {
  it("reads a complete row with defaults for type and channel", () => {
    const r = parseAuditRow(row({ overall_comment: "Gerai", employee: "  ŠARŪNĖ  Žąsinaitė " }), 5, header, lookups);
    expect(r.ok ? [] : r.problems).toEqual([]);
    if (!r.ok) return;
    expect(r.audit).toMatchObject({
      line: 5,
      externalRef: "A-1",
      checklistId: "vmb-test",
      versionId: "v1",
      auditType: "mystery_shopper",
      channel: "in_person",
      departmentId: 7,
      employeeId: 11,
      auditorId: null,
      interactionAt: Date.UTC(2026, 10, 20, 8, 0),
      overallComment: "Gerai",
    });
    expect(r.audit.answers).toEqual([
      { key: "vmb.greet.smile", choice: "yes" },
      { key: "vmb.greet.eye", choice: "partial" },
      { key: "vmb.greet.phrase", phrases: ["Laba diena"] },
      { key: "vmb.close.minutes", number: 12.5 },
      { key: "vmb.close.farewell", choice: "yes" },
    ]);
  });

  it("reads n.d., other phrases, '-' and comments", () => {
    const r = parseAuditRow(
      row({
        "vmb.greet.eye": "N.D.",
        "vmb.greet.phrase": "-",
        "vmb.greet.phrase:other": "Sveiks",
        "vmb.greet.phrase:other_as": "Neleistina",
        "vmb.greet.phrase:comment": "Familiariai",
        "vmb.close.minutes": "25",
        "vmb.close.minutes:comment": "Ilgai laukė",
      }),
      5,
      header,
      lookups,
    );
    expect(r.ok && r.audit.answers).toEqual([
      { key: "vmb.greet.smile", choice: "yes" },
      { key: "vmb.greet.eye", choice: "na" },
      { key: "vmb.greet.phrase", phrases: [], other_phrase: "Sveiks", other_phrase_as: "forbidden", comment: "Familiariai" },
      { key: "vmb.close.minutes", number: 25, comment: "Ilgai laukė" },
      { key: "vmb.close.farewell", choice: "yes" },
    ]);
  });

  it("reads another phrase judged like a recommended one, and reports an unjudged or misspelt judgement on its column", () => {
    const r = parseAuditRow(
      row({ "vmb.greet.phrase": "", "vmb.greet.phrase:other": "Gero vakaro", "vmb.greet.phrase:other_as": "rekomenduojama" }),
      5,
      header,
      lookups,
    );
    expect(r.ok && r.audit.answers[2]).toEqual({ key: "vmb.greet.phrase", other_phrase: "Gero vakaro", other_phrase_as: "recommended" });
    expect(problemsOf(row({ "vmb.greet.phrase": "", "vmb.greet.phrase:other": "Gero vakaro" }))).toEqual([
      [5, "vmb.greet.phrase:other_as", "answer"],
    ]);
    expect(problemsOf(row({ "vmb.greet.phrase:other": "Gero vakaro", "vmb.greet.phrase:other_as": "gal" }))).toEqual([
      [5, "vmb.greet.phrase:other_as", "answer"],
    ]);
  });

  it("reports every kind of row problem with its column", () => {
    expect(problemsOf(row({ checklist_id: "vmb-nera" }))).toEqual([[5, "checklist_id", "unknown_checklist"]]);
    expect(problemsOf(row({ department_code: "XX" }))).toEqual([[5, "department_code", "unknown_department"]]);
    expect(problemsOf(row({ employee: "Petras Nėra" }))).toEqual([[5, "employee", "unknown_employee"]]);
    expect(problemsOf(row({ employee: "Jonas Jonaitis" }))).toEqual([[5, "employee", "ambiguous_employee"]]);
    expect(problemsOf(row({ auditor_email: "x@y.lt" }))).toEqual([[5, "auditor_email", "unknown_auditor"]]);
    expect(problemsOf(row({ interaction_at: "2026-11-22 10:00" }))).toEqual([[5, "interaction_at", "future_date"]]);
    expect(problemsOf(row({ interaction_at: "20.11.2026" }))).toEqual([[5, "interaction_at", "invalid_date"]]);
    expect(problemsOf(row({ interaction_at: "2026-03-29 03:15" }))).toEqual([[5, "interaction_at", "nonexistent_time"]]);
    expect(problemsOf(row({ external_ref: "" }))).toEqual([[5, "external_ref", "required"]]);
    expect(problemsOf(row({ audit_type: "supervisor" }))).toEqual([[5, "audit_type", "audit_type_not_allowed"]]);
    expect(problemsOf(row({ audit_type: "kažkas" }))).toEqual([[5, "audit_type", "invalid_audit_type"]]);
    expect(problemsOf(row({ channel: "phone" }))).toEqual([[5, "channel", "channel_not_allowed"]]);
    expect(problemsOf(row({ channel: "balandis" }))).toEqual([[5, "channel", "invalid_channel"]]);
  });

  it("reports answers the engine does not allow, on the item's column", () => {
    expect(problemsOf(row({ "vmb.greet.smile": "gal" }))).toEqual([[5, "vmb.greet.smile", "invalid_choice"]]);
    expect(problemsOf(row({ "vmb.greet.smile": "iš dalies" }))).toEqual([[5, "vmb.greet.smile", "answer"]]);
    expect(problemsOf(row({ "vmb.greet.smile": "n.d." }))).toEqual([[5, "vmb.greet.smile", "answer"]]);
    expect(problemsOf(row({ "vmb.greet.smile": "" }))).toEqual([[5, "vmb.greet.smile", "answer"]]);
    expect(problemsOf(row({ "vmb.close.minutes": "daug" }))).toEqual([[5, "vmb.close.minutes", "not_a_number"]]);
    expect(problemsOf(row({ "vmb.greet.phrase": "Labas rytas" }))).toEqual([[5, "vmb.greet.phrase", "answer"]]);
    // "no" on an item that requires a comment: the comment column is named.
    expect(problemsOf(row({ "vmb.close.farewell": "ne" }))).toEqual([[5, "vmb.close.farewell:comment", "answer"]]);
    expect(problemsOf(row({ "vmb.close.farewell": "ne", "vmb.close.farewell:comment": "Neatsisveikino" }))).toEqual([]);
    const r = parseAuditRow(row({ "vmb.greet.smile": "iš dalies" }), 5, header, lookups);
    expect(!r.ok && r.problems[0].message.lt).toContain("„iš dalies“ šiam klausimui negalimas");
  });

  it("requires empty cells in columns of another checklist's items", () => {
    const other = [...names, "vmb.other.item"];
    const { header: h } = mapAuditHeader(other, new Set([...layout.map((l) => l.key), "vmb.other.item"]));
    const r = parseAuditRow([...row(), "taip"], 9, h, lookups);
    expect(!r.ok && r.problems.map((p) => [p.line, p.column, p.code])).toEqual([[9, "vmb.other.item", "item_not_in_checklist"]]);
    expect(parseAuditRow([...row(), ""], 9, h, lookups).ok).toBe(true);
  });
});
