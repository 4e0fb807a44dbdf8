/**
 * Roster import: one row per employee → which departments and employees to create or update.
 * Matching ignores case and surrounding spaces; diacritics must match ("Šimkus" ≠ "Simkus").
 * - department: by code;
 * - employee: by employee code, else by e-mail, else by first + last name in the department.
 * An employee found by code or e-mail moves to the row's department.
 * Pure: the existing records come in as arrays (a roster is an organisation's staff list).
 */
import type { RosterHeader, RosterColumn } from "./headers";
import { hasControlCharacters } from "../text/control";
import { problem, ProblemList, type Problem } from "./problems";
import { matchKey, parseFlag } from "./values";

export type RosterEntry = {
  line: number;
  departmentCode: string;
  departmentName: string | null;
  firstName: string;
  lastName: string;
  position: string;
  email: string | null;
  active: boolean;
  code: string | null;
};

const CODE = /^[\p{L}\p{N}_.-]+$/u;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const MAX: Record<RosterColumn, number> = {
  department_code: 20,
  department_name: 160,
  first_name: 80,
  last_name: 80,
  position: 160,
  email: 254,
  active: 20,
  employee_code: 40,
};

export function parseRosterRow(cells: string[], line: number, header: RosterHeader, names: string[]): RosterEntry | Problem[] {
  const problems: Problem[] = [];
  const col = (c: RosterColumn) => (header[c] === undefined ? c : names[header[c]!]?.trim() || c);
  const cell = (c: RosterColumn) => {
    const value = header[c] === undefined ? "" : (cells[header[c]!] ?? "").trim().replace(/\s+/g, " ");
    if (value.length > MAX[c]) problems.push(problem(line, col(c), "too_long", { max: MAX[c] }));
    if (hasControlCharacters(value)) problems.push(problem(line, col(c), "control_characters"));
    return value;
  };
  const required = (c: RosterColumn) => {
    const value = cell(c);
    if (value === "") problems.push(problem(line, col(c), "required"));
    return value;
  };
  const departmentCode = required("department_code");
  if (departmentCode && !CODE.test(departmentCode))
    problems.push(problem(line, col("department_code"), "invalid_code", { value: departmentCode }));
  const departmentName = cell("department_name") || null;
  const firstName = required("first_name");
  const lastName = required("last_name");
  const position = required("position");
  const email = cell("email").toLowerCase() || null;
  if (email && !EMAIL.test(email)) problems.push(problem(line, col("email"), "invalid_email", { value: email }));
  const active = parseFlag(cell("active"), true);
  if (active === null) problems.push(problem(line, col("active"), "invalid_flag", { value: cell("active") }));
  const code = cell("employee_code") || null;
  if (code && !CODE.test(code)) problems.push(problem(line, col("employee_code"), "invalid_code", { value: code }));
  if (problems.length) return problems;
  return { line, departmentCode, departmentName, firstName, lastName, position, email, active: active!, code };
}

export type ExistingDepartment = { id: number; code: string; name: string };
export type ExistingEmployee = {
  id: number;
  code: string | null;
  email: string | null;
  firstName: string;
  lastName: string;
  position: string;
  departmentId: number;
  active: boolean;
};

/** What the import will do. Department refs are an existing id or the code of a new one. */
export type RosterPlan = {
  newDepartments: { code: string; name: string }[];
  renamedDepartments: { id: number; name: string }[];
  create: (Omit<ExistingEmployee, "id" | "departmentId"> & { department: number | string })[];
  update: (Omit<ExistingEmployee, "departmentId"> & { department: number | string })[];
  unchanged: number;
};

export function planRoster(
  entries: RosterEntry[],
  existing: { departments: ExistingDepartment[]; employees: ExistingEmployee[] },
  problems: ProblemList,
): RosterPlan {
  const plan: RosterPlan = { newDepartments: [], renamedDepartments: [], create: [], update: [], unchanged: 0 };
  const deptByCode = new Map(existing.departments.map((d) => [matchKey(d.code), d]));
  const byCode = new Map(existing.employees.filter((e) => e.code).map((e) => [matchKey(e.code!), e]));
  const byEmail = new Map(existing.employees.filter((e) => e.email).map((e) => [matchKey(e.email!), e]));
  const byName = new Map(existing.employees.map((e) => [`${e.departmentId}|${matchKey(`${e.firstName} ${e.lastName}`)}`, e]));

  // Department names: the first row of a code decides; a different name later is a conflict.
  const deptNames = new Map<string, { name: string | null; line: number }>();
  const seen = new Map<string, number>();
  const matched = new Set<number>();
  for (const entry of entries) {
    const dkey = matchKey(entry.departmentCode);
    const first = deptNames.get(dkey);
    if (!first) deptNames.set(dkey, { name: entry.departmentName, line: entry.line });
    else if (entry.departmentName && first.name && matchKey(entry.departmentName) !== matchKey(first.name))
      problems.add(problem(entry.line, "department_name", "department_name_conflict", { code: entry.departmentCode, other: first.line }));
    else if (entry.departmentName && !first.name) first.name = entry.departmentName;
  }
  for (const [dkey, { name, line }] of deptNames) {
    const dept = deptByCode.get(dkey);
    const code = entries.find((e) => matchKey(e.departmentCode) === dkey)!.departmentCode;
    if (!dept) {
      if (!name) problems.add(problem(line, "department_name", "department_name_required"));
      else plan.newDepartments.push({ code, name });
    } else if (name && name !== dept.name) plan.renamedDepartments.push({ id: dept.id, name });
  }

  for (const entry of entries) {
    const dept = deptByCode.get(matchKey(entry.departmentCode));
    const department: number | string = dept ? dept.id : entry.departmentCode;
    const identity = entry.code
      ? `code:${matchKey(entry.code)}`
      : entry.email
        ? `email:${entry.email}`
        : `name:${matchKey(entry.departmentCode)}|${matchKey(`${entry.firstName} ${entry.lastName}`)}`;
    const again = seen.get(identity);
    const identityColumn = entry.code ? "employee_code" : entry.email ? "email" : null;
    if (again) {
      problems.add(problem(entry.line, identityColumn, "duplicate_employee", { other: again }));
      continue;
    }
    seen.set(identity, entry.line);
    if (entry.email) {
      const emailKey = `email:${entry.email}`;
      if (identity !== emailKey && seen.has(emailKey)) {
        problems.add(problem(entry.line, "email", "duplicate_employee", { other: seen.get(emailKey)! }));
        continue;
      }
      seen.set(emailKey, entry.line);
    }
    const byCodeMatch = entry.code ? byCode.get(matchKey(entry.code)) : undefined;
    const byEmailMatch = entry.email ? byEmail.get(entry.email) : undefined;
    if (byCodeMatch && byEmailMatch && byCodeMatch.id !== byEmailMatch.id) {
      problems.add(problem(entry.line, "email", "email_taken", { value: entry.email! }));
      continue;
    }
    // By name only when code and e-mail found nobody and the namesake has none that differ.
    const namesake = dept ? byName.get(`${dept.id}|${matchKey(`${entry.firstName} ${entry.lastName}`)}`) : undefined;
    const byNameMatch =
      namesake && (!entry.code || !namesake.code) && (!entry.email || !namesake.email) && !matched.has(namesake.id) ? namesake : undefined;
    const match = byCodeMatch ?? byEmailMatch ?? byNameMatch;
    if (match) matched.add(match.id);
    const fields = {
      code: entry.code ?? match?.code ?? null,
      email: entry.email ?? match?.email ?? null,
      firstName: entry.firstName,
      lastName: entry.lastName,
      position: entry.position,
      active: entry.active,
    };
    if (!match) {
      plan.create.push({ ...fields, department });
      continue;
    }
    const same =
      fields.code === match.code &&
      fields.email === match.email &&
      fields.firstName === match.firstName &&
      fields.lastName === match.lastName &&
      fields.position === match.position &&
      fields.active === match.active &&
      department === match.departmentId;
    if (same) plan.unchanged += 1;
    else plan.update.push({ id: match.id, ...fields, department });
  }
  return plan;
}
