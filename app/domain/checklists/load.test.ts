import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { canonicalJson } from "./canonical";
import { checklistJsonSchemaText } from "./json-schema";
import { loadChecklistFiles, loadClauseCatalogue } from "./load.server";
import { parseChecklist } from "./parse";

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A checklists/ folder with the given files, e.g. { "vmb/a.json": {...} }. */
function fixtureDir(files: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), "checklists-"));
  dirs.push(dir);
  mkdirSync(join(dir, "vmb"));
  mkdirSync(join(dir, "kmsa"));
  for (const [name, content] of Object.entries(files))
    writeFileSync(join(dir, name), typeof content === "string" ? content : JSON.stringify(content));
  return dir;
}

const real = JSON.parse(readFileSync("checklists/vmb/phone.json", "utf8")) as {
  sections: { items: Record<string, unknown>[] }[];
};
const clone = () => structuredClone(real);

describe("committed checklist files", () => {
  const loaded = loadChecklistFiles("checklists");

  it("all load and validate, with one checklist per channel area of both standards", () => {
    expect(loaded.map((l) => l.checklist.id).sort()).toEqual(
      [
        "kmsa-appearance", "kmsa-conflict", "kmsa-email", "kmsa-field-visit", "kmsa-in-person",
        "kmsa-phone", "kmsa-special-situations", "kmsa-workplace",
        "vmb-appearance", "vmb-conflict", "vmb-court", "vmb-email", "vmb-home-visit", "vmb-in-person",
        "vmb-phone", "vmb-special-situations", "vmb-workplace",
      ].sort(),
    );
    for (const { hash } of loaded) expect(hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("carry the thresholds the standards state", () => {
    const items = loaded.flatMap((l) => l.checklist.sections.flatMap((s) => s.items));
    const threshold = (key: string) => {
      const item = items.find((i) => i.key === key);
      return item?.type === "measure" ? [item.unit, item.threshold] : null;
    };
    expect(threshold("kmsa.phone_in.rings")).toEqual(["rings", { max: 3 }]);
    expect(threshold("kmsa.email.response_hours")).toEqual(["hours", { max: 24 }]);
    expect(threshold("vmb.email.response_hours")).toEqual(["hours", { max: 24 }]);
    expect(threshold("vmb.attitude.solution_or_help_minutes")).toEqual(["minutes", { max: 20 }]);
    expect(threshold("vmb.premises.opened_early")).toEqual(["minutes", { min: 5 }]);
  });

  it("checklists/schema.json is up to date (node --import tsx scripts/generate-checklist-schema.ts)", () => {
    expect(readFileSync("checklists/schema.json", "utf8")).toBe(checklistJsonSchemaText());
  });

  it("load both clause catalogues", () => {
    expect(loadClauseCatalogue("checklists").map((c) => c.standard)).toEqual(["VMB", "KMSA"]);
  });
});

describe("broken checklist files", () => {
  it("name the file, the item key and the problem", () => {
    const broken = clone();
    delete broken.sections[0].items[0].guidance;
    const key = String(broken.sections[0].items[0].key);
    const dir = fixtureDir({ "vmb/broken.json": broken });
    expect(() => loadChecklistFiles(dir)).toThrow(join(dir, "vmb/broken.json"));
    expect(() => loadChecklistFiles(dir)).toThrow(new RegExp(`item "${key.replace(/\./g, "\\.")}" \\(sections\\[0\\]\\.items\\[0\\]\\.guidance\\)`));
  });

  type Raw = typeof real;
  const asMeasure = (c: Raw, extra: object) => Object.assign(c.sections[1].items[0], { type: "measure", unit: "rings", ...extra });
  it.each<[string, (c: Raw) => unknown, string, string]>([
    ["a measure item without threshold", (c) => (asMeasure(c, {}), delete c.sections[1].items[0].threshold), "vmb.phone_out.prepared", "measure items need a threshold"],
    ["a measure item with an unknown unit", (c) => asMeasure(c, { unit: "days", threshold: { max: 1 } }), "vmb.phone_out.prepared", "measure items need a unit"],
    ["a threshold with both min and max", (c) => asMeasure(c, { threshold: { max: 3, min: 1 } }), "vmb.phone_out.prepared", "exactly one"],
    ["unit and threshold on a yes_no item", (c) => Object.assign(c.sections[1].items[0], { type: "yes_no", unit: "rings", threshold: { max: 3 } }), "vmb.phone_out.prepared", 'field(s) "unit", "threshold" not allowed on yes_no items'],
    ["phrases on a yes_no item", (c) => (c.sections[0].items[1].type = "yes_no"), "vmb.phone_in.greeting_phrase", 'field(s) "phrases" not allowed on yes_no items'],
    ["a phrase item without phrases", (c) => delete c.sections[0].items[1].phrases, "vmb.phone_in.greeting_phrase", "phrase items need phrases"],
    ["a citation outside the grammar", (c) => (c.sections[0].items[0].source = ["VMB 4.1.1a"]), "vmb.phone_in.introduction", '"VMB 4.1.1a" is not a citation'],
    ["a citation of the other standard", (c) => (c.sections[0].items[0].source = ["KMSA V"]), "vmb.phone_in.introduction", '"KMSA V" cites another standard than VMB'],
    ["a duplicate item key", (c) => (c.sections[0].items[1].key = c.sections[0].items[0].key), "vmb.phone_in.introduction", "duplicate item key"],
    ["a zero weight", (c) => (c.sections[0].items[0].weight = 0), "vmb.phone_in.introduction", "weight"],
  ])("reject %s, naming file, item and problem", (_name, mutate, key, problem) => {
    const broken = clone();
    mutate(broken);
    let message = "";
    try {
      parseChecklist("checklists/vmb/phone.json", broken);
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toContain("checklists/vmb/phone.json");
    expect(message).toContain(`item "${key}"`);
    expect(message).toContain(problem);
  });

  it("reject invalid JSON naming the file", () => {
    const dir = fixtureDir({ "vmb/bad.json": "{ not json" });
    expect(() => loadChecklistFiles(dir)).toThrow(/bad\.json:\n\s+- not valid JSON/);
  });

  it("reject an item key used in two files, naming both", () => {
    const other = { ...clone(), id: "vmb-phone-copy" };
    const dir = fixtureDir({ "vmb/a.json": clone(), "vmb/b.json": other });
    expect(() => loadChecklistFiles(dir)).toThrow(/b\.json[\s\S]*also used in .*a\.json/);
  });

  it("reject a KMSA checklist in the vmb folder", () => {
    const kmsa = JSON.parse(readFileSync("checklists/kmsa/email.json", "utf8"));
    const dir = fixtureDir({ "vmb/email.json": kmsa });
    expect(() => loadChecklistFiles(dir)).toThrow(/"KMSA" in the vmb\/ folder/);
  });
});

describe("version hash", () => {
  it("ignores key order, indentation and $schema, and changes with content", () => {
    const a = parseChecklist("a.json", clone());
    const reordered = Object.fromEntries(Object.entries(clone()).reverse());
    delete (reordered as { $schema?: string }).$schema;
    expect(parseChecklist("b.json", reordered).hash).toBe(a.hash);
    const changed = clone();
    changed.sections[0].items[0].weight = 5;
    expect(parseChecklist("c.json", changed).hash).not.toBe(a.hash);
  });

  it("canonical JSON sorts keys and drops undefined", () => {
    expect(canonicalJson({ b: 1, a: [{ d: undefined, c: "x" }] })).toBe('{"a":[{"c":"x"}],"b":1}');
  });
});
