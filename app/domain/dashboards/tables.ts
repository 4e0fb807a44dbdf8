// Every dashboard table is built here once, as text cells: the page renders it and the CSV
// route writes the very same cells, so an export is exactly what is shown.
import type { Localized } from "~/domain/checklists/schema";
import type { Standing } from "~/domain/stats/ranking";
import { DASH, interval, percent, percentInterval, score, type Fmt } from "./format";
import { checklistName } from "../checklists/name";

export type Cell = { text: string; href?: string; tone?: "good" | "bad"; testId?: string; num?: boolean; title?: string };
export type Table = { id: string; caption: string; headers: { text: string; num?: boolean }[]; rows: Cell[][] };

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

const num = (text: string): Cell => ({ text, num: true });
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
    num(score(f, m.mean)),
    num(String(m.n)),
    num(interval(f, m.low, m.high)),
    num(percent(f, m.passRate)),
    num(percentInterval(f, m.passLow, m.passHigh)),
    num(String(m.critical)),
  ];
}
function measureHeaders(f: Fmt) {
  return [
    { text: f.t("dashboards.col.mean"), num: true },
    { text: "n", num: true },
    { text: f.t("dashboards.col.ci"), num: true },
    { text: f.t("dashboards.col.passRate"), num: true },
    { text: f.t("dashboards.col.passCi"), num: true },
    { text: f.t("dashboards.col.critical"), num: true },
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
      ...channels.map((c) => ({ text: channelName(f, c), num: true })),
      { text: f.t("dashboards.col.total"), num: true },
    ],
    rows: months.map((m) => [
      txt(m),
      ...channels.map((c) => num(String(count(m, c)))),
      num(String(channels.reduce((a, c) => a + count(m, c), 0))),
    ]),
  };
}

export function departmentsTable(f: Fmt, rows: ({ id: number; name: string; standing: Standing } & MeasureData)[], search: string): Table {
  return {
    id: "departments",
    caption: f.t("dashboards.departments.title"),
    headers: [{ text: f.t("dashboards.col.department") }, ...measureHeaders(f), { text: f.t("dashboards.col.standing") }],
    rows: rows.map((d) => [
      { text: d.name, href: `/dashboards/departments/${d.id}?${search}`, testId: "department-link" },
      ...measureCells(f, d),
      standingCell(f, d.standing),
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
      { text: f.t("dashboards.col.rank"), num: true },
      { text: f.t("dashboards.col.employee") },
      ...measureHeaders(f),
      { text: f.t("dashboards.col.standing") },
    ],
    rows: rows.map((e) => [
      num(e.rank === null ? DASH : String(e.rank)),
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
      { text: f.t("dashboards.col.failures"), num: true },
      { text: f.t("dashboards.col.failureRate"), num: true },
      { text: f.t("dashboards.col.failureCi"), num: true },
      ...(opts.comments ? [{ text: f.t("dashboards.col.comments") }] : []),
    ],
    rows: rules.map((r) => [
      ...(opts.channel ? [txt(channelName(f, r.channel ?? ""))] : []),
      { text: ruleText(f, r), title: r.itemKey },
      txt(r.source.join(", ") || DASH),
      num(f.t("dashboards.xOfN", { x: String(r.failures), n: String(r.applicable) })),
      num(percent(f, r.rate)),
      num(percentInterval(f, r.low, r.high)),
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
    // Colour only where there are enough observations to mean something.
    tone: c.applicable >= minN && c.rate !== null ? (c.rate >= 0.25 ? "bad" : c.rate === 0 ? "good" : undefined) : undefined,
  });
  return {
    id: "heat",
    caption: f.t("dashboards.heat.title"),
    headers: [
      { text: f.t("dashboards.col.rule") },
      { text: f.t("dashboards.col.clause") },
      ...months.map((m) => ({ text: m, num: true })),
      { text: f.t("dashboards.col.total"), num: true },
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
      { text: f.t("dashboards.col.mean"), num: true },
      { text: "n", num: true },
      { text: f.t("dashboards.col.ci"), num: true },
    ],
    rows: rows.map((s) => [
      txt(checklistName({ id: s.checklistId, title: s.checklistTitle }, f.locale)),
      txt(s.sectionTitle?.[f.locale] ?? s.sectionKey),
      num(score(f, s.mean)),
      num(String(s.n)),
      num(interval(f, s.low, s.high)),
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
      { text: f.t("dashboards.col.score"), num: true },
      { text: f.t("dashboards.col.result") },
    ],
    rows: audits.map((a) => [
      { text: f.date(a.interactionAt), href: `/audits/${a.id}`, testId: "audit-link" },
      ...(withEmployee ? [txt(a.employeeName ?? f.t("dashboards.employees.none"))] : []),
      txt(checklistName({ id: a.checklistId, title: a.checklistTitle }, f.locale)),
      txt(channelName(f, a.channel)),
      txt(typeName(f, a.auditType)),
      num(score(f, a.score)),
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
    headers: [{ text: f.t("dashboards.col.channel") }, { text: f.t("dashboards.col.audits"), num: true }, ...measureHeaders(f)],
    rows: rows.map((c) => [txt(channelName(f, c.channel)), num(String(c.audits)), ...measureCells(f, c)]),
  };
}

/** The table as rows of text, headers first: what the CSV export writes. */
export function tableText(table: Table): string[][] {
  return [table.headers.map((h) => h.text), ...table.rows.map((r) => r.map((c) => c.text))];
}
