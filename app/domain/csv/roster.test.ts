import { describe, expect, it } from "vitest";
import { mapRosterHeader } from "./headers";
import { ProblemList } from "./problems";
import { parseRosterRow, planRoster, type RosterEntry } from "./roster";

const NAMES = ["department_code", "department_name", "first_name", "last_name", "position", "email", "active", "employee_code"];
const { header } = mapRosterHeader(NAMES);
let line = 1;
function entry(cells: string[]): RosterEntry {
  const r = parseRosterRow(cells, ++line, header, NAMES);
  if (Array.isArray(r)) throw new Error(JSON.stringify(r));
  return r;
}

const existing = {
  departments: [{ id: 1, code: "KAS", name: "Klientų aptarnavimo skyrius" }],
  employees: [
    {
      id: 10,
      code: "T-1",
      email: "ona@vmb.lt",
      firstName: "Ona",
      lastName: "Savaitė",
      position: "Specialistė",
      departmentId: 1,
      active: true,
    },
    { id: 11, code: null, email: null, firstName: "Jonas", lastName: "Žąsinas", position: "Vadybininkas", departmentId: 1, active: true },
  ],
};

describe("parseRosterRow", () => {
  it("trims, lowercases e-mail and defaults active to yes", () => {
    expect(entry([" kas ", "", " Ona ", "Savaitė", "Specialistė", " ONA@VMB.LT ", "", "T-1"])).toMatchObject({
      departmentCode: "kas",
      departmentName: null,
      firstName: "Ona",
      email: "ona@vmb.lt",
      active: true,
      code: "T-1",
    });
  });
  it("refuses NUL and other control characters in names and codes", () => {
    const r = parseRosterRow(["KAS", "Skyrius\u0000", "Jo\u0000nas", "Pe\u001btraitis", "Specialistas", "", "", ""], 5, header, NAMES);
    expect(Array.isArray(r)).toBe(true);
    expect((r as { column: string; code: string }[]).map((p) => [p.column, p.code])).toEqual([
      ["department_name", "control_characters"],
      ["first_name", "control_characters"],
      ["last_name", "control_characters"],
    ]);
  });
  it("reports missing and malformed values with their columns", () => {
    const r = parseRosterRow(["K AS", "X", "", "P", "", "ne-pastas", "kartais", ""], 4, header, NAMES);
    expect(Array.isArray(r) && r.map((p) => [p.line, p.column, p.code])).toEqual([
      [4, "department_code", "invalid_code"],
      [4, "first_name", "required"],
      [4, "position", "required"],
      [4, "email", "invalid_email"],
      [4, "active", "invalid_flag"],
    ]);
  });
});

describe("planRoster", () => {
  it("matches by code, e-mail or name, moves, renames and creates", () => {
    const problems = new ProblemList();
    const plan = planRoster(
      [
        entry(["KAS", "Klientų aptarnavimo skyrius", "Ona", "Savaitė", "Vyr. specialistė", "ona@vmb.lt", "taip", "t-1"]),
        entry(["kas", "", "JONAS", "Žąsinas", "Vadybininkas", "", "taip", ""]),
        entry(["NUO", "Nuomos skyrius", "Rūta", "Mažeikė", "Specialistė", "ruta@vmb.lt", "ne", ""]),
      ],
      existing,
      problems,
    );
    expect(problems.items).toEqual([]);
    expect(plan.newDepartments).toEqual([{ code: "NUO", name: "Nuomos skyrius" }]);
    expect(plan.renamedDepartments).toEqual([]);
    expect(plan.update).toEqual([
      {
        id: 10,
        code: "t-1",
        email: "ona@vmb.lt",
        firstName: "Ona",
        lastName: "Savaitė",
        position: "Vyr. specialistė",
        active: true,
        department: 1,
      },
      // Found by name ignoring case; the spelling in the file wins.
      { id: 11, code: null, email: null, firstName: "JONAS", lastName: "Žąsinas", position: "Vadybininkas", active: true, department: 1 },
    ]);
    expect(plan.create).toEqual([
      {
        code: null,
        email: "ruta@vmb.lt",
        firstName: "Rūta",
        lastName: "Mažeikė",
        position: "Specialistė",
        active: false,
        department: "NUO",
      },
    ]);
    expect(plan.unchanged).toBe(0);
  });

  it("counts identical rows as unchanged", () => {
    const problems = new ProblemList();
    const plan = planRoster(
      [entry(["KAS", "Klientų aptarnavimo skyrius", "Ona", "Savaitė", "Specialistė", "ona@vmb.lt", "taip", "T-1"])],
      existing,
      problems,
    );
    expect(plan).toEqual({ newDepartments: [], renamedDepartments: [], create: [], update: [], unchanged: 1 });
  });

  it("reports duplicates, conflicting department names, nameless new departments and taken e-mails", () => {
    const problems = new ProblemList();
    planRoster(
      [
        entry(["NUO", "Nuomos skyrius", "A", "A", "P", "a@vmb.lt", "", ""]),
        entry(["NUO", "Kitas pavadinimas", "B", "B", "P", "a@vmb.lt", "", ""]),
        entry(["NEW", "", "C", "C", "P", "", "", ""]),
        entry(["KAS", "", "D", "D", "P", "ona@vmb.lt", "", "NAUJAS-KODAS"]),
        entry(["KAS", "", "Ona", "Savaitė", "P", "", "", "T-1"]),
        entry(["KAS", "", "Ona", "Savaitė", "P", "", "", "t-1"]),
      ],
      existing,
      problems,
    );
    const lines = problems.items.map((p) => [p.line - line, p.code]);
    expect(lines).toEqual([
      [-4, "department_name_conflict"],
      [-3, "department_name_required"],
      [-4, "duplicate_employee"],
      [0, "duplicate_employee"],
    ]);
  });
});
