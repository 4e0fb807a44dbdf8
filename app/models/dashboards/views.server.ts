// What each dashboard page (and its CSV export) loads, after the route's role guard.
// Objects outside the user's scope come back as null: the route answers 404.
import type { Db } from "~/db.server";
import { CHANNELS } from "~/domain/checklists/schema";
import { departmentScope, type SessionUser } from "~/lib/auth.server";
import type { Role } from "../../../db/schema";
import { checklistOptions, departmentOptions } from "./common.server";
import { departmentData } from "./department.server";
import { employeeData, getDashboardEmployee } from "./employee.server";
import { parseFiltersWithNotices } from "./filters.server";
import { channelsData, overviewData } from "./overview.server";
import { getDepartment } from "../people/department.server";
import { userStandards } from "../organisations/organisation.server";
import { DEFAULT_DEPARTMENT_SORT, DEPARTMENT_SORTS } from "~/domain/dashboards/department-sort";
import { sortFromUrl } from "~/domain/lists/paging";
import { COMPARISONS, type Comparison } from "~/domain/dashboards/key-figures";
import { isOneOf } from "~/domain/enums";

/** Roles allowed past each page's guard; per-object scope is checked below. */
export const DASHBOARD_ROLES = {
  overview: ["admin", "leadership"],
  channels: ["admin", "leadership", "supervisor"],
  department: ["admin", "leadership", "supervisor"],
  employee: ["admin", "leadership", "supervisor", "employee"],
} as const satisfies Record<string, readonly Role[]>;

/** What the key figures are compared with (?compare=previous|year), kept in the URL. */
function comparisonFrom(url: URL): Comparison {
  const value = url.searchParams.get("compare");
  return isOneOf(COMPARISONS, value) ? value : "previous";
}

export function overviewView(db: Db, user: SessionUser, url: URL) {
  const { filters, notices } = parseFiltersWithNotices(url);
  const scope = departmentScope(user);
  const departments = departmentOptions(db, scope);
  // Only a department in scope (another organisation's would set the ranking minimum and target).
  if (filters.department && !departments.some((d) => d.id === filters.department)) filters.department = null;
  return {
    filters,
    notices,
    options: { checklists: checklistOptions(db, userStandards(db, user)), departments },
    data: overviewData(db, filters, scope, departments, comparisonFrom(url)),
    departmentSort: sortFromUrl(url, DEPARTMENT_SORTS, DEFAULT_DEPARTMENT_SORT),
  };
}

export function channelsView(db: Db, user: SessionUser, url: URL) {
  const { filters, notices } = parseFiltersWithNotices(url);
  const scope = departmentScope(user);
  const departments = departmentOptions(db, scope);
  // A supervisor's department filter can only narrow their own scope.
  if (filters.department && !departments.some((d) => d.id === filters.department)) filters.department = null;
  return {
    filters,
    notices,
    options: { checklists: checklistOptions(db, userStandards(db, user)), departments },
    data: channelsData(db, filters, scope, CHANNELS),
  };
}

export function departmentView(db: Db, user: SessionUser, id: number, url: URL) {
  const department = getDepartment(db, user, id);
  if (!department) return null;
  const { filters: parsed, notices } = parseFiltersWithNotices(url);
  const filters = { ...parsed, department: null };
  return {
    notices,
    department: { id: department.id, name: department.name, code: department.code, orgId: department.orgId },
    filters,
    options: { checklists: checklistOptions(db, userStandards(db, user)) },
    data: departmentData(db, filters, department.id),
  };
}

// The routes record each view or export in the access log (app/models/access-log).
export function employeeView(db: Db, user: SessionUser, id: number, url: URL) {
  const employee = getDashboardEmployee(db, user, id);
  if (!employee) return null;
  const { filters: parsed, notices } = parseFiltersWithNotices(url);
  const filters = { ...parsed, department: null };
  return {
    notices,
    employee,
    filters,
    options: { checklists: checklistOptions(db, userStandards(db, user)) },
    data: employeeData(db, filters, employee.id),
  };
}
