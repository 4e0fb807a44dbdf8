// Storing answers and scores of one audit. Callers run these inside their transaction.
import { eq } from "drizzle-orm";
import { bound as p, prepared, type Db } from "~/db.server";
import type { Checklist } from "~/domain/checklists/schema";
import { isChoice } from "~/domain/audit-form/fields";
import { OTHER_PHRASE_JUDGEMENTS, scoreAudit, type AuditScore, type OtherPhraseJudgement, type RawAnswer } from "~/domain/scoring";
import { auditAnswers, audits, auditSectionScores } from "../../../db/schema";

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
    if (r.otherPhraseAs !== null) raw.other_phrase_as = r.otherPhraseAs;
    if (r.comment !== null) raw.comment = r.comment;
    return raw;
  });
}

// Every save and submission runs these: prepared once per connection.
const selectAnswers = (db: Db) => db.select().from(auditAnswers).where(eq(auditAnswers.auditId, p("auditId"))).prepare();
const deleteAnswers = (db: Db) => db.delete(auditAnswers).where(eq(auditAnswers.auditId, p("auditId"))).prepare();
const insertAnswer = (db: Db) =>
  db
    .insert(auditAnswers)
    .values({ auditId: p("auditId"), itemKey: p("itemKey"), sectionKey: p("sectionKey"), choice: p("choice"), number: p("number"), phrases: p("phrases"), otherPhrase: p("otherPhrase"), otherPhraseAs: p("otherPhraseAs"), comment: p("comment"), value: p("value") })
    .prepare();
const deleteSectionScores = (db: Db) => db.delete(auditSectionScores).where(eq(auditSectionScores.auditId, p("auditId"))).prepare();
const insertSectionScore = (db: Db) => db.insert(auditSectionScores).values({ auditId: p("auditId"), sectionKey: p("sectionKey"), score: p("score") }).prepare();
const updateAuditScore = (db: Db) =>
  db
    .update(audits)
    .set({ score: p("score"), passed: p("passed"), criticalFailure: p("criticalFailure"), criticalItems: p("criticalItems"), updatedAt: p("now") })
    .where(eq(audits.id, p("auditId")))
    .prepare();

const isJudgement = (v: unknown): v is OtherPhraseJudgement => (OTHER_PHRASE_JUDGEMENTS as readonly unknown[]).includes(v);

const bool = (b: boolean | null) => (b === null ? null : b ? 1 : 0);

export function readAnswers(db: Db, auditId: number): RawAnswer[] {
  return rowsToRaw(prepared(db, selectAnswers).all({ auditId }));
}

/**
 * Replaces the audit's answers. Only what can be stored is kept (a draft may be
 * unfinished, never malformed): unknown items, unknown choices and non-numbers are dropped.
 * `score` gives each answer its resolved value (null in drafts).
 */
export function writeAnswers(db: Db, auditId: number, checklist: Checklist, answers: RawAnswer[], score?: AuditScore) {
  const sections = sectionOf(checklist);
  const values = new Map(score?.items.map((i) => [i.key, i.value]) ?? []);
  prepared(db, deleteAnswers).run({ auditId });
  const insert = prepared(db, insertAnswer);
  for (const a of answers) {
    const sectionKey = sections.get(a.key);
    if (sectionKey === undefined) continue;
    insert.run({
      auditId,
      itemKey: a.key,
      sectionKey,
      choice: isChoice(a.choice) ? a.choice : null,
      number: typeof a.number === "number" && Number.isFinite(a.number) ? a.number : null,
      phrases: Array.isArray(a.phrases) ? JSON.stringify(a.phrases.filter((p) => typeof p === "string")) : null,
      otherPhrase: a.other_phrase?.trim() || null,
      otherPhraseAs: a.other_phrase?.trim() && isJudgement(a.other_phrase_as) ? a.other_phrase_as : null,
      comment: a.comment?.trim() || null,
      value: values.get(a.key) ?? null,
    });
  }
}

/** Scores complete answers (throws InvalidAnswersError) and stores the result on the audit. */
export function writeScore(db: Db, auditId: number, checklist: Checklist, answers: RawAnswer[]): AuditScore {
  const score = scoreAudit(checklist, answers);
  writeAnswers(db, auditId, checklist, answers, score);
  prepared(db, deleteSectionScores).run({ auditId });
  const insert = prepared(db, insertSectionScore);
  for (const s of score.sections) insert.run({ auditId, sectionKey: s.key, score: s.score });
  prepared(db, updateAuditScore).run({
    auditId,
    score: score.score,
    passed: bool(score.passed),
    criticalFailure: bool(score.criticalFailure),
    criticalItems: JSON.stringify(score.criticalItems),
    now: Date.now(),
  });
  return score;
}

/** True when the two answer sets hold the same values. */
export function sameAnswers(a: RawAnswer[], b: RawAnswer[]) {
  const norm = (list: RawAnswer[]) =>
    JSON.stringify(
      [...list]
        .sort((x, y) => x.key.localeCompare(y.key))
        .map((r) => [r.key, r.choice ?? null, r.number ?? null, r.phrases ?? null, r.other_phrase || null, r.other_phrase_as ?? null, r.comment || null]),
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
