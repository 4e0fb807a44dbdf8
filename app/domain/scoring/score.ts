/**
 * Audit scoring (PRODUCT.md "Scoring"):
 * - yes 1, partial 0.5, no 0; N/A is left out of numerator and denominator.
 * - section / audit score = 100 × Σ(weight × value) / Σ(weight) over applicable items,
 *   kept at full precision (round only for display); no applicable item ⇒ null.
 * - a critical item resolving to "no" ⇒ critical failure: audit score 0, passed false,
 *   the item(s) named in criticalItems. Section scores are computed as normal.
 * - passed = score ≥ pass_mark (null when score is null).
 *
 * Invalid answers throw InvalidAnswersError (with the same errors validateAnswers returns),
 * so a score is never computed from coerced data. By default every item must be answered;
 * `allowIncomplete` (draft preview) skips unanswered items, the comment rule and another phrase
 * not judged yet.
 */
import type { Checklist, Localized } from "../checklists/schema";
import { choiceValue } from "./classify";
import { resolveValid } from "./resolve";
import { validateAnswers } from "./validate";
import { InvalidAnswersError, type AnswerValue, type Choice, type RawAnswer } from "./types";

/** Tolerance for the pass-mark comparison, against floating-point noise with fractional weights. */
const PASS_EPSILON = 1e-9;

export interface ItemScore {
  key: string;
  section: string;
  /** "na" also for items left unanswered in a draft (answered = false). */
  choice: Choice;
  value: AnswerValue;
  answered: boolean;
  weight: number;
  critical: boolean;
}

export interface SectionScore {
  key: string;
  title: Localized;
  /** 0–100 at full precision, or null when no item applies. */
  score: number | null;
  /** Number of items that count (answered and not N/A). */
  applicable: number;
  /** Σ weight × value over applicable items. */
  earned: number;
  /** Σ weight over applicable items. */
  possible: number;
}

export interface AuditScore {
  /** 0 on critical failure, else rawScore. */
  score: number | null;
  /** The score before the critical-failure rule. */
  rawScore: number | null;
  passed: boolean | null;
  passMark: number;
  criticalFailure: boolean;
  /** Keys of critical items that resolved to "no", in checklist order. */
  criticalItems: string[];
  applicable: number;
  sections: SectionScore[];
  items: ItemScore[];
}

export interface ScoreOptions {
  allowIncomplete?: boolean;
}

function ratio(earned: number, possible: number): number | null {
  return possible > 0 ? (100 * earned) / possible : null;
}

export function scoreAudit(checklist: Checklist, answers: readonly RawAnswer[], options: ScoreOptions = {}): AuditScore {
  const allowIncomplete = options.allowIncomplete ?? false;
  const errors = validateAnswers(checklist, answers, { requireComplete: !allowIncomplete }).filter(
    (e) => !(allowIncomplete && (e.code === "comment_required" || e.code === "missing_other_phrase_as")),
  );
  if (errors.length) throw new InvalidAnswersError(errors);

  const byKey = new Map(answers.map((a) => [a.key, a]));
  const items: ItemScore[] = [];
  const sections: SectionScore[] = [];
  let earned = 0;
  let possible = 0;
  let applicable = 0;
  for (const section of checklist.sections) {
    const s: SectionScore = { key: section.key, title: section.title, score: null, applicable: 0, earned: 0, possible: 0 };
    for (const item of section.items) {
      const raw = byKey.get(item.key);
      const choice: Choice = raw ? resolveValid(item, raw) : "na";
      const value = choiceValue(choice);
      items.push({ key: item.key, section: section.key, choice, value, answered: !!raw, weight: item.weight, critical: item.critical });
      if (value === null) continue;
      s.applicable += 1;
      s.earned += item.weight * value;
      s.possible += item.weight;
    }
    s.score = ratio(s.earned, s.possible);
    sections.push(s);
    earned += s.earned;
    possible += s.possible;
    applicable += s.applicable;
  }

  const rawScore = ratio(earned, possible);
  const criticalItems = items.filter((i) => i.critical && i.value === 0).map((i) => i.key);
  const criticalFailure = criticalItems.length > 0;
  const score = criticalFailure ? 0 : rawScore;
  const passed = criticalFailure ? false : score === null ? null : score >= checklist.pass_mark - PASS_EPSILON;
  return { score, rawScore, passed, passMark: checklist.pass_mark, criticalFailure, criticalItems, applicable, sections, items };
}

/** Display rounding (1 decimal by default); keep the exact number for storage and aggregates. */
export function roundScore(score: number | null, digits = 1): number | null {
  if (score === null) return null;
  const f = 10 ** digits;
  return Math.round(score * f) / f;
}
