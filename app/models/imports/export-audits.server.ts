// Audit export: one row per audit (drafts left out) in the import format, followed by the
// computed columns (state, score, passed, critical_failure, section:<key>). Rows are read
// in pages of 500 audits and produced as CSV text chunks, so memory stays bounded.
import { and, asc, eq, gt, gte, inArray, lt, ne, sql, type SQL } from "drizzle-orm";
import type { Db } from "~/db.server";
import type { Checklist } from "~/domain/checklists/schema";
import { formatVilniusDateTime } from "~/domain/time";
import { AUDIT_COLUMNS } from "~/domain/csv/headers";
import { COMPUTED_COLUMNS, itemCells, itemHeader, itemLayout, sectionColumn } from "~/domain/csv/layout";
import { CHOICE_OUT, formatDecimal } from "~/domain/csv/values";
import { toCsv } from "~/domain/csv/write";
import { departmentScope, type SessionUser } from "~/lib/auth.server";
import { auditAnswers, audits, auditSectionScores, checklistVersions, departments, employees, users } from "../../../db/schema";
import { rowsToRaw } from "../audits/answers.server";
import { instanceId, syntheticRef } from "./export-ref.server";

export type AuditExportFilter = {
  /** Interaction time from (inclusive) / to (exclusive), UTC ms. */
  from?: number;
  to?: number;
  checklistId?: string;
  separator?: ";" | ",";
};

const PAGE = 500;

function groupBy<T>(rows: T[], key: (row: T) => number): Map<number, T[]> {
  const map = new Map<number, T[]>();
  for (const row of rows) {
    const list = map.get(key(row));
    if (list) list.push(row);
    else map.set(key(row), [row]);
  }
  return map;
}

function conditions(user: SessionUser, f: AuditExportFilter): SQL | undefined {
  const scope = departmentScope(user);
  return and(
    ne(audits.state, "draft"),
    // Calibration audits judge a staged case, not the service: never exported.
    eq(audits.calibration, false),
    scope ? inArray(audits.departmentId, scope.length ? scope : [-1]) : undefined,
    f.from !== undefined ? gte(audits.interactionAt, f.from) : undefined,
    f.to !== undefined ? lt(audits.interactionAt, f.to) : undefined,
    f.checklistId ? sql`${audits.checklistId} = ${f.checklistId}` : undefined,
  );
}

const score = (value: number | null) => (value === null ? "" : formatDecimal(Math.round(value * 100) / 100));
const flag = (value: boolean | null) => (value === null ? "" : value ? CHOICE_OUT.yes : CHOICE_OUT.no);

/** CSV text chunks: the header (with a BOM), then the rows page by page. */
export function* exportAuditsCsv(db: Db, user: SessionUser, filter: AuditExportFilter): Generator<string> {
  const where = conditions(user, filter);
  const separator = filter.separator ?? ";";
  const versionIds = db
    .selectDistinct({ id: audits.checklistVersionId })
    .from(audits)
    .where(where)
    .all()
    .map((r) => r.id);
  const checklists = versionIds.length
    ? db
        .select()
        .from(checklistVersions)
        .where(inArray(checklistVersions.id, versionIds))
        .all()
        .sort((a, b) => a.checklistId.localeCompare(b.checklistId) || b.createdAt - a.createdAt)
        .map((v) => v.content as Checklist)
    : [];
  const answerKeys = (column: SQL) =>
    new Set(
      db
        .selectDistinct({ key: auditAnswers.itemKey })
        .from(auditAnswers)
        .innerJoin(audits, sql`${audits.id} = ${auditAnswers.auditId}`)
        .where(and(where, column))
        .all()
        .map((r) => r.key),
    );
  const withComment = answerKeys(sql`${auditAnswers.comment} is not null`);
  const withOther = answerKeys(sql`${auditAnswers.otherPhrase} is not null`);
  const layout = itemLayout(
    checklists,
    (k) => withComment.has(k),
    (k) => withOther.has(k),
  );
  const sectionKeys = [...new Set(checklists.flatMap((c) => c.sections.map((s) => s.key)))];
  yield toCsv([[...AUDIT_COLUMNS, ...itemHeader(layout), ...COMPUTED_COLUMNS, ...sectionKeys.map(sectionColumn)]], {
    separator,
    bom: true,
  });

  const departmentCodes = new Map(
    db
      .select({ id: departments.id, code: departments.code })
      .from(departments)
      .all()
      .map((d) => [d.id, d.code]),
  );
  const employeeRefs = new Map(
    db
      .select()
      .from(employees)
      .all()
      .map((e) => [e.id, e.code ?? `${e.firstName} ${e.lastName}`]),
  );
  const emails = new Map(
    db
      .select({ id: users.id, email: users.email })
      .from(users)
      .all()
      .map((u) => [u.id, u.email]),
  );
  const instance = instanceId(db);

  for (let after = 0; ;) {
    const page = db
      .select()
      .from(audits)
      .where(and(where, gt(audits.id, after)))
      .orderBy(asc(audits.id))
      .limit(PAGE)
      .all();
    if (page.length === 0) return;
    after = page[page.length - 1].id;
    const ids = page.map((a) => a.id);
    const answers = groupBy(db.select().from(auditAnswers).where(inArray(auditAnswers.auditId, ids)).all(), (r) => r.auditId);
    const sections = groupBy(db.select().from(auditSectionScores).where(inArray(auditSectionScores.auditId, ids)).all(), (r) => r.auditId);
    const rows = page.map((a) => {
      const fixed: Record<(typeof AUDIT_COLUMNS)[number], string> = {
        external_ref: a.externalRef ?? syntheticRef(instance, a.id),
        checklist_id: a.checklistId,
        audit_type: a.auditType,
        channel: a.channel,
        department_code: departmentCodes.get(a.departmentId) ?? "",
        employee: a.employeeId ? (employeeRefs.get(a.employeeId) ?? "") : "",
        auditor_email: a.auditorId ? (emails.get(a.auditorId) ?? "") : "",
        interaction_at: formatVilniusDateTime(a.interactionAt),
        location: a.location ?? "",
        scenario: a.scenario ?? "",
        overall_comment: a.overallComment ?? "",
      };
      const sectionScores = new Map((sections.get(a.id) ?? []).map((s) => [s.sectionKey, s.score]));
      return [
        ...AUDIT_COLUMNS.map((c) => fixed[c]),
        ...itemCells(layout, rowsToRaw(answers.get(a.id) ?? [])),
        a.state,
        score(a.score),
        flag(a.passed),
        flag(a.criticalFailure),
        ...sectionKeys.map((k) => (sectionScores.has(k) ? score(sectionScores.get(k)!) : "")),
      ];
    });
    yield toCsv(rows, { separator, bom: false });
  }
}

/** The whole export as one string (CLI to a file, tests). */
export function exportAuditsText(db: Db, user: SessionUser, filter: AuditExportFilter): string {
  return [...exportAuditsCsv(db, user, filter)].join("");
}
