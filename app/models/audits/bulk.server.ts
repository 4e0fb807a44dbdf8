// The bulk path for finished audits (data generator; CSV import may share it). It writes
// exactly what insertCompletedAudit writes — the audit with its score, answers with their
// resolved values, section scores, one history entry, and the aggregates of published
// audits — but with prepared statements and the aggregates summed in memory and upserted
// once per flush with the same upserts as applyAuditToAggregates(+1). That is an order
// of magnitude faster than the per-audit drizzle path (see docs/benchmark.md).
//
// No access checks: callers decide who may do what. Answers are validated and scored by the
// scoring engine; invalid ones throw InvalidAnswersError before anything of that audit is
// written (the caller's transaction decides what happens to earlier ones).
import type { Statement } from "better-sqlite3";
import type { Db } from "~/db.server";
import type { Checklist } from "~/domain/checklists/schema";
import { isChoice } from "~/domain/audit-form/fields";
import { scoreAudit } from "~/domain/scoring";
import { vilniusMonth } from "~/lib/month";
import { UPSERT_AGG_ITEMS, UPSERT_AGG_SCORES } from "./aggregates.server";
import { getChecklistVersion } from "./checklists.server";
import type { CompletedAuditInput } from "./audit.server";

export type BulkAuditInput = CompletedAuditInput & {
  /** created_at/updated_at (default: now): the generator sets them for reproducible data. */
  createdAt?: number;
  /** Time of the history entry (default: now). */
  historyAt?: number;
};

type ScoreDelta = { audits: number; scored: number; sumScore: number; sumSqScore: number; criticalFailures: number; passes: number };
type ItemDelta = { applicable: number; yes: number; partial: number; no: number; na: number };

const SQL = {
  audit: `INSERT INTO audits (checklist_id, checklist_version_id, audit_type, channel, department_id, employee_id,
    employee_resolution, unknown_employee_description, auditor_id, inspection_id, state, interaction_at, location,
    scenario, overall_comment, external_ref, client_key, score, passed, critical_failure, critical_items,
    created_at, updated_at, submitted_at, published_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  answer: `INSERT INTO audit_answers (audit_id, item_key, section_key, choice, number, phrases, other_phrase, other_phrase_as, comment, value)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  section: `INSERT INTO audit_section_scores (audit_id, section_key, score) VALUES (?, ?, ?)`,
  history: `INSERT INTO audit_history (audit_id, at, actor_id, action, from_state, to_state, comment, details)
    VALUES (?, ?, ?, ?, NULL, ?, NULL, NULL)`,
  scores: UPSERT_AGG_SCORES,
  items: UPSERT_AGG_ITEMS,
};

const SEP = "\u0001";
const bool = (b: boolean | null) => (b === null ? null : b ? 1 : 0);

/** Vilnius months change only on whole hours (UTC offsets are whole hours): cache per hour. */
function monthCache() {
  const cache = new Map<number, string>();
  return (ms: number) => {
    const hour = Math.floor(ms / 3_600_000);
    let month = cache.get(hour);
    if (month === undefined) cache.set(hour, (month = vilniusMonth(ms)));
    return month;
  };
}

export type AuditBulkWriter = {
  /** Writes one audit (inside the caller's transaction); returns its id. */
  add(input: BulkAuditInput): number;
  /** Upserts the aggregates summed since the last flush. Call before COMMIT. */
  flushAggregates(): void;
};

export function createAuditBulkWriter(db: Db): AuditBulkWriter {
  const client = db.$client;
  const st = Object.fromEntries(Object.entries(SQL).map(([k, q]) => [k, client.prepare(q)])) as Record<keyof typeof SQL, Statement>;
  const checklists = new Map<string, { checklist: Checklist; sectionOf: Map<string, string> }>();
  const monthOf = monthCache();
  const scoreDeltas = new Map<string, ScoreDelta>();
  const itemDeltas = new Map<string, Map<string, ItemDelta>>();

  function checklistOf(versionId: string) {
    let entry = checklists.get(versionId);
    if (!entry) {
      const checklist = getChecklistVersion(db, versionId);
      const sectionOf = new Map(checklist.sections.flatMap((s) => s.items.map((i) => [i.key, s.key] as const)));
      checklists.set(versionId, (entry = { checklist, sectionOf }));
    }
    return entry;
  }

  function add(input: BulkAuditInput): number {
    const { checklist, sectionOf } = checklistOf(input.checklistVersionId);
    const score = scoreAudit(checklist, input.answers);
    const now = Date.now();
    const createdAt = input.createdAt ?? now;
    const submittedAt = input.submittedAt ?? now;
    const publishedAt = input.state === "published" ? (input.publishedAt ?? now) : null;
    const id = Number(
      st.audit.run(
        checklist.id, input.checklistVersionId, input.auditType, input.channel, input.departmentId, input.employeeId,
        input.employeeResolution ?? (input.employeeId ? "roster" : "department_only"), input.unknownEmployeeDescription ?? null,
        input.auditorId, input.inspectionId ?? null, input.state, input.interactionAt, input.location ?? null,
        input.scenario ?? null, input.overallComment ?? null, input.externalRef ?? null, input.clientKey ?? null,
        score.score, bool(score.passed), bool(score.criticalFailure), JSON.stringify(score.criticalItems),
        createdAt, createdAt, submittedAt, publishedAt,
      ).lastInsertRowid,
    );
    const values = new Map(score.items.map((i) => [i.key, i.value]));
    for (const a of input.answers) {
      const section = sectionOf.get(a.key);
      if (section === undefined) continue;
      st.answer.run(
        id, a.key, section, isChoice(a.choice) ? a.choice : null,
        typeof a.number === "number" && Number.isFinite(a.number) ? a.number : null,
        Array.isArray(a.phrases) ? JSON.stringify(a.phrases.filter((p) => typeof p === "string")) : null,
        a.other_phrase?.trim() || null, (a.other_phrase?.trim() && a.other_phrase_as) || null,
        a.comment?.trim() || null, values.get(a.key) ?? null,
      );
    }
    for (const s of score.sections) st.section.run(id, s.key, s.score);
    st.history.run(id, input.historyAt ?? now, input.actorId, input.historyAction ?? "created", input.state);
    if (input.state === "published") {
      const month = monthOf(input.interactionAt);
      const dims = [month, input.departmentId, input.employeeId ?? 0, input.channel, checklist.id, input.auditType].join(SEP);
      const d = scoreDeltas.get(dims) ?? { audits: 0, scored: 0, sumScore: 0, sumSqScore: 0, criticalFailures: 0, passes: 0 };
      const s = score.score ?? 0;
      d.audits += 1;
      d.scored += score.score === null ? 0 : 1;
      d.sumScore += s;
      d.sumSqScore += s * s;
      d.criticalFailures += score.criticalFailure ? 1 : 0;
      d.passes += score.passed ? 1 : 0;
      scoreDeltas.set(dims, d);
      // Keyed by the audit's dimensions, then by item key: no string built per answer.
      const dimsOfItems = [month, input.departmentId, input.channel, checklist.id, input.auditType].join(SEP);
      let items = itemDeltas.get(dimsOfItems);
      if (!items) itemDeltas.set(dimsOfItems, (items = new Map()));
      for (const a of input.answers) {
        if (!sectionOf.has(a.key)) continue;
        const v = values.get(a.key) ?? null;
        let i = items.get(a.key);
        if (!i) items.set(a.key, (i = { applicable: 0, yes: 0, partial: 0, no: 0, na: 0 }));
        if (v === null) i.na += 1;
        else {
          i.applicable += 1;
          if (v === 1) i.yes += 1;
          else if (v === 0.5) i.partial += 1;
          else i.no += 1;
        }
      }
    }
    return id;
  }

  function flushAggregates() {
    for (const [dims, d] of scoreDeltas) {
      const [month, dept, emp, channel, checklistId, type] = dims.split(SEP);
      st.scores.run(month, Number(dept), Number(emp), channel, checklistId, type, d.audits, d.scored, d.sumScore, d.sumSqScore, d.criticalFailures, d.passes);
    }
    for (const [dims, items] of itemDeltas) {
      const [month, dept, channel, checklistId, type] = dims.split(SEP);
      for (const [itemKey, i] of items)
        st.items.run(month, Number(dept), channel, checklistId, type, itemKey, i.applicable, i.yes, i.partial, i.no, i.na);
    }
    scoreDeltas.clear();
    itemDeltas.clear();
  }

  return { add, flushAggregates };
}

/**
 * Writes many audits in transactions of `batchSize` (each committed with its aggregates).
 * Inside an open transaction it writes into that one instead, and the caller commits.
 */
export function bulkInsertAudits(
  db: Db,
  inputs: Iterable<BulkAuditInput>,
  options: { batchSize?: number; onBatch?: (written: number) => void } = {},
): { written: number; firstId: number | null; lastId: number | null } {
  const client = db.$client;
  const batchSize = options.batchSize ?? 5000;
  const writer = createAuditBulkWriter(db);
  const own = !client.inTransaction;
  let written = 0;
  let firstId: number | null = null;
  let lastId: number | null = null;
  let inBatch = 0;
  const commit = () => {
    writer.flushAggregates();
    if (own) client.exec("COMMIT");
    inBatch = 0;
    options.onBatch?.(written);
  };
  try {
    for (const input of inputs) {
      if (own && inBatch === 0) client.exec("BEGIN IMMEDIATE");
      lastId = writer.add(input);
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
