// The process stages both standards share (issue 16, programme view): the stages a programme
// compares organisations on. A checklist section is tagged with one of them, or "none" when
// the section has no counterpart in the other standard (conflict handling, confidentiality,
// court, home visits, special situations…). Scores are compared per stage, never per item:
// items of different standards are different rules even where they sound alike.

/** The closed set of stages, in the order a client meets them (then the channels and inspections). */
export const STAGES = ["greeting", "needs", "information", "closing", "phone", "email", "appearance", "workplace"] as const;
export type Stage = (typeof STAGES)[number];

/** A section's tag: a stage, or "none" (a deliberate decision that the section is not compared). */
export const SECTION_STAGES = [...STAGES, "none"] as const;
export type SectionStage = (typeof SECTION_STAGES)[number];

export function isStage(value: unknown): value is Stage {
  return typeof value === "string" && (STAGES as readonly string[]).includes(value);
}
