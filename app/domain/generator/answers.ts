/**
 * Answers for one audit of a checklist, valid for validateAnswers(…, { requireComplete: true }):
 * every item answered, N/A only where allowed, a comment on every failure, measures around
 * their thresholds, phrases from the item's own lists. Whether an item passes comes from
 * passProbability (tendency.ts).
 */
import type { Checklist, ChecklistItem, ChecklistSection, MeasureItem, PhraseItem } from "../checklists/schema";
import type { Column } from "../checklists/weighting";
import type { RawAnswer } from "../scoring/types";
import { COMMENT_NO_PHRASE, commentOnForbiddenPhrase, commentOnMeasure, commentOnNo, commentOnPartial, OTHER_PHRASES } from "./comments";
import { pick, unitHash, type Rng } from "./prng";
import { passProbability, type PassContext } from "./tendency";

export type AnswerRequest = PassContext & { checklist: Checklist; rng: Rng };

/** Share of audits where an item that allows N/A is N/A (fixed per item). */
function naRate(key: string, seed: number) {
  return 0.03 + 0.22 * unitHash(`na:${key}`, seed);
}

const allNa = (section: ChecklistSection) => section.items.every((i) => i.na_allowed);
const isColumnSection = (section: ChecklistSection) => section.items.every((i) => i.column !== undefined);

/**
 * Sections that do not apply to this audit. Incoming and outgoing call sections exclude each
 * other; sections of situations that are only sometimes met (every item N/A-able) apply in a
 * third of audits, and at least one section always applies.
 */
function skippedSections(checklist: Checklist, rng: Rng): Set<string> {
  const skipped = new Set<string>();
  const keys = checklist.sections.map((s) => s.key);
  if (keys.includes("incoming") && keys.includes("outgoing")) {
    const out = rng() < 0.25;
    const section = checklist.sections.find((s) => s.key === (out ? "incoming" : "outgoing"))!;
    if (allNa(section)) skipped.add(section.key);
  }
  const situational = checklist.sections.filter((s) => allNa(s) && !isColumnSection(s) && s.key !== "incoming" && s.key !== "outgoing");
  for (const s of situational) if (rng() >= 0.35) skipped.add(s.key);
  if (skipped.size === checklist.sections.length) skipped.delete(pick(rng, checklist.sections).key);
  return skipped;
}

function measureAnswer(item: MeasureItem, pass: boolean, rng: Rng): RawAnswer {
  const { max, min } = item.threshold;
  const step = item.unit === "hours" ? 0.5 : 1;
  const round = (x: number) => Math.round(x / step) * step;
  if (max !== undefined) {
    let n = pass ? round(max * (0.25 + 0.75 * rng())) : round(max * (1 + 0.9 * rng() * rng()));
    if (pass) n = Math.min(max, Math.max(item.unit === "rings" ? 1 : step, n));
    else if (n <= max) n = Math.floor(max / step) * step + step;
    return pass ? { key: item.key, number: n } : { key: item.key, number: n, comment: commentOnMeasure(item.unit, n, false) };
  }
  const m = min as number;
  if (pass) return { key: item.key, number: Math.max(m, round(m * (1 + 1.5 * rng()))) };
  const n = Math.max(0, Math.min(round(m * rng()), m - step));
  return { key: item.key, number: n, comment: commentOnMeasure(item.unit, n, true) };
}

function phraseAnswer(item: PhraseItem, pass: boolean, rng: Rng): RawAnswer {
  const { recommended, forbidden, require_recommended } = item.phrases;
  if (!pass && forbidden.length) {
    const bad = pick(rng, forbidden);
    const phrases = rng() < 0.25 && recommended.length ? [pick(rng, recommended), bad] : [bad];
    return { key: item.key, phrases, comment: commentOnForbiddenPhrase(bad) };
  }
  if (!pass && require_recommended) {
    const answer: RawAnswer = { key: item.key, phrases: [], comment: COMMENT_NO_PHRASE };
    // Informal words instead of a listed phrase: the auditor judges them like a forbidden one.
    if (rng() < 0.5) Object.assign(answer, { other_phrase: pick(rng, OTHER_PHRASES), other_phrase_as: "forbidden" });
    return answer;
  }
  // A pass: one recommended phrase (sometimes two), or none where none is required.
  if (!recommended.length || (!require_recommended && rng() < 0.3)) return { key: item.key, phrases: [] };
  const first = pick(rng, recommended);
  const second = recommended.length > 1 && rng() < 0.2 ? pick(rng, recommended) : first;
  return { key: item.key, phrases: second === first ? [first] : [first, second] };
}

export function answerItem(item: ChecklistItem, req: AnswerRequest): RawAnswer {
  const { rng } = req;
  const pass = rng() < passProbability(item.key, item.critical, req);
  switch (item.type) {
    case "yes_no":
      return pass ? { key: item.key, choice: "yes" } : { key: item.key, choice: "no", comment: commentOnNo(rng) };
    case "yes_partial_no": {
      if (pass) return { key: item.key, choice: "yes" };
      if (rng() < 0.55) return { key: item.key, choice: "partial", comment: commentOnPartial(rng) };
      return { key: item.key, choice: "no", comment: commentOnNo(rng) };
    }
    case "measure":
      return measureAnswer(item, pass, rng);
    case "phrase":
      return phraseAnswer(item, pass, rng);
  }
}

export function generateAnswers(req: AnswerRequest): RawAnswer[] {
  const { checklist, rng, seed } = req;
  const skipped = skippedSections(checklist, rng);
  // Appearance: one column of the table per person observed; the other column is N/A.
  const hasColumns = checklist.sections.some(isColumnSection);
  const column: Column | null = hasColumns ? (rng() < 0.5 ? "women" : "men") : null;
  const answers: RawAnswer[] = [];
  for (const section of checklist.sections) {
    const sectionNa = skipped.has(section.key);
    for (const item of section.items) {
      const otherColumn = item.column !== undefined && item.column !== column;
      if (item.na_allowed && (otherColumn || sectionNa || rng() < naRate(item.key, seed))) answers.push({ key: item.key, choice: "na" });
      else answers.push(answerItem(item, req));
    }
  }
  return answers;
}
