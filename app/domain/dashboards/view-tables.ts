// The tables of each dashboard page, from its loader data. Used by the pages and by the
// CSV route, so that a download holds exactly the cells the page shows.
import { rankRows, type Standing } from "~/domain/stats/ranking";
import { CHANNEL_ORDER } from "./filters";
import type { FunnelStanding } from "~/domain/stats/funnel";
import type { DepartmentSort } from "./department-sort";
import type { Fmt } from "./format";
import {
  auditsTable,
  channelsTable,
  countsTable,
  departmentsTable,
  employeesTable,
  heatTable,
  rulesTable,
  sectionsTable,
  trendTable,
  type AuditData,
  type MeasureData,
  type RuleData,
  type Table,
} from "./tables";

type Point = { month: string; channel: string } & MeasureData;

export type OverviewData = {
  months: string[];
  minN: number;
  total: MeasureData;
  trend: Point[];
  departments: ({ id: number; name: string; code: string; standing: Standing; funnel: FunnelStanding } & MeasureData)[];
  rules: RuleData[];
};
export function overviewTables(f: Fmt, d: OverviewData, search: string, departmentSort?: DepartmentSort): Record<string, Table> {
  return {
    trend: trendTable(f, "trend", f.t("dashboards.trend.title"), d.trend, true),
    counts: countsTable(f, d.months, CHANNEL_ORDER, d.trend),
    departments: departmentsTable(f, d.departments, search, departmentSort),
    rules: rulesTable(f, "rules", f.t("dashboards.rules.title"), d.rules),
  };
}

export type DepartmentData = {
  months: string[];
  minN: number;
  total: MeasureData;
  trend: Point[];
  employees: ({ employeeId: number; name: string | null; standing: Standing } & MeasureData)[];
  heat: Parameters<typeof heatTable>[2];
  audits: AuditData[];
};
export function departmentTables(f: Fmt, d: DepartmentData, search: string): Record<string, Table> {
  // Audits without a named employee are listed last and never ranked.
  const named = d.employees.filter((e) => e.employeeId > 0).map((e) => ({ ...e, label: e.name ?? "" }));
  const unnamed = d.employees.filter((e) => e.employeeId === 0).map((e) => ({ ...e, rank: null }));
  const ranked = [...rankRows(named, d.minN), ...unnamed];
  return {
    trend: trendTable(f, "trend", f.t("dashboards.trend.deptTitle"), d.trend, true),
    employees: employeesTable(f, ranked, search),
    heat: heatTable(f, d.months, d.heat, d.minN),
    audits: auditsTable(f, d.audits, true),
  };
}

export type EmployeeData = {
  months: string[];
  minN: number;
  total: MeasureData;
  trend: Point[];
  sections: Parameters<typeof sectionsTable>[1];
  rules: (RuleData & { comments: { comment: string; auditId: number; at: number }[] })[];
  audits: AuditData[];
};
export function employeeTables(f: Fmt, d: EmployeeData): Record<string, Table> {
  return {
    trend: trendTable(f, "trend", f.t("dashboards.trend.employeeTitle"), d.trend, false),
    sections: sectionsTable(f, d.sections),
    rules: rulesTable(f, "rules", f.t("dashboards.rules.employeeTitle"), d.rules, { comments: true }),
    audits: auditsTable(f, d.audits, false),
  };
}

export type ChannelsData = {
  months: string[];
  minN: number;
  trend: Point[];
  channels: ({ channel: string; rules: RuleData[] } & MeasureData)[];
};
export function channelsTables(f: Fmt, d: ChannelsData): Record<string, Table> {
  return {
    channels: channelsTable(f, d.channels),
    rules: rulesTable(
      f,
      "rules",
      f.t("dashboards.channels.rules"),
      d.channels.flatMap((c) => c.rules.map((r) => ({ ...r, channel: c.channel }))),
      { channel: true },
    ),
    trend: trendTable(f, "trend", f.t("dashboards.trend.title"), d.trend, true),
  };
}
