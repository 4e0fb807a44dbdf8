// The audit store: the one module that writes an audit. Every writer goes through it — the
// fill-in form (draft.server.ts), inspections, review, the CSV import, the data generator —
// and so will re-scoring after a dispute (`rescore`). For each write it normalises the
// answers (answers.server.ts storedAnswer), scores them (domain scoreAudit; invalid answers
// throw InvalidAnswersError before anything of the audit is written), stores answers with
// their values, section scores and the audit's score, records one history entry, and moves
// the audit's aggregate contribution (aggregate-delta.server.ts): taken away before a
// change of a counted audit, added after, summed in memory and written at `flush`.
// Whether an audit counts is countsInAggregates, also what rebuildAggregates selects.
// No access checks here: callers decide who may do what.
import { eq } from "drizzle-orm";
import type { Db } from "~/db.server";
import type { Checklist } from "~/domain/checklists/schema";
import { scoreAudit, type AuditScore, type RawAnswer } from "~/domain/scoring";
import { countsInAggregates, createAggregateDelta, type Contribution } from "./aggregate-delta.server";
import { getAuditRow, type AuditRow } from "./audit.server";
import { checklistForDepartment } from "./checklists.server";
import { recordHistory, type HistoryAction } from "./history.server";
import { writeSuggestionOutcomes, writeSuggestionRows, type Suggestion } from "./suggestion-rows.server";
import {
  insertAuditRow,
  touchRow,
  updateEditedRow,
  updateFinishedRow,
  updateScoreRow,
  writeAnswerRows,
  writeSectionRows,
} from "./store-rows.server";
import { audits, departments, type AuditState } from "../../../db/schema";

/** A finished audit to insert (the import, the generator, tests). */
export type NewAudit = {
  checklistVersionId: string;
  auditType: AuditRow["auditType"];
  channel: AuditRow["channel"];
  departmentId: number;
  employeeId: number | null;
  /** Default: "roster" with an employee, "department_only" without. */
  employeeResolution?: AuditRow["employeeResolution"];
  unknownEmployeeDescription?: string | null;
  auditorId: number | null;
  inspectionId?: number | null;
  interactionAt: number;
  location?: string | null;
  scenario?: string | null;
  overallComment?: string | null;
  externalRef?: string | null;
  clientKey?: string | null;
  answers: RawAnswer[];
  state: "submitted" | "published";
  /** Who made the change recorded in the history (the importer, the generator, the auditor). */
  actorId: number | null;
  historyAction?: HistoryAction;
  submittedAt?: number;
  publishedAt?: number;
  /** created_at/updated_at (default: now): the generator sets them for reproducible data. */
  createdAt?: number;
  /** Time of the history entry (default: now). */
  historyAt?: number;
  /** A calibration audit: stored and scored like any other, never counted in the aggregates. */
  calibration?: boolean;
};

export type HistoryNote = { actorId: number | null; action: HistoryAction; comment?: string | null; details?: unknown };

/** The columns a change may set (not the answers, not the score: the store derives those). */
export type AuditFields = Partial<
  Omit<AuditRow, "id" | "score" | "passed" | "criticalFailure" | "criticalItems" | "createdAt" | "updatedAt">
>;

export type AuditStore = ReturnType<typeof openAuditStore>;

/** The share of an audit with the given dimensions and score. */
const contribution = (
  a: Omit<Contribution, "score" | "criticalFailure" | "passed" | "values">,
  score: AuditScore,
  values: Contribution["values"],
): Contribution => ({
  interactionAt: a.interactionAt,
  departmentId: a.departmentId,
  employeeId: a.employeeId,
  channel: a.channel,
  checklistId: a.checklistId,
  checklistVersionId: a.checklistVersionId, // the stage sums (programme view) need the version's stages
  auditType: a.auditType,
  score: score.score,
  criticalFailure: score.criticalFailure,
  passed: score.passed,
  values,
});

/**
 * A store on `db` (a connection or transaction). Its writes go straight to the database;
 * the aggregates only at `flush()`, which the caller runs before its transaction commits
 * (withAuditStore does both).
 */
export function openAuditStore(db: Db) {
  const delta = createAggregateDelta(db);

  /** Scores complete answers and writes answers, section scores and the audit's score. */
  function writeScored(auditId: number, checklist: Checklist, answers: RawAnswer[], score: AuditScore, now: number) {
    const values = writeAnswerRows(db, auditId, checklist, answers, score, false);
    writeSectionRows(db, auditId, score, false);
    updateScoreRow(db, auditId, score, now);
    return values;
  }

  return {
    /** Inserts a finished (submitted or published) audit; returns its id. */
    insert(input: NewAudit): number {
      const checklist = checklistForDepartment(db, input.checklistVersionId, input.departmentId);
      const score = scoreAudit(checklist, input.answers);
      const now = Date.now();
      const row = {
        checklistId: checklist.id,
        checklistVersionId: input.checklistVersionId,
        auditType: input.auditType,
        channel: input.channel,
        departmentId: input.departmentId,
        employeeId: input.employeeId,
        employeeResolution: input.employeeResolution ?? (input.employeeId ? "roster" : "department_only"),
        unknownEmployeeDescription: input.unknownEmployeeDescription ?? null,
        auditorId: input.auditorId,
        inspectionId: input.inspectionId ?? null,
        state: input.state,
        interactionAt: input.interactionAt,
        location: input.location ?? null,
        scenario: input.scenario ?? null,
        overallComment: input.overallComment ?? null,
        externalRef: input.externalRef ?? null,
        clientKey: input.clientKey ?? null,
        createdAt: input.createdAt ?? now,
        submittedAt: input.submittedAt ?? now,
        publishedAt: input.state === "published" ? (input.publishedAt ?? now) : null,
        calibration: input.calibration ?? false,
      };
      const id = insertAuditRow(db, row, score);
      const values = writeAnswerRows(db, id, checklist, input.answers, score, true);
      writeSectionRows(db, id, score, true);
      recordHistory(db, {
        auditId: id,
        actorId: input.actorId,
        action: input.historyAction ?? "created",
        toState: input.state,
        at: input.historyAt ?? now,
      });
      if (countsInAggregates(row)) delta.add(contribution(row, score, values), 1);
      return id;
    },

    /** Inserts a draft (no answers yet) with its "created" history entry. */
    insertDraft(values: Omit<typeof audits.$inferInsert, "orgId"> & { state: "draft" }, actorId: number): AuditRow {
      // The audit belongs to its department's organisation.
      const orgId = db.select({ orgId: departments.orgId }).from(departments).where(eq(departments.id, values.departmentId)).get()!.orgId;
      const audit = db
        .insert(audits)
        .values({ ...values, orgId })
        .returning()
        .get();
      recordHistory(db, { auditId: audit.id, actorId, action: "created", toState: "draft" });
      return audit;
    },

    /** Replaces a draft's answers as they are (a draft may be unfinished): stored, not scored. Call `edited` after. */
    saveDraft(auditId: number, checklist: Checklist, answers: RawAnswer[]) {
      writeAnswerRows(db, auditId, checklist, answers, null, false);
    },

    /**
     * Ends an edit of a draft: its revision goes up by one (what the field sync compares
     * instead of clocks), with the overall comment when given.
     */
    edited(auditId: number, overallComment?: string | null) {
      updateEditedRow(db, auditId, Date.now(), overallComment);
    },

    /**
     * The automatic checker's suggestions for a draft, and the answers they fill in (items the
     * auditor had not answered): stored as they are, not scored, like saveDraft.
     */
    saveSuggestions(auditId: number, checklist: Checklist, suggestions: Suggestion[], answers: RawAnswer[]) {
      const now = Date.now();
      writeSuggestionRows(db, auditId, checklist.id, suggestions, now);
      writeAnswerRows(db, auditId, checklist, answers, null, false);
      // A new revision: a browser's copy of the form based on the older one is merged with these answers.
      touchRow(db, auditId, now);
    },

    /** Moves an audit with complete answers (a draft, returned or submitted one) to submitted or published. */
    finish(
      audit: AuditRow,
      answers: RawAnswer[],
      to: "submitted" | "published",
      actorId: number | null,
      comment?: string | null,
      submitKey: string | null = null,
    ) {
      const checklist = checklistForDepartment(db, audit.checklistVersionId, audit.departmentId);
      const score = scoreAudit(checklist, answers);
      if (countsInAggregates(audit)) delta.addStored(db, audit.id, -1);
      const now = Date.now();
      const values = writeScored(audit.id, checklist, answers, score, now);
      // Publishing a submitted audit keeps its submission time; a draft finished directly (an
      // inspection's) is submitted now.
      const submittedAt = audit.state === "submitted" && audit.submittedAt !== null ? audit.submittedAt : now;
      updateFinishedRow(db, audit.id, to, now, submittedAt, submitKey);
      // The auditor's submit decides each automatic suggestion: agreed or overridden.
      if (audit.state === "draft" || audit.state === "returned") writeSuggestionOutcomes(db, audit.id, checklist, answers);
      recordHistory(db, { auditId: audit.id, actorId, action: to, fromState: audit.state, toState: to, comment, at: now });
      if (countsInAggregates({ ...audit, state: to })) delta.add(contribution(audit, score, values), 1);
    },

    /**
     * Changes a finished audit's answers (and optionally its columns) and scores it again:
     * a re-imported row, re-scoring after an accepted dispute. A counted audit leaves the
     * aggregates with its old contribution and comes back with the new one.
     */
    rescore(audit: AuditRow, change: { answers: RawAnswer[]; fields?: AuditFields; history: HistoryNote }) {
      const after = { ...audit, ...change.fields };
      const checklist = checklistForDepartment(db, after.checklistVersionId, after.departmentId);
      const score = scoreAudit(checklist, change.answers);
      if (countsInAggregates(audit)) delta.addStored(db, audit.id, -1);
      const now = Date.now();
      if (change.fields)
        db.update(audits)
          .set({ ...change.fields, updatedAt: now })
          .where(eq(audits.id, audit.id))
          .run();
      const values = writeScored(audit.id, checklist, change.answers, score, now);
      recordHistory(db, { ...change.history, auditId: audit.id, fromState: audit.state, toState: after.state, at: now });
      if (countsInAggregates(after)) delta.add(contribution(after, score, values), 1);
    },

    /** Changes columns of an audit but not its answers (return, reject, resolving the employee). */
    change(audit: AuditRow, fields: AuditFields, history: HistoryNote & { fromState?: AuditState; toState?: AuditState }) {
      delta.addStored(db, audit.id, -1);
      db.update(audits)
        .set({ ...fields, updatedAt: Date.now() })
        .where(eq(audits.id, audit.id))
        .run();
      recordHistory(db, { ...history, auditId: audit.id });
      delta.addStored(db, audit.id, 1);
    },

    /**
     * Deletes a draft (never submitted, so never counted): its answers, suggestions and
     * history go with it (foreign keys cascade).
     */
    deleteDraft(audit: AuditRow) {
      if (audit.state !== "draft" || countsInAggregates(audit)) throw new Error(`audit ${audit.id} is not a draft`);
      db.delete(audits).where(eq(audits.id, audit.id)).run();
    },

    /** Writes the aggregate changes gathered since the last flush. Call before COMMIT. */
    flush() {
      delta.flush(db);
    },
  };
}

/** Runs `fn` with a store in one transaction (a savepoint inside the caller's) and flushes it before commit. */
export function withAuditStore<T>(db: Db, fn: (store: AuditStore, tx: Db) => T): T {
  return db.transaction((tx) => {
    const store = openAuditStore(tx);
    const result = fn(store, tx);
    store.flush();
    return result;
  });
}

/** Inserts one finished audit (see AuditStore.insert) in its own transaction. */
export function insertCompletedAudit(db: Db, input: NewAudit): AuditRow {
  return withAuditStore(db, (store, tx) => getAuditRow(tx, store.insert(input))!);
}

/**
 * Inserts many finished audits in transactions of `batchSize`, each committed with its
 * aggregates. Inside an open transaction it writes into that one instead, and the caller commits.
 */
export function bulkInsertAudits(
  db: Db,
  inputs: Iterable<NewAudit>,
  options: { batchSize?: number; onBatch?: (written: number) => void } = {},
): { written: number; firstId: number | null; lastId: number | null } {
  const client = db.$client;
  const batchSize = options.batchSize ?? 5000;
  const store = openAuditStore(db);
  const own = !client.inTransaction;
  let written = 0;
  let firstId: number | null = null;
  let lastId: number | null = null;
  let inBatch = 0;
  const commit = () => {
    store.flush();
    if (own) client.exec("COMMIT");
    inBatch = 0;
    options.onBatch?.(written);
  };
  try {
    for (const input of inputs) {
      if (own && inBatch === 0) client.exec("BEGIN IMMEDIATE");
      lastId = store.insert(input);
      firstId ??= lastId;
      written++;
      if (++inBatch >= batchSize) commit();
    }
    if (inBatch > 0) commit();
  } catch (error) {
    if (own && client.inTransaction) client.exec("ROLLBACK");
    throw error;
  }
  return { written, firstId, lastId };
}
