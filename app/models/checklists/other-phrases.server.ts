// Phrases auditors heard that are not on a checklist's lists ("other phrases"), counted per item
// so that the quality office can extend the lists in a new version. Only audits the user may see,
// and only finished ones: a draft may still change, a rejected audit was not accepted.
import { and, count, desc, eq, isNotNull, notInArray } from "drizzle-orm";
import type { Db } from "~/db.server";
import { normalizePhrase } from "~/domain/checklists/phrases";
import type { OtherPhraseJudgement } from "~/domain/scoring";
import type { SessionUser } from "~/lib/auth.server";
import { visibleAudits } from "~/models/audits/access.server";
import { auditAnswers, audits } from "../../../db/schema";

export type OtherPhraseCount = { text: string; judged: OtherPhraseJudgement | null; count: number };

/** Per item key, the other phrases heard, most frequent first (spelling variants of case and punctuation merged). */
export function otherPhrasesHeard(db: Db, user: SessionUser, checklistId: string, perItem = 10): Record<string, OtherPhraseCount[]> {
  const rows = db
    .select({ itemKey: auditAnswers.itemKey, text: auditAnswers.otherPhrase, judged: auditAnswers.otherPhraseAs, n: count() })
    .from(auditAnswers)
    .innerJoin(audits, eq(audits.id, auditAnswers.auditId))
    .where(and(eq(audits.checklistId, checklistId), isNotNull(auditAnswers.otherPhrase), notInArray(audits.state, ["draft", "rejected"]), visibleAudits(user)))
    .groupBy(auditAnswers.itemKey, auditAnswers.otherPhrase, auditAnswers.otherPhraseAs)
    .orderBy(desc(count()))
    .all();
  const byItem = new Map<string, Map<string, OtherPhraseCount>>();
  for (const row of rows) {
    const phrases = byItem.get(row.itemKey) ?? new Map<string, OtherPhraseCount>();
    byItem.set(row.itemKey, phrases);
    // The most frequent spelling names the group (rows come most frequent first).
    const id = `${normalizePhrase(row.text!)}|${row.judged ?? ""}`;
    const seen = phrases.get(id);
    if (seen) seen.count += row.n;
    else phrases.set(id, { text: row.text!, judged: row.judged, count: row.n });
  }
  return Object.fromEntries(
    [...byItem].map(([key, phrases]) => [key, [...phrases.values()].sort((a, b) => b.count - a.count || a.text.localeCompare(b.text, "lt")).slice(0, perItem)]),
  );
}
