// A small organisation with published audits for the dashboard tests: two departments
// (the supervisor has only "own"), staff in both, the employee account linked to a
// member of "own", and seeded sample audits over the last months.
import type { Db } from "../../app/db.server";
import { loadChecklistFiles } from "../../app/domain/checklists/load.server";
import { syncChecklists } from "../../app/models/checklists/sync.server";
import { insertSampleAudits } from "../helpers/dashboard-sample";
import { createEmployee } from "../../app/models/people/employee.server";
import { makeOrganisation, testOrgId } from "../helpers/users";

export async function dashboardOrganisation(db: Db, { audits = 300, now = Date.now() } = {}) {
  syncChecklists(db, loadChecklistFiles());
  const org = await makeOrganisation(db);
  const person = (first: string, last: string, departmentId: number, userId: number | null = null) =>
    createEmployee(db, testOrgId(db), {
      firstName: first,
      lastName: last,
      position: "Specialistė",
      departmentId,
      email: null,
      code: null,
      active: true,
      userId,
    });
  const me = person("Eglė", "Petraitienė", org.own.id, org.users.employee.id);
  const colleague = person("Jonas", "Kazlauskas", org.own.id);
  const outsider = person("Rūta", "Stankevičienė", org.other.id);
  // A name a spreadsheet would run as a formula, to prove the CSV neutralises it.
  const formula = person('=HYPERLINK("x")', "Bandomasis", org.own.id);
  insertSampleAudits(db, { count: audits, seed: 42, now });
  return { org, me, colleague, outsider, formula };
}
