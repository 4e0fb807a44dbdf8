// Every dashboard table is built here once, as text cells: the page renders it and the CSV
// route writes the very same cells, so an export is exactly what is shown.
import type { Localized } from "~/domain/checklists/schema";
import type { Standing } from "~/domain/stats/ranking";
import type { FunnelStanding } from "~/domain/stats/funnel";
import type { ListSort } from "~/domain/lists/paging";
import { sortDepartments, DEFAULT_DEPARTMENT_SORT, type DepartmentSort } from "./department-sort";
import { DASH, interval, percent, percentInterval, score, type Fmt } from "./format";
import { checklistName } from "../checklists/name";

/**
 * A shown cell; `values` are the numbers behind its text, one per export column of its header
 * (an interval "77,5–94,3" is two numbers; a rate "84,9 %" is 0.849), null where there is none.
 */
export type Cell = {
  text: string;
  href?: string;
  tone?: "good" | "bad";
  testId?: string;
  num?: boolean;
  title?: string;
  values?: (number | null)[];
};
/** How an exported number is meant: a score (0–100), a rate (0–1) or a count. */
export type NumberFormat = "score" | "rate" | "count";
export type ExportColumn = { text: string; format: NumberFormat };
/** A column header; `export` lists the numeric columns it becomes in CSV and XLSX (none: it stays text). */
export type Header = { text: string; num?: boolean; export?: ExportColumn[]; /** The column sorts the table (a link). */ sortKey?: string };
/** `sort`: the order the rows are in, when the table sorts by its headers' links. */
export type Table = { id: string; caption: string; headers: Header[]; rows: Cell[][]; sort?: ListSort<string> };

/** What a dashboard shows for a group of audits; plain numbers so it travels as JSON. */
export type MeasureData = {
  audits: number;
  /** Audits with a score: the n of the mean and of the pass rate. */
  n: number;
  mean: number | null;
  low: number | null;
  high: number | null;
  passes: number;
  passRate: number | null;
  passLow: number | null;
  passHigh: number | null;
  critical: number;
};
export type RuleData = {
  itemKey: string;
  text: Localized | null;
  source: string[];
  failures: number;
  applicable: number;
  rate: number | null;
  low: number | null;
  high: number | null;
};
export type AuditData = {
  id: number;
  interactionAt: number;
  checklistId: string;
  checklistTitle: Localized | null;
  channel: string;
  auditType: string;
  score: number | null;
  passed: boolean | null;
  criticalFailure: boolean;
  employeeId: number | null;
  employeeName: string | null;
};

const num = (text: string, ...values: (number | null)[]): Cell => ({ text, num: true, values });
/** A numeric header that exports as one column of the given format. */
const numHeader = (text: string, format: NumberFormat): Header => ({ text, num: true, export: [{ text, format }] });
/** An interval's header: two export columns, its lower and upper bound. */
const boundsHeader = (f: Fmt, text: string, format: NumberFormat): Header => ({
  text,
  num: true,
  export: [
    { text: f.t("dashboards.col.lowerBound", { name: text }), format },
    { text: f.t("dashboards.col.upperBound", { name: text }), format },
  ],
});
const txt = (text: string): Cell => ({ text });
const channelName = (f: Fmt, c: string) => f.t(`dashboards.channel.${c}` as never);
const typeName = (f: Fmt, c: string) => f.t(`checklists.auditType.${c}` as never);
const ruleText = (f: Fmt, r: { itemKey: string; text: Localized | null }) => (r.text ? r.text[f.locale] : r.itemKey);

function standingCell(f: Fmt, s: Standing): Cell {
  const tone = s === "above" ? "good" : s === "below" ? "bad" : undefined;
  return { text: f.t(`dashboards.standing.${s}` as never), tone };
}

/** Mean, n, interval, pass rate, its interval, critical failures. */
function measureCells(f: Fmt, m: MeasureData): Cell[] {
  return [
    num(score(f, m.mean), m.mean),
    num(String(m.n), m.n),
    num(interval(f, m.low, m.high), m.low, m.high),
    num(percent(f, m.passRate), m.passRate),
    num(percentInterval(f, m.passLow, m.passHigh), m.passLow, m.passHigh),
    num(String(m.critical), m.critical),
  ];
}
function measureHeaders(f: Fmt): Header[] {
  return [
    numHeader(f.t("dashboards.col.mean"), "score"),
    numHeader("n", "count"),
    boundsHeader(f, f.t("dashboards.col.ci"), "score"),
    numHeader(f.t("dashboards.col.passRate"), "rate"),
    boundsHeader(f, f.t("dashboards.col.passCi"), "rate"),
    numHeader(f.t("dashboards.col.critical"), "count"),
  ];
}

export function trendTable(
  f: Fmt,
  id: string,
  caption: string,
  points: ({ month: string; channel: string } & MeasureData)[],
  withChannel: boolean,
): Table {
  return {
    id,
    caption,
    headers: [
      { text: f.t("dashboards.col.month") },
      ...(withChannel ? [{ text: f.t("dashboards.col.channel") }] : []),
      ...measureHeaders(f),
    ],
    rows: points.map((p) => [txt(p.month), ...(withChannel ? [txt(channelName(f, p.channel))] : []), ...measureCells(f, p)]),
  };
}

export function countsTable(
  f: Fmt,
  months: string[],
  channels: readonly string[],
  points: { month: string; channel: string; audits: number }[],
): Table {
  const count = (m: string, c: string) => points.find((p) => p.month === m && p.channel === c)?.audits ?? 0;
  return {
    id: "counts",
    caption: f.t("dashboards.counts.title"),
    headers: [
      { text: f.t("dashboards.col.month") },
      ...channels.map((c) => numHeader(channelName(f, c), "count")),
      numHeader(f.t("dashboards.col.total"), "count"),
    ],
    rows: months.map((m) => {
      const total = channels.reduce((a, c) => a + count(m, c), 0);
      return [txt(m), ...channels.map((c) => num(String(count(m, c)), count(m, c))), num(String(total), total)];
    }),
  };
}

function funnelCell(f: Fmt, s: FunnelStanding): Cell {
  const tone = s.startsWith("below") ? "bad" : s.startsWith("above") ? "good" : undefined;
  return { text: f.t(`insight.funnel.${s}` as never), tone };
}

export function departmentsTable(
  f: Fmt,
  rows: ({ id: number; name: string; standing: Standing; funnel: FunnelStanding } & MeasureData)[],
  search: string,
  sort: DepartmentSort = DEFAULT_DEPARTMENT_SORT,
): Table {
  const headers = measureHeaders(f);
  const sortable = ["mean", "n", null, "passRate", null, "critical"];
  return {
    id: "departments",
    caption: f.t("dashboards.departments.title"),
    headers: [
      { text: f.t("dashboards.col.department"), sortKey: "name" },
      ...headers.map((h, i) => (sortable[i] ? { ...h, sortKey: sortable[i]! } : h)),
      { text: f.t("dashboards.col.standing") },
      { text: f.t("insight.col.funnel"), sortKey: "funnel" },
    ],
    sort,
    rows: sortDepartments(rows, sort).map((d) => [
      { text: d.name, href: `/dashboards/departments/${d.id}?${search}`, testId: "department-link" },
      ...measureCells(f, d),
      standingCell(f, d.standing),
      funnelCell(f, d.funnel),
    ]),
  };
}

export function employeesTable(
  f: Fmt,
  rows: ({ employeeId: number; name: string | null; standing: Standing; rank: number | null } & MeasureData)[],
  search: string,
): Table {
  return {
    id: "employees",
    caption: f.t("dashboards.employees.title"),
    headers: [
      numHeader(f.t("dashboards.col.rank"), "count"),
      { text: f.t("dashboards.col.employee") },
      ...measureHeaders(f),
      { text: f.t("dashboards.col.standing") },
    ],
    rows: rows.map((e) => [
      num(e.rank === null ? DASH : String(e.rank), e.rank),
      e.employeeId > 0
        ? { text: e.name ?? `#${e.employeeId}`, href: `/dashboards/employees/${e.employeeId}?${search}`, testId: "employee-link" }
        : txt(f.t("dashboards.employees.none")),
      ...measureCells(f, e),
      standingCell(f, e.standing),
    ]),
  };
}

export function rulesTable(
  f: Fmt,
  id: string,
  caption: string,
  rules: (RuleData & { channel?: string; comments?: { comment: string }[] })[],
  opts: { channel?: boolean; comments?: boolean } = {},
): Table {
  return {
    id,
    caption,
    headers: [
      ...(opts.channel ? [{ text: f.t("dashboards.col.channel") }] : []),
      { text: f.t("dashboards.col.rule") },
      { text: f.t("dashboards.col.clause") },
      {
        text: f.t("dashboards.col.failures"),
        num: true,
        // "3 of 40" is two numbers: the failures and the audits the rule applied to.
        export: [
          { text: f.t("dashboards.col.failures"), format: "count" },
          { text: f.t("dashboards.col.applicable"), format: "count" },
        ],
      },
      numHeader(f.t("dashboards.col.failureRate"), "rate"),
      boundsHeader(f, f.t("dashboards.col.failureCi"), "rate"),
      ...(opts.comments ? [{ text: f.t("dashboards.col.comments") }] : []),
    ],
    rows: rules.map((r) => [
      ...(opts.channel ? [txt(channelName(f, r.channel ?? ""))] : []),
      { text: ruleText(f, r), title: r.itemKey },
      txt(r.source.join(", ") || DASH),
      num(f.t("dashboards.xOfN", { x: String(r.failures), n: String(r.applicable) }), r.failures, r.applicable),
      num(percent(f, r.rate), r.rate),
      num(percentInterval(f, r.low, r.high), r.low, r.high),
      ...(opts.comments ? [txt(r.comments?.map((c) => c.comment).join(" | ") || DASH)] : []),
    ]),
  };
}

export function heatTable(
  f: Fmt,
  months: string[],
  rows: {
    itemKey: string;
    text: Localized | null;
    source: string[];
    total: { failures: number; applicable: number; rate: number | null };
    cells: { month: string; failures: number; applicable: number; rate: number | null }[];
  }[],
  minN: number,
): Table {
  const cell = (c: { failures: number; applicable: number; rate: number | null }): Cell => ({
    text: c.applicable ? `${percent(f, c.rate)} (${c.failures}/${c.applicable})` : DASH,
    num: true,
    values: [c.applicable ? c.rate : null],
    // Colour only where there are enough observations to mean something.
    tone: c.applicable >= minN && c.rate !== null ? (c.rate >= 0.25 ? "bad" : c.rate === 0 ? "good" : undefined) : undefined,
  });
  return {
    id: "heat",
    caption: f.t("dashboards.heat.title"),
    headers: [
      { text: f.t("dashboards.col.rule") },
      { text: f.t("dashboards.col.clause") },
      ...months.map((m) => numHeader(m, "rate")),
      numHeader(f.t("dashboards.col.total"), "rate"),
    ],
    rows: rows.map((r) => [
      { text: ruleText(f, r), title: r.itemKey },
      txt(r.source.join(", ") || DASH),
      ...r.cells.map(cell),
      cell(r.total),
    ]),
  };
}

export function sectionsTable(
  f: Fmt,
  rows: {
    checklistTitle: Localized | null;
    checklistId: string;
    sectionTitle: Localized | null;
    sectionKey: string;
    n: number;
    mean: number | null;
    low: number | null;
    high: number | null;
  }[],
): Table {
  return {
    id: "sections",
    caption: f.t("dashboards.sections.title"),
    headers: [
      { text: f.t("dashboards.col.checklist") },
      { text: f.t("dashboards.col.section") },
      numHeader(f.t("dashboards.col.mean"), "score"),
      numHeader("n", "count"),
      boundsHeader(f, f.t("dashboards.col.ci"), "score"),
    ],
    rows: rows.map((s) => [
      txt(checklistName({ id: s.checklistId, title: s.checklistTitle }, f.locale)),
      txt(s.sectionTitle?.[f.locale] ?? s.sectionKey),
      num(score(f, s.mean), s.mean),
      num(String(s.n), s.n),
      num(interval(f, s.low, s.high), s.low, s.high),
    ]),
  };
}

export function auditsTable(f: Fmt, audits: AuditData[], withEmployee: boolean): Table {
  return {
    id: "audits",
    caption: f.t("dashboards.audits.title"),
    headers: [
      { text: f.t("dashboards.col.date") },
      ...(withEmployee ? [{ text: f.t("dashboards.col.employee") }] : []),
      { text: f.t("dashboards.col.checklist") },
      { text: f.t("dashboards.col.channel") },
      { text: f.t("dashboards.col.auditType") },
      numHeader(f.t("dashboards.col.score"), "score"),
      { text: f.t("dashboards.col.result") },
    ],
    rows: audits.map((a) => [
      { text: f.date(a.interactionAt), href: `/audits/${a.id}`, testId: "audit-link" },
      ...(withEmployee ? [txt(a.employeeName ?? f.t("dashboards.employees.none"))] : []),
      txt(checklistName({ id: a.checklistId, title: a.checklistTitle }, f.locale)),
      txt(channelName(f, a.channel)),
      txt(typeName(f, a.auditType)),
      num(score(f, a.score), a.score),
      a.criticalFailure
        ? txt(f.t("dashboards.result.critical"))
        : a.passed === null
          ? txt(DASH)
          : txt(f.t(a.passed ? "dashboards.result.passed" : "dashboards.result.failed")),
    ]),
  };
}

export function channelsTable(f: Fmt, rows: ({ channel: string } & MeasureData)[]): Table {
  return {
    id: "channels",
    caption: f.t("dashboards.channels.summary"),
    headers: [{ text: f.t("dashboards.col.channel") }, numHeader(f.t("dashboards.col.audits"), "count"), ...measureHeaders(f)],
    rows: rows.map((c) => [txt(channelName(f, c.channel)), num(String(c.audits), c.audits), ...measureCells(f, c)]),
  };
}

/** The table as rows of text, headers first: what the CSV export writes. */
export function tableText(table: Table): string[][] {
  return [table.headers.map((h) => h.text), ...table.rows.map((r) => r.map((c) => c.text))];
}
