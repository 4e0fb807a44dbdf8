// The automatic checker on a shopper's own draft: the attached reply (.eml files or pasted
// text) of an e-mail audit, or the pasted transcript of a phone or in-person one. The
// suggestions are stored with their evidence and fill in the items the shopper has not
// answered yet, in one transaction through the audit store. Who may: the audit's own
// auditor while it is a draft or returned (as the form).
import { and, count, eq, isNotNull, sql } from "drizzle-orm";
import type { Db } from "~/db.server";
import { checklistName } from "~/domain/checklists/name";
import { loadAutocheckConfig } from "~/domain/autocheck/config.server";
import { checkEmails, type EmailInput } from "~/domain/autocheck/email";
import { NotAnEmailError, looksLikeEmail, parseEmail, type ParsedEmail } from "~/domain/autocheck/mime";
import { stripQuoted } from "~/domain/autocheck/quote";
import type { ItemResult } from "~/domain/autocheck/result";
import { loadSpeller } from "~/domain/autocheck/speller.server";
import { checkTranscript, type PhraseReport } from "~/domain/autocheck/transcript-check";
import { parseTranscript } from "~/domain/autocheck/transcript";
import type { Checklist, ChecklistItem } from "~/domain/checklists/schema";
import { checklistItems, type RawAnswer } from "~/domain/scoring";
import { answerShapeErrors } from "~/domain/scoring/resolve";
import type { SessionUser } from "~/lib/auth.server";
import { visibleAudits } from "./access.server";
import { readAnswers } from "./answers.server";
import { getChecklistVersion } from "./checklists.server";
import { getEditableAuditRow } from "./draft.server";
import { AuditActionError, auditNotFound } from "./errors.server";
import { recordHistory } from "./history.server";
import { withAuditStore } from "./store.server";
import type { Suggestion } from "./suggestion-rows.server";
import { audits, autocheckSuggestions, checklists } from "../../../db/schema";

export { readSuggestions, type Suggestion } from "./suggestion-rows.server";

export type AutocheckInput =
  { kind: "email"; files: { name: string; bytes: Uint8Array }[]; text: string } | { kind: "transcript"; text: string };

export type AutocheckResult =
  | { ok: true; suggested: number; filled: number }
  | { ok: false; reason: "not_an_email" | "nothing_to_check" | "no_employee_words" | "is_an_email"; file?: string };

/** E-mail checks that need the message's headers (subject, Date): not answered from pasted text. */
const HEADER_CHECKS = new Set(["reply_hours", "acknowledgement", "vacation_notice", "subject"]);

/** What the checker suggests for the input: item results and, for transcripts, the phrases found. */
async function check(
  checklist: Checklist,
  input: AutocheckInput,
  sent: Date,
): Promise<{ ok: true; items: Record<string, ItemResult>; phrases: PhraseReport[] } | Extract<AutocheckResult, { ok: false }>> {
  const text = input.text.trim();
  if (!text && (input.kind === "transcript" || !input.files.length)) return { ok: false, reason: "nothing_to_check" };
  const options = { speller: await loadSpeller(), config: loadAutocheckConfig() };
  if (input.kind === "transcript") {
    if (!text) return { ok: false, reason: "nothing_to_check" };
    if (looksLikeEmail(text)) return { ok: false, reason: "is_an_email" };
    if (!parseTranscript(text).some((t) => t.speaker === "employee")) return { ok: false, reason: "no_employee_words" };
    const result = checkTranscript(text, checklist, options);
    return { ok: true, items: result.items, phrases: result.phrases };
  }
  const inputs: EmailInput[] = [];
  for (const file of input.files) {
    try {
      inputs.push({ name: file.name, email: await parseEmail(file.bytes) });
    } catch (error) {
      if (error instanceof NotAnEmailError) return { ok: false, reason: "not_an_email", file: file.name };
      throw error;
    }
  }
  if (inputs.length) {
    const result = checkEmails(inputs, checklist, { ...options, sent });
    return { ok: true, items: result.items, phrases: [] };
  }
  if (!text) return { ok: false, reason: "nothing_to_check" };
  // Pasted text: the body only, without the headers a subject or reply time would need.
  const email: ParsedEmail = { subject: null, date: null, from: null, headers: new Map(), fullText: text, ownText: stripQuoted(text) };
  const result = checkEmails([{ name: "text", email }], checklist, { ...options, sent: null });
  const items: Record<string, ItemResult> = {};
  for (const [key, r] of Object.entries(result.items)) {
    const check = options.config.items[key]?.check;
    items[key] = check && HEADER_CHECKS.has(check) ? { answer: null, evidence: [] } : r;
  }
  return { ok: true, items, phrases: [] };
}

const answered = (a: RawAnswer | undefined) =>
  !!a && (a.choice !== undefined || a.number !== undefined || (a.phrases?.length ?? 0) > 0 || !!a.other_phrase);

/** The answer a suggestion fills in, or null when it cannot be written as one (a phrase item without a listed phrase). */
function filledAnswer(item: ChecklistItem, s: Suggestion, phrases: PhraseReport[], before: RawAnswer | undefined): RawAnswer | null {
  const base: RawAnswer = { ...(before ?? {}), key: item.key };
  let answer: RawAnswer;
  if (s.answer === "na") answer = { ...base, choice: "na" };
  else if (item.type === "measure") {
    if (s.number === null) return null;
    answer = { ...base, number: s.number };
  } else if (item.type === "phrase") {
    const found = [...new Set(phrases.filter((p) => p.item === item.key).map((p) => p.phrase))];
    if (!found.length) return null;
    answer = { ...base, phrases: found };
  } else answer = { ...base, choice: s.answer };
  return answerShapeErrors(item, answer).length ? null : answer;
}

/** Runs the checker on the shopper's own editable audit and stores its suggestions. */
export async function autocheckAudit(db: Db, user: SessionUser, auditId: number, input: AutocheckInput): Promise<AutocheckResult> {
  const before = getEditableAuditRow(db, user, auditId);
  if (before === undefined) throw auditNotFound();
  if (before === "closed") throw new AuditActionError("audits.error.notEditable");
  if ((input.kind === "email") !== (before.channel === "email")) throw new AuditActionError("audits.autocheck.wrongChannel");
  const checklist = getChecklistVersion(db, before.checklistVersionId);
  const found = await check(checklist, input, new Date(before.interactionAt));
  if (!found.ok) return found;
  return withAuditStore(db, (store, t) => {
    // Checked again inside the transaction: the audit may have been submitted meanwhile.
    const audit = getEditableAuditRow(t, user, auditId);
    if (audit === undefined) throw auditNotFound();
    if (audit === "closed") throw new AuditActionError("audits.error.notEditable");
    const current = new Map(readAnswers(t, auditId).map((a) => [a.key, a]));
    const suggestions: Suggestion[] = [];
    const filled: string[] = [];
    for (const item of checklistItems(checklist)) {
      const r = found.items[item.key];
      if (!r || r.answer === null) continue;
      const s: Suggestion = { key: item.key, answer: r.answer, number: r.value ?? null, evidence: r.evidence };
      suggestions.push(s);
      if (answered(current.get(item.key))) continue;
      const answer = filledAnswer(item, s, found.phrases, current.get(item.key));
      if (answer) {
        current.set(item.key, answer);
        filled.push(item.key);
      }
    }
    if (suggestions.length) {
      store.saveSuggestions(auditId, checklist, suggestions, [...current.values()]);
      recordHistory(t, { auditId, actorId: user.id, action: "edited", details: { items: filled, autocheck: suggestions.length } });
    }
    return { ok: true, suggested: suggestions.length, filled: filled.length };
  });
}

export type AgreementRow = {
  checklistId: string;
  checklistName: { lt: string; en: string };
  itemKey: string;
  itemText: { lt: string; en: string };
  suggestions: number;
  agreed: number;
  overridden: number;
};

/**
 * The checker's accuracy in real use (the admin page): per checklist item, the suggestions of
 * submitted audits and how many the auditor kept (agreed) or changed (overridden). Items are
 * named by the checklist's current version (item keys are stable across versions).
 */
export function autocheckAgreement(db: Db, user: SessionUser): AgreementRow[] {
  if (user.role !== "admin") return [];
  const rows = db
    .select({
      checklistId: autocheckSuggestions.checklistId,
      itemKey: autocheckSuggestions.itemKey,
      suggestions: count(),
      agreed: sql<number>`sum(${autocheckSuggestions.outcome} = 'agreed')`,
      overridden: sql<number>`sum(${autocheckSuggestions.outcome} = 'overridden')`,
    })
    .from(autocheckSuggestions)
    // The administrator's organisation's audits only.
    .innerJoin(audits, eq(audits.id, autocheckSuggestions.auditId))
    .where(and(isNotNull(autocheckSuggestions.outcome), visibleAudits(user)))
    .groupBy(autocheckSuggestions.checklistId, autocheckSuggestions.itemKey)
    .all();
  const versions = new Map<string, Checklist | null>();
  const checklistOf = (id: string) => {
    if (!versions.has(id)) {
      const row = db.select({ versionId: checklists.currentVersionId }).from(checklists).where(eq(checklists.id, id)).get();
      versions.set(id, row ? getChecklistVersion(db, row.versionId) : null);
    }
    return versions.get(id)!;
  };
  return rows
    .map((r) => {
      const checklist = checklistOf(r.checklistId);
      const item = checklist ? checklistItems(checklist).find((i) => i.key === r.itemKey) : undefined;
      return {
        ...r,
        checklistName: checklist
          ? { lt: checklistName(checklist, "lt"), en: checklistName(checklist, "en") }
          : { lt: r.checklistId, en: r.checklistId },
        itemText: item?.text ?? { lt: r.itemKey, en: r.itemKey },
        agreed: Number(r.agreed ?? 0),
        overridden: Number(r.overridden ?? 0),
        order: checklist ? checklistItems(checklist).findIndex((i) => i.key === r.itemKey) : 0,
      };
    })
    .sort((a, b) => a.checklistId.localeCompare(b.checklistId) || a.order - b.order)
    .map(({ order: _order, ...r }) => r);
}
