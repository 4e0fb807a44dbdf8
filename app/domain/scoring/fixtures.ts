/** Test helpers: build validated checklists from compact item specs. */
import { ChecklistFileSchema, type Checklist, type ChecklistInput } from "../checklists/schema";

type ItemInput = ChecklistInput["sections"][number]["items"][number];
type Spec = Partial<ItemInput> & { key: string; type?: ItemInput["type"] };

const L = (s: string) => ({ lt: s, en: s });

/** Items default to no comment rule here (the schema's default is true), so tests of other
 *  rules need not write comments; tests of the comment rule set it. */
export function item(spec: Spec): ItemInput {
  const base = { text: L(spec.key), guidance: L("g"), source: ["VMB 2.1"], type: "yes_no" as const, comment_required_on_fail: false };
  return { ...base, ...spec } as ItemInput;
}

export function checklist(sections: Record<string, Spec[]>, passMark = 80): Checklist {
  return ChecklistFileSchema.parse({
    id: "vmb-test",
    title: L("t"),
    standard: "VMB",
    channels: ["in_person"],
    audit_types: ["mystery_shopper"],
    pass_mark: passMark,
    sections: Object.entries(sections).map(([key, items]) => ({ key, title: L(key), items: items.map(item) })),
  });
}
