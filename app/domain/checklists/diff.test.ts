import { describe, expect, it } from "vitest";
import { checklist } from "../scoring/fixtures";
import { diffChecklists } from "./diff";

const greet = { key: "vmb.a.greet", type: "phrase" as const, phrases: { recommended: ["Laba diena"], forbidden: ["Labas"] } };
const base = checklist({
  a: [{ key: "vmb.a.smile" }, greet, { key: "vmb.a.wait", type: "measure", unit: "minutes", threshold: { max: 20 } }],
  b: [{ key: "vmb.b.gone" }],
});

describe("diffChecklists", () => {
  it("finds nothing between identical versions", () => {
    expect(diffChecklists(base, structuredClone(base))).toEqual([]);
  });

  it("lists added and removed items with their text", () => {
    const next = checklist({ a: [{ key: "vmb.a.smile" }, greet, { key: "vmb.a.wait", type: "measure", unit: "minutes", threshold: { max: 20 } }, { key: "vmb.a.new" }], b: [{ key: "vmb.b.other" }] });
    expect(diffChecklists(base, next).map((c) => [c.kind, "key" in c ? c.key : ""])).toEqual([
      ["item_added", "vmb.a.new"],
      ["item_added", "vmb.b.other"],
      ["item_removed", "vmb.b.gone"],
    ]);
  });

  it("reports text, guidance, weight and flag changes of a kept item", () => {
    const next = structuredClone(base);
    const smile = next.sections[0].items[0];
    smile.text = { lt: "Šypsosi", en: "Smiles" };
    smile.guidance = { lt: "naujas", en: "new" };
    smile.weight = 3;
    smile.critical = true;
    smile.na_allowed = true;
    expect(diffChecklists(base, next)).toEqual([
      { kind: "text", key: "vmb.a.smile", text: smile.text, from: base.sections[0].items[0].text },
      { kind: "guidance", key: "vmb.a.smile", text: smile.text, from: { lt: "g", en: "g" } },
      { kind: "weight", key: "vmb.a.smile", text: smile.text, from: 1, to: 3 },
      { kind: "flag", key: "vmb.a.smile", text: smile.text, flag: "critical", to: true },
      { kind: "flag", key: "vmb.a.smile", text: smile.text, flag: "na_allowed", to: true },
    ]);
  });

  it("reports phrases added to and removed from each list, and changed phrase notes", () => {
    const next = structuredClone(base);
    const item = next.sections[0].items[1];
    if (item.type !== "phrase") throw new Error("fixture");
    item.phrases.recommended.push("Gero vakaro");
    item.phrases.forbidden = ["Sveikas"];
    item.phrases.notes = { Sveikas: { variants: ["Sveiki"] } };
    expect(diffChecklists(base, next)).toEqual([
      {
        kind: "phrases", key: "vmb.a.greet", text: item.text,
        added: [{ list: "recommended", phrase: "Gero vakaro" }, { list: "forbidden", phrase: "Sveikas" }],
        removed: [{ list: "forbidden", phrase: "Labas" }],
      },
      { kind: "rule", key: "vmb.a.greet", text: item.text, what: "phrase_notes" },
    ]);
  });

  it("reports rule changes: threshold, unit, citation, a move to another section, and checklist-level changes", () => {
    const next = structuredClone(base);
    const wait = next.sections[0].items[2];
    if (wait.type !== "measure") throw new Error("fixture");
    wait.threshold = { max: 15 };
    wait.source = ["VMB 2.2"];
    next.sections[1].items.push(next.sections[0].items.shift()!);
    next.pass_mark = 85;
    expect(diffChecklists(base, next).map((c) => (c.kind === "rule" || c.kind === "checklist" ? `${c.kind}:${c.what}` : c.kind))).toEqual([
      "checklist:pass_mark",
      "rule:threshold",
      "rule:source",
      "rule:section",
    ]);
  });
});
