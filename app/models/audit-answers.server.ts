// Storing answers and scores of one audit. Callers run these inside their transaction.
import { eq } from "drizzle-orm";
import type { Db } from "~/db.server";
import type { Checklist } from "~/domain/checklists/schema";
import { isChoice } from "~/domain/audit-form/fields";
import { scoreAudit, type AuditScore, type RawAnswer } from "~/domain/scoring";
import { auditAnswers, audits, auditSectionScores } from "../../db/schema";

type AnswerRow = typeof auditAnswers.$inferSelect;

const sectionOf = (checklist: Checklist) =>
  new Map(checklist.sections.flatMap((s) => s.items.map((i) => [i.key, s.key] as const)));

/** Stored rows back to the engine's input. */
export function rowsToRaw(rows: AnswerRow[]): RawAnswer[] {
  return rows.map((r) => {
    const raw: RawAnswer = { key: r.itemKey };
    if (r.choice) raw.choice = r.choice;
    if (r.number !== null) raw.number = r.number;
    if (r.phrases !== null) raw.phrases = r.phrases;
    if (r.otherPhrase !== null) raw.other_phrase = r.otherPhrase;
    if (r.comment !== null) raw.comment = r.comment;
    return raw;
  });
}

export function readAnswers(db: Db, auditId: number): RawAnswer[] {
  return rowsToRaw(db.select().from(auditAnswers).where(eq(auditAnswers.auditId, auditId)).all());
}

/**
 * Replaces the audit's answers. Only what can be stored is kept (a draft may be
 * unfinished, never malformed): unknown items, unknown choices and non-numbers are dropped.
 * `score` gives each answer its resolved value (null in drafts).
 */
export function writeAnswers(db: Db, auditId: number, checklist: Checklist, answers: RawAnswer[], score?: AuditScore) {
  const sections = sectionOf(checklist);
  const values = new Map(score?.items.map((i) => [i.key, i.value]) ?? []);
  db.delete(auditAnswers).where(eq(auditAnswers.auditId, auditId)).run();
  const rows = answers
    .filter((a) => sections.has(a.key))
    .map((a) => ({
      auditId,
      itemKey: a.key,
      sectionKey: sections.get(a.key)!,
      choice: isChoice(a.choice) ? a.choice : null,
      number: typeof a.number === "number" && Number.isFinite(a.number) ? a.number : null,
      phrases: Array.isArray(a.phrases) ? a.phrases.filter((p) => typeof p === "string") : null,
      otherPhrase: a.other_phrase?.trim() || null,
      comment: a.comment?.trim() || null,
      value: values.get(a.key) ?? null,
    }));
  if (rows.length) db.insert(auditAnswers).values(rows).run();
}

/** Scores complete answers (throws InvalidAnswersError) and stores the result on the audit. */
export function writeScore(db: Db, auditId: number, checklist: Checklist, answers: RawAnswer[]): AuditScore {
  const score = scoreAudit(checklist, answers);
  writeAnswers(db, auditId, checklist, answers, score);
  db.delete(auditSectionScores).where(eq(auditSectionScores.auditId, auditId)).run();
  db.insert(auditSectionScores)
    .values(score.sections.map((s) => ({ auditId, sectionKey: s.key, score: s.score })))
    .run();
  db.update(audits)
    .set({
      score: score.score,
      passed: score.passed,
      criticalFailure: score.criticalFailure,
      criticalItems: score.criticalItems,
      updatedAt: Date.now(),
    })
    .where(eq(audits.id, auditId))
    .run();
  return score;
}

/** True when the two answer sets hold the same values. */
export function sameAnswers(a: RawAnswer[], b: RawAnswer[]) {
  const norm = (list: RawAnswer[]) =>
    JSON.stringify(
      [...list]
        .sort((x, y) => x.key.localeCompare(y.key))
        .map((r) => [r.key, r.choice ?? null, r.number ?? null, r.phrases ?? null, r.other_phrase || null, r.comment || null]),
    );
  return norm(a) === norm(b);
}

/** Keys whose answers differ between two sets (for the edit history). */
export function changedKeys(before: RawAnswer[], after: RawAnswer[]) {
  const b = new Map(before.map((r) => [r.key, r]));
  const a = new Map(after.map((r) => [r.key, r]));
  const keys = new Set([...b.keys(), ...a.keys()]);
  return [...keys].filter((k) => {
    const x = b.get(k);
    const y = a.get(k);
    return !x || !y || !sameAnswers([x], [y]);
  });
}
