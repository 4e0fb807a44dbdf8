/**
 * Schema of a checklist data file (checklists/<standard>/*.json).
 * Pure: no fs, usable on server and client. `checklists/schema.json` is
 * generated from `ChecklistFileSchema` by scripts/generate-checklist-schema.ts.
 */
import { z } from "zod";
import { citationStandard, isCitation, STANDARDS } from "./citation";
import { COLUMNS, RULE_KINDS } from "./weighting";
import { SECTION_STAGES } from "../programme/stages";

export { STANDARDS, type Standard } from "./citation";

import { AUDIT_TYPES, CHANNELS } from "../enums";
export { AUDIT_TYPES, CHANNELS, type AuditType, type Channel } from "../enums";
export const ANSWER_TYPES = ["yes_no", "yes_partial_no", "measure", "phrase"] as const;
export const UNITS = ["rings", "hours", "minutes"] as const;

/** Labels for measure units; plural forms are the UI's job (Intl.PluralRules). */
export const UNIT_LABELS: Record<Unit, Localized> = {
  rings: { lt: "signalai", en: "rings" },
  hours: { lt: "valandos", en: "hours" },
  minutes: { lt: "minutės", en: "minutes" },
};

export const ITEM_KEY = /^(vmb|kmsa)(\.[a-z0-9_]+){2,}$/;
const SECTION_KEY = /^[a-z0-9_]+$/;
const CHECKLIST_ID = /^(vmb|kmsa)-[a-z0-9-]+$/;

const text = z.string().trim().min(1, { error: "must not be empty" });

export const LocalizedSchema = z.strictObject({ lt: text, en: text });

export const CitationSchema = z.string().refine(isCitation, {
  error: (iss) =>
    `"${String(iss.input)}" is not a citation (expected e.g. "VMB 3.1.2.2", "KMSA IV.1", "KMSA Priedas 2 p. 13", "KMSA konfliktų algoritmas 2")`,
});

const ThresholdSchema = z
  .strictObject(
    { max: z.number().finite().optional(), min: z.number().finite().optional() },
    { error: (iss) => (iss.input === undefined ? 'measure items need a threshold: {"max": N} or {"min": N}' : undefined) },
  )
  .refine((t) => (t.max === undefined) !== (t.min === undefined), {
    error: 'threshold needs exactly one of "max" (pass when value ≤ max) or "min" (pass when value ≥ min)',
  });

/**
 * What auditors are told about one listed phrase. The list keeps the standard's text verbatim
 * (the citation); `shown_as` is the corrected form shown to auditors where the standard has a
 * typo („Atsiprašu“ → „Atsiprašau“); `variants` are grammatical forms the auditor ticks this
 * phrase for („Labą dieną“ for „Laba diena“); `guidance` tells confusable phrases apart
 * („Labas“ alone is forbidden, „Labas rytas“ recommended).
 */
export const PhraseNoteSchema = z
  .strictObject({
    shown_as: text.optional(),
    variants: z.array(text).optional(),
    guidance: LocalizedSchema.optional(),
  })
  .refine((n) => n.shown_as !== undefined || (n.variants?.length ?? 0) > 0 || n.guidance !== undefined, {
    error: "a phrase note needs shown_as, variants or guidance",
  });

const PhraseListsSchema = z
  .strictObject(
    {
    recommended: z.array(text),
    forbidden: z.array(text),
    /** true (default): the item passes only when a recommended phrase was used.
     *  false: it passes unless a forbidden phrase was used (e.g. conflict phrases). */
    require_recommended: z.boolean().default(true),
    /** Per listed phrase (the key is the phrase exactly as listed). */
    notes: z.record(z.string(), PhraseNoteSchema).optional(),
    },
    {
      error: (iss) =>
        iss.input === undefined ? "phrase items need phrases: { recommended: [...], forbidden: [...] }" : undefined,
    },
  )
  .superRefine((p, ctx) => {
    const all = [...p.recommended, ...p.forbidden];
    if (all.length === 0) ctx.addIssue({ code: "custom", message: "phrase items need at least one phrase" });
    const seen = new Set<string>();
    for (const phrase of all) {
      if (seen.has(phrase)) ctx.addIssue({ code: "custom", message: `phrase "${phrase}" is listed twice` });
      seen.add(phrase);
    }
    for (const [phrase, note] of Object.entries(p.notes ?? {})) {
      if (!seen.has(phrase)) ctx.addIssue({ code: "custom", path: ["notes", phrase], message: `note for "${phrase}", which is not listed` });
      if (note.shown_as === phrase)
        ctx.addIssue({ code: "custom", path: ["notes", phrase, "shown_as"], message: `shown_as repeats "${phrase}"` });
      for (const variant of note.variants ?? [])
        if (seen.has(variant))
          ctx.addIssue({ code: "custom", path: ["notes", phrase, "variants"], message: `variant "${variant}" is itself a listed phrase` });
    }
    if (p.require_recommended && p.recommended.length === 0)
      ctx.addIssue({ code: "custom", message: "require_recommended needs recommended phrases" });
  });

const itemBase = {
  key: z.string().regex(ITEM_KEY, { error: 'item key must look like "vmb.section.rule" (lowercase, digits, _)' }),
  text: LocalizedSchema,
  guidance: LocalizedSchema,
  source: z.array(CitationSchema).min(1, { error: "an item must cite at least one clause" }),
  weight: z.number().finite().positive().default(1),
  critical: z.boolean().default(false),
  na_allowed: z.boolean().default(false),
  /** A comment is required when the answer is "no" or "partial" (evidence for disputes).
   *  Default true; committed checklists never set false (checklist-rules test). Kept as a
   *  flag so versions stored before the rule keep validating as they were filled. */
  comment_required_on_fail: z.boolean().default(true),
  /** The kind of rule, for the weighting policy (weighting.ts, checklists/README.md). */
  kind: z.enum(RULE_KINDS).optional(),
  /** Appearance items: the column of the standard's table (women / men) the rule comes from.
   *  The auditor answers the column that applies to the person observed; the other column's
   *  items are N/A, so column items must allow N/A. Nothing about the person is stored. */
  column: z.enum(COLUMNS).optional(),
};

/** Strict objects, with a readable message when a field of another answer type appears. */
function itemOf<T extends (typeof ANSWER_TYPES)[number], S extends z.ZodRawShape>(type: T, extra: S) {
  return z.strictObject(
    { ...itemBase, type: z.literal(type), ...extra },
    {
      error: (iss) =>
        iss.code === "unrecognized_keys"
          ? `field(s) ${iss.keys.map((k) => `"${k}"`).join(", ")} not allowed on ${type} items` +
            " (unit/threshold only on measure items, phrases only on phrase items)"
          : undefined,
    },
  );
}

const unitSchema = z.enum(UNITS, { error: `measure items need a unit: one of ${UNITS.join(", ")}` });

export const ChecklistItemSchema = z.discriminatedUnion("type", [
  itemOf("yes_no", {}),
  itemOf("yes_partial_no", {}),
  itemOf("measure", {
    unit: unitSchema,
    threshold: ThresholdSchema,
    /** The value may be below zero (e.g. minutes opened early: −3 = opened 3 minutes late). */
    negative_allowed: z.boolean().optional(),
  }),
  itemOf("phrase", {
    phrases: PhraseListsSchema,
  }),
]);

export const ChecklistSectionSchema = z.strictObject({
  key: z.string().regex(SECTION_KEY, { error: "section key: lowercase letters, digits, _" }),
  title: LocalizedSchema,
  /** The process stage the programme view compares this section under (app/domain/programme/stages.ts),
   *  or "none". Optional so that versions stored before stages existed keep validating; every
   *  shipped file sets it (app/domain/programme/checklist-stages.test.ts). */
  stage: z.enum(SECTION_STAGES, { error: `stage must be one of ${SECTION_STAGES.join(", ")}` }).optional(),
  items: z.array(ChecklistItemSchema).min(1, { error: "a section needs at least one item" }),
});

function uniqueStrings(values: readonly string[]): string[] {
  const seen = new Set<string>();
  return values.filter((v) => (seen.has(v) ? true : (seen.add(v), false)));
}

export const ChecklistFileSchema = z
  .strictObject({
    $schema: z.string().optional(),
    id: z.string().regex(CHECKLIST_ID, { error: 'checklist id must look like "vmb-in-person"' }),
    title: LocalizedSchema,
    standard: z.enum(STANDARDS),
    channels: z.array(z.enum(CHANNELS)).min(1),
    audit_types: z.array(z.enum(AUDIT_TYPES)).min(1),
    pass_mark: z.number().min(0).max(100).default(80),
    sections: z.array(ChecklistSectionSchema).min(1),
  })
  .superRefine((c, ctx) => {
    const prefix = `${c.standard.toLowerCase()}.`;
    if (!c.id.startsWith(c.standard.toLowerCase() + "-"))
      ctx.addIssue({ code: "custom", path: ["id"], message: `id must start with "${c.standard.toLowerCase()}-"` });
    for (const dup of uniqueStrings(c.channels))
      ctx.addIssue({ code: "custom", path: ["channels"], message: `channel "${dup}" listed twice` });
    for (const dup of uniqueStrings(c.audit_types))
      ctx.addIssue({ code: "custom", path: ["audit_types"], message: `audit type "${dup}" listed twice` });
    for (const dup of uniqueStrings(c.sections.map((s) => s.key)))
      ctx.addIssue({ code: "custom", path: ["sections"], message: `section key "${dup}" is used twice` });
    const seen = new Set<string>();
    c.sections.forEach((section, si) =>
      section.items.forEach((item, ii) => {
        const path = ["sections", si, "items", ii];
        if (seen.has(item.key))
          ctx.addIssue({ code: "custom", path: [...path, "key"], message: `duplicate item key "${item.key}"` });
        seen.add(item.key);
        if (item.column && !item.na_allowed)
          ctx.addIssue({
            code: "custom",
            path: [...path, "na_allowed"],
            message: `items of the ${item.column}'s column need na_allowed: the other column's items are N/A`,
          });
        if (!item.key.startsWith(prefix))
          ctx.addIssue({ code: "custom", path: [...path, "key"], message: `item key must start with "${prefix}"` });
        item.source.forEach((cite, ci) => {
          if (citationStandard(cite) !== c.standard)
            ctx.addIssue({
              code: "custom",
              path: [...path, "source", ci],
              message: `"${cite}" cites another standard than ${c.standard}`,
            });
        });
      }),
    );
  });

export type Localized = z.infer<typeof LocalizedSchema>;
export type AnswerType = (typeof ANSWER_TYPES)[number];
export type Unit = (typeof UNITS)[number];
export type ChecklistItem = z.infer<typeof ChecklistItemSchema>;
export type ChecklistSection = z.infer<typeof ChecklistSectionSchema>;
export type Checklist = z.infer<typeof ChecklistFileSchema>;
/** The file as written (defaults not yet applied). */
export type ChecklistInput = z.input<typeof ChecklistFileSchema>;
export type MeasureItem = Extract<ChecklistItem, { type: "measure" }>;
export type PhraseItem = Extract<ChecklistItem, { type: "phrase" }>;
export type PhraseNote = z.infer<typeof PhraseNoteSchema>;
