/**
 * The weighting policy of checklists/README.md in code: rule kinds whose weight and
 * critical flag are fixed, so the same kind of rule weighs the same in every checklist
 * of both standards. Items tag their kind with `kind`; the checklist-rules test checks
 * the bands. Pure: usable on server and client.
 */
export const RULE_KINDS = [
  "personal_data",
  "dignity",
  "safety",
  "accuracy",
  "completeness",
  "reply_deadline",
  "emotions",
  "composure",
  "advisory",
] as const;
export type RuleKind = (typeof RULE_KINDS)[number];

/** Weight and critical flag of each kind (see checklists/README.md, "Weighting policy"). */
export const KIND_BANDS: Record<RuleKind, { weight: 1 | 2 | 3; critical: boolean }> = {
  // Critical: a "no" fails the audit. Weight 1: a "yes" is expected and should not lift the score.
  personal_data: { weight: 1, critical: true },
  dignity: { weight: 1, critical: true },
  safety: { weight: 1, critical: true },
  // 3: what the client came for, or the standard's stated deadline.
  accuracy: { weight: 3, critical: false },
  reply_deadline: { weight: 3, critical: false },
  composure: { weight: 3, critical: false },
  // 2: the client is served, but noticeably worse.
  completeness: { weight: 2, critical: false },
  emotions: { weight: 2, critical: false },
  // 1: the standard only recommends it („patartina“).
  advisory: { weight: 1, critical: false },
};

export const CRITICAL_KINDS: readonly RuleKind[] = RULE_KINDS.filter((k) => KIND_BANDS[k].critical);

/** Appearance tables have a women's and a men's column; an item belongs to at most one. */
export const COLUMNS = ["women", "men"] as const;
export type Column = (typeof COLUMNS)[number];
