/** Test helpers: build validated checklists from compact item specs. */
import { ChecklistFileSchema, type Checklist, type ChecklistInput } from "../checklists/schema";

type ItemInput = ChecklistInput["sections"][number]["items"][number];
type Spec = Partial<ItemInput> & { key: string; type?: ItemInput["type"] };

const L = (s: string) => ({ lt: s, en: s });

export function item(spec: Spec): ItemInput {
  const base = { text: L(spec.key), guidance: L("g"), source: ["VMB 2.1"], type: "yes_no" as const };
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
