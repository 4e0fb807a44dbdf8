// The stored form of answers, both ways (storedAnswer, rowsToRaw), and comparing answer
// sets. Only the audit store (store.server.ts) writes answers.
import { eq } from "drizzle-orm";
import { bound, prepared, type Db } from "~/db.server";
import { isChoice } from "~/domain/audit-form/fields";
import { OTHER_PHRASE_JUDGEMENTS, type OtherPhraseJudgement, type RawAnswer } from "~/domain/scoring";
import { auditAnswers } from "../../../db/schema";

type AnswerRow = typeof auditAnswers.$inferSelect;

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

// Every form save and submission reads them: prepared once per connection.
const selectAnswers = (db: Db) =>
  db
    .select()
    .from(auditAnswers)
    .where(eq(auditAnswers.auditId, bound("auditId")))
    .prepare();

const isJudgement = (v: unknown): v is OtherPhraseJudgement => (OTHER_PHRASE_JUDGEMENTS as readonly unknown[]).includes(v);

export function readAnswers(db: Db, auditId: number): RawAnswer[] {
  return rowsToRaw(prepared(db, selectAnswers).all({ auditId }));
}

/**
 * The stored form of one answer (choice, number, phrases, other_phrase, comment columns):
 * the inverse of rowsToRaw, and the only place that decides it. Only what can be stored is
 * kept (a draft may be unfinished, never malformed): unknown choices, non-numbers and
 * non-text phrases are dropped; empty texts are absent.
 */
export function storedAnswer(
  a: RawAnswer,
): [
  choice: string | null,
  number: number | null,
  phrases: string | null,
  otherPhrase: string | null,
  otherPhraseAs: string | null,
  comment: string | null,
] {
  const otherPhrase = a.other_phrase?.trim() || null;
  return [
    isChoice(a.choice) ? a.choice : null,
    typeof a.number === "number" && Number.isFinite(a.number) ? a.number : null,
    Array.isArray(a.phrases) ? JSON.stringify(a.phrases.filter((p) => typeof p === "string")) : null,
    otherPhrase,
    // The judgement of another phrase is kept only with the phrase it judges.
    otherPhrase && isJudgement(a.other_phrase_as) ? a.other_phrase_as : null,
    a.comment?.trim() || null,
  ];
}

/** True when the two answer sets hold the same values. */
export function sameAnswers(a: RawAnswer[], b: RawAnswer[]) {
  const norm = (list: RawAnswer[]) =>
    JSON.stringify(
      [...list]
        .sort((x, y) => x.key.localeCompare(y.key))
        .map((r) => [
          r.key,
          r.choice ?? null,
          r.number ?? null,
          r.phrases ?? null,
          r.other_phrase || null,
          r.other_phrase_as ?? null,
          r.comment || null,
        ]),
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
