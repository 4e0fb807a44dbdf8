/**
 * Which automatic check answers which checklist item, read from checklists/autocheck.json
 * (kept beside the checklists, so adding an item to a check is a data change). Thresholds
 * of the checks (spelling, reply hours) and the phrases accepted as equivalents of the
 * standard's examples („ir pan.“) are data too.
 */
import { z } from "zod";

export const EMAIL_CHECKS = [
  "reply_hours",
  "acknowledgement",
  "vacation_notice",
  "subject",
  "thanks",
  "respectful_address",
  "lithuanian_letters",
  "spelling",
  "signature",
] as const;
export const TRANSCRIPT_CHECKS = ["phrases", "introduction", "diminutives", "rings"] as const;
export const SCOPES = ["first_turn", "last_turns", "all"] as const;
export const INTRODUCTION_PARTS = ["greeting", "organisation", "name", "surname"] as const;

const ExtraPhrase = z.strictObject({
  phrase: z.string().min(1),
  kind: z.enum(["recommended", "forbidden", "unsure"]),
  /** The standard's phrase it stands for; found phrases are reported as the checklist writes them. */
  equivalent_to: z.string().optional(),
});

const ItemCheck = z.discriminatedUnion("check", [
  z.strictObject({ check: z.enum(EMAIL_CHECKS) }),
  z.strictObject({ check: z.literal("diminutives") }),
  z.strictObject({ check: z.literal("rings") }),
  z.strictObject({
    check: z.literal("phrases"),
    scope: z.enum(SCOPES),
    /** Names of lists in extra_phrases that hold equivalents of this item's phrases. */
    extra: z.array(z.string()).default([]),
  }),
  z.strictObject({
    check: z.literal("introduction"),
    requires: z.array(z.enum(INTRODUCTION_PARTS)).min(1),
    /** A phrase item answered by the introduction: yes when every part was said, no on a forbidden phrase. */
    phrase_item: z.boolean().default(false),
  }),
]);

export const AutocheckConfigSchema = z.strictObject({
  $comment: z.string().optional(),
  spelling: z.strictObject({
    /** Unknown words per 100 words: at most yes_max → yes; at most partial_max, or no more than
     *  partial_max_count words („one or two slips“), → partial; more → no. */
    yes_max_per_100: z.number().min(0),
    partial_max_per_100: z.number().min(0),
    partial_max_count: z.number().int().min(0),
    /** Abbreviations and words the dictionary lacks that are correct in these letters. */
    accepted_words: z.array(z.string()),
  }),
  /** Which hours the reply-time item measures, per standard: the organisation chooses. */
  reply_hours: z.record(z.string(), z.enum(["calendar", "working"])),
  /** Names by which an employee names the organisation or unit on the phone, per standard. */
  organisations: z.record(z.string(), z.array(z.string())),
  extra_phrases: z.record(z.string(), z.array(ExtraPhrase)),
  /** Lexicalised words with a diminutive suffix that are not diminutives (lapelis, laukelis). */
  not_diminutives: z.array(z.string()),
  items: z.record(z.string(), ItemCheck),
});

export type AutocheckConfig = z.infer<typeof AutocheckConfigSchema>;
export type ItemCheckConfig = z.infer<typeof ItemCheck>;

export function parseAutocheckConfig(json: unknown): AutocheckConfig {
  return AutocheckConfigSchema.parse(json);
}
