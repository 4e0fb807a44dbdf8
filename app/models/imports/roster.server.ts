// Roster import: departments and employees from a staff list. The file is read first (a
// roster is one organisation's staff, so its rows fit in memory), then planned and, unless
// this is a dry run, written in one transaction that re-reads the current records.
import { eq } from "drizzle-orm";
import type { Db } from "~/db.server";
import { mapRosterHeader, type RosterHeader } from "~/domain/csv/headers";
import { problem, ProblemList } from "~/domain/csv/problems";
import { emptyReport, type ImportReport } from "~/domain/csv/report";
import { parseRosterRow, planRoster, type RosterEntry, type RosterPlan } from "~/domain/csv/roster";
import { departments, employees } from "../../../db/schema";
import { readCsvFile } from "./read.server";

/** The organisation's records: a roster never matches or changes another organisation's. */
function existingRecords(db: Db, orgId: number) {
  return {
    departments: db
      .select({ id: departments.id, code: departments.code, name: departments.name })
      .from(departments)
      .where(eq(departments.orgId, orgId))
      .all(),
    employees: db
      .select({
        id: employees.id,
        code: employees.code,
        email: employees.email,
        firstName: employees.firstName,
        lastName: employees.lastName,
        position: employees.position,
        departmentId: employees.departmentId,
        active: employees.active,
      })
      .from(employees)
      .where(eq(employees.orgId, orgId))
      .all(),
  };
}

function applyPlan(db: Db, orgId: number, plan: RosterPlan) {
  const now = Date.now();
  const newIds = new Map<string, number>();
  for (const d of plan.newDepartments)
    newIds.set(d.code, db.insert(departments).values({ orgId, code: d.code, name: d.name, active: true }).returning().get().id);
  for (const d of plan.renamedDepartments)
    db.update(departments).set({ name: d.name, updatedAt: now }).where(eq(departments.id, d.id)).run();
  const departmentId = (ref: number | string) => (typeof ref === "number" ? ref : newIds.get(ref)!);
  for (const { department, ...e } of plan.create)
    db.insert(employees)
      .values({ ...e, orgId, departmentId: departmentId(department) })
      .run();
  for (const { id, department, ...e } of plan.update)
    db.update(employees)
      .set({ ...e, departmentId: departmentId(department), updatedAt: now })
      .where(eq(employees.id, id))
      .run();
}

export async function importRosterFile(
  db: Db,
  path: string,
  { orgId, dryRun, onProgress }: { orgId: number; dryRun: boolean; onProgress?: (done: number, total: number) => void },
): Promise<ImportReport> {
  const report = emptyReport("roster", dryRun);
  const problems = new ProblemList();
  const entries: RosterEntry[] = [];
  let header: RosterHeader | null = null;
  let names: string[] = [];
  let width = 0;
  const { info, problems: parseProblems } = await readCsvFile(
    path,
    (cells, line) => {
      if (!header) {
        const mapped = mapRosterHeader(cells);
        header = mapped.header;
        names = cells;
        width = cells.length;
        problems.add(...mapped.problems);
        return;
      }
      report.rows += 1;
      if (cells.slice(width).some((c) => c.trim() !== "")) return problems.add(problem(line, null, "too_many_cells"));
      const parsed = parseRosterRow(cells, line, header, names);
      if (Array.isArray(parsed)) problems.add(...parsed);
      else entries.push(parsed);
    },
    onProgress,
  );
  report.encoding = info.encoding;
  report.separator = info.separator;
  problems.add(...parseProblems);
  if (!header) problems.add(problem(1, null, "empty_file"));

  const run = () => {
    const plan = planRoster(entries, existingRecords(db, orgId), problems);
    report.create = plan.create.length;
    report.update = plan.update.length;
    report.unchanged = plan.unchanged;
    report.departments = { create: plan.newDepartments.length, update: plan.renamedDepartments.length };
    return plan;
  };
  if (dryRun || problems.total > 0) run();
  else
    db.transaction((tx) => {
      const plan = run();
      if (problems.total === 0) applyPlan(tx, orgId, plan);
    });
  report.problems = problems.items;
  report.problemTotal = problems.total;
  if (!dryRun && problems.total) Object.assign(report, { create: 0, update: 0, unchanged: 0, departments: { create: 0, update: 0 } });
  return report;
}
