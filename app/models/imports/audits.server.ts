// Audit import: the same pass over the file checks it (dry run) or writes it. Writing runs
// in ONE transaction on a connection the caller gives us for this alone; any problem rolls
// everything back. Rows are keyed by external reference: a known reference with the same
// content is left alone, a changed one updates its audit (history + aggregates −1/+1).
// Every audit is written by the audit store (app/models/audits/store.server.ts).
import type { Db } from "~/db.server";
import { parseAuditRow, type ParsedAudit } from "~/domain/csv/audit-row";
import { mapAuditHeader, type AuditHeader } from "~/domain/csv/headers";
import { problem, ProblemList } from "~/domain/csv/problems";
import { emptyReport, type ImportReport } from "~/domain/csv/report";
import { changedKeys, rowsToRaw, sameAnswers } from "../audits/answers.server";
import { openAuditStore, type AuditStore } from "../audits/store.server";
import { loadAuditContext, type AuditContext, type ExistingAudit } from "./audit-context.server";
import { readCsvFile } from "./read.server";
import { eq } from "drizzle-orm";
import { users } from "../../../db/schema";
import { applyBulkWriteSettings, withFileTransaction } from "./transaction.server";

export type AuditImportOptions = {
  /** The organisation the file is imported into: rows refer to its departments, staff and checklists only. */
  orgId: number;
  publish: boolean;
  /** The admin (or CLI operator) recorded in the audits' history; null from the CLI without a user. */
  actorId: number | null;
  onProgress?: (done: number, total: number) => void;
};

type Plan = "create" | "update" | "unchanged";

/** Fields compared to decide whether a known audit changed (times to the second, as written). */
function changedFields(existing: ExistingAudit, row: ParsedAudit): string[] {
  const pairs: [string, unknown, unknown][] = [
    ["checklist_id", existing.checklistId, row.checklistId],
    ["audit_type", existing.auditType, row.auditType],
    ["channel", existing.channel, row.channel],
    ["department_code", existing.departmentId, row.departmentId],
    ["employee", existing.employeeId, row.employeeId],
    ["auditor_email", existing.auditorId, row.auditorId],
    ["interaction_at", Math.floor(existing.interactionAt / 1000), Math.floor(row.interactionAt / 1000)],
    ["location", existing.location, row.location],
    ["scenario", existing.scenario, row.scenario],
    ["overall_comment", existing.overallComment, row.overallComment],
  ];
  return pairs.filter(([, a, b]) => (a ?? null) !== (b ?? null)).map(([name]) => name);
}

function classify(ctx: AuditContext, row: ParsedAudit, publish: boolean): { plan: Plan; existing?: ExistingAudit } {
  const existing = ctx.existing(row.externalRef);
  if (!existing) return { plan: "create" };
  const same =
    changedFields(existing, row).length === 0 &&
    sameAnswers(rowsToRaw(ctx.answerRows(existing.id)), row.answers) &&
    !(publish && existing.state === "submitted");
  return { plan: same ? "unchanged" : "update", existing };
}

function updateAudit(store: AuditStore, ctx: AuditContext, existing: ExistingAudit, row: ParsedAudit, opts: AuditImportOptions) {
  const before = rowsToRaw(ctx.answerRows(existing.id));
  const state = opts.publish && existing.state === "submitted" ? "published" : existing.state;
  store.rescore(existing, {
    answers: row.answers,
    fields: {
      checklistId: row.checklistId,
      checklistVersionId: row.versionId,
      auditType: row.auditType,
      channel: row.channel,
      departmentId: row.departmentId,
      employeeId: row.employeeId,
      employeeResolution: row.employeeId ? "roster" : existing.employeeResolution === "unknown" ? "unknown" : "department_only",
      auditorId: row.auditorId,
      interactionAt: row.interactionAt,
      location: row.location,
      scenario: row.scenario,
      overallComment: row.overallComment,
      state,
      publishedAt: state === "published" ? (existing.publishedAt ?? Date.now()) : existing.publishedAt,
    },
    history: {
      actorId: opts.actorId,
      action: "imported",
      details: { externalRef: row.externalRef, fields: changedFields(existing, row), answers: changedKeys(before, row.answers) },
    },
  });
}

function createAudit(store: AuditStore, row: ParsedAudit, opts: AuditImportOptions) {
  store.insert({
    checklistVersionId: row.versionId,
    auditType: row.auditType,
    channel: row.channel,
    departmentId: row.departmentId,
    employeeId: row.employeeId,
    auditorId: row.auditorId,
    interactionAt: row.interactionAt,
    location: row.location,
    scenario: row.scenario,
    overallComment: row.overallComment,
    externalRef: row.externalRef,
    answers: row.answers,
    state: opts.publish ? "published" : "submitted",
    actorId: opts.actorId,
    historyAction: "imported",
  });
}

class StopImport extends Error {}

/**
 * One pass over the file. `write` null: check only. Otherwise each valid row is written as
 * it is read; the first problem stops the pass (the caller's transaction rolls back).
 */
async function passOverFile(db: Db, path: string, opts: AuditImportOptions, write: boolean): Promise<ImportReport> {
  const report = emptyReport("audits", !write);
  report.publish = opts.publish;
  const problems = new ProblemList();
  const ctx = loadAuditContext(db, opts.orgId);
  const seenRefs = new Map<string, number>();
  // One store for the whole file: the aggregates are summed in memory and written once
  // before the transaction commits.
  const store = write ? openAuditStore(db) : null;
  let header: AuditHeader | null = null;
  let width = 0;

  const fail = (...list: Parameters<ProblemList["add"]>) => {
    problems.add(...list);
    if (write) throw new StopImport();
  };

  try {
    const { info, problems: parseProblems } = await readCsvFile(
      path,
      (cells, line) => {
        if (!header) {
          const mapped = mapAuditHeader(cells, ctx.itemKeys);
          header = mapped.header;
          width = cells.length;
          if (mapped.problems.length) fail(...mapped.problems);
          if (mapped.problems.some((p) => p.code === "missing_column")) throw new StopImport();
          return;
        }
        report.rows += 1;
        if (cells.slice(width).some((c) => c.trim() !== "")) return fail(problem(line, null, "too_many_cells"));
        const result = parseAuditRow(cells, line, header, ctx);
        if (!result.ok) return fail(...result.problems);
        const row = result.audit;
        const ref = row.externalRef;
        const earlier = seenRefs.get(ref);
        if (earlier !== undefined)
          return fail(problem(line, header.names[header.fixed.external_ref!], "duplicate_ref", { value: ref, other: earlier }));
        seenRefs.set(ref, line);
        if (ctx.isDanglingSyntheticRef(ref))
          return fail(problem(line, header.names[header.fixed.external_ref!], "unknown_audit_ref", { value: ref }));
        const { plan, existing } = classify(ctx, row, opts.publish);
        report[plan] += 1;
        if (!write || plan === "unchanged") return;
        if (plan === "create") createAudit(store!, row, opts);
        else updateAudit(store!, ctx, existing!, row, opts);
      },
      opts.onProgress,
    );
    store?.flush();
    report.encoding = info.encoding;
    report.separator = info.separator;
    if (parseProblems.length) fail(...parseProblems);
    if (!header) fail(problem(1, null, "empty_file"));
  } catch (error) {
    if (!(error instanceof StopImport)) throw error;
  }
  report.problems = problems.items;
  report.problemTotal = problems.total;
  return report;
}

/** Dry run: what the import would do and every problem (up to the list's limit). */
export function checkAuditFile(db: Db, path: string, opts: AuditImportOptions): Promise<ImportReport> {
  return passOverFile(db, path, opts, false);
}

/**
 * Writes the file in one transaction on `db`, which must be a connection used by nothing
 * else meanwhile (the pass awaits file reads while the transaction is open). A problem —
 * the file or the database may have changed since the check — rolls everything back.
 */
export async function importAuditFile(db: Db, path: string, opts: AuditImportOptions): Promise<ImportReport> {
  let report: ImportReport | null = null;
  const restore = applyBulkWriteSettings(db);
  try {
    await withFileTransaction(db, async () => {
      // Foreign keys are off while writing: the actor is the one id not read in this transaction.
      if (opts.actorId !== null && !db.select({ id: users.id }).from(users).where(eq(users.id, opts.actorId)).get())
        throw new Error(`user ${opts.actorId} does not exist`);
      report = await passOverFile(db, path, opts, true);
      return report.problemTotal === 0;
    });
  } finally {
    restore();
  }
  const done = report! as ImportReport;
  if (done.problemTotal) return { ...done, create: 0, update: 0, unchanged: 0 };
  return done;
}
