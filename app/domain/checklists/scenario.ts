/**
 * Scenarios (checklists/<standard>/scenarios/*.json): what a mystery shopper asks or says, on
 * which channel, the answer the employee should give for items that check accuracy, which
 * items the visit exercises and which must be N/A. Shopper protocols (checklists/protocols.json):
 * how to behave on each channel. Pure: schemas and the check against the checklists.
 */
import { z } from "zod";
import { CHANNELS, LocalizedSchema, type Checklist } from "./schema";

export const SCENARIO_KEY = /^(vmb|kmsa)\.scenario\.[a-z0-9_]+$/;

const keys = z.array(z.string().min(1));

export const ScenarioFileSchema = z.strictObject({
  $schema: z.string().optional(),
  key: z.string().regex(SCENARIO_KEY, { error: 'scenario key must look like "vmb.scenario.phone_info"' }),
  checklist: z.string().min(1),
  channel: z.enum(CHANNELS),
  title: LocalizedSchema,
  /** What the shopper asks or says (the script), in both languages. */
  brief: LocalizedSchema,
  /** Set-up the shopper needs before starting (time of day, documents, a prepared story). */
  preparation: LocalizedSchema.optional(),
  /** Item keys the visit is meant to exercise. */
  exercises: keys.min(1, { error: "a scenario exercises at least one item" }),
  /** Item keys that cannot be observed in this scenario: pre-set to N/A. */
  not_applicable: keys.default([]),
  /** The correct answer for items that check accuracy, by item key. */
  answer_keys: z.record(z.string(), LocalizedSchema).default({}),
});

export type Scenario = z.infer<typeof ScenarioFileSchema>;

export const ProtocolsFileSchema = z.strictObject({
  $schema: z.string().optional(),
  /** Steps every shopper follows on the channel, shown on the audit form. */
  channels: z.strictObject(Object.fromEntries(CHANNELS.map((c) => [c, z.array(LocalizedSchema).min(1)])) as Record<(typeof CHANNELS)[number], z.ZodArray<typeof LocalizedSchema>>),
});

export type Protocols = z.infer<typeof ProtocolsFileSchema>;

/** Problems of one scenario against the checklists it may refer to (empty when it is sound). */
export function scenarioProblems(scenario: Scenario, checklists: readonly Checklist[]): string[] {
  const checklist = checklists.find((c) => c.id === scenario.checklist);
  if (!checklist) return [`checklist "${scenario.checklist}" does not exist`];
  const problems: string[] = [];
  if (!scenario.key.startsWith(`${checklist.standard.toLowerCase()}.`)) problems.push(`key must start with "${checklist.standard.toLowerCase()}."`);
  if (!checklist.channels.includes(scenario.channel)) problems.push(`channel "${scenario.channel}" is not a channel of ${checklist.id}`);
  if (!checklist.audit_types.includes("mystery_shopper")) problems.push(`${checklist.id} is not filled by mystery shoppers`);
  const items = new Map(checklist.sections.flatMap((s) => s.items.map((i) => [i.key, i])));
  const known = (key: string, field: string) => {
    if (items.has(key)) return true;
    problems.push(`${field}: item "${key}" is not in ${checklist.id}`);
    return false;
  };
  for (const key of scenario.exercises) known(key, "exercises");
  for (const key of scenario.not_applicable) {
    if (!known(key, "not_applicable")) continue;
    if (!items.get(key)!.na_allowed) problems.push(`not_applicable: item "${key}" does not allow N/A`);
    if (scenario.exercises.includes(key)) problems.push(`item "${key}" is both exercised and N/A`);
  }
  for (const key of Object.keys(scenario.answer_keys))
    if (known(key, "answer_keys") && !scenario.exercises.includes(key)) problems.push(`answer_keys: item "${key}" is not exercised`);
  for (const [field, list] of [["exercises", scenario.exercises], ["not_applicable", scenario.not_applicable]] as const)
    for (const dup of list.filter((k, i) => list.indexOf(k) !== i)) problems.push(`${field}: "${dup}" listed twice`);
  return problems;
}
