// The interface speaks the glossary's language (docs/glossary.md): no Lithuanian message
// uses a word the glossary rules out, every area names the channels alike, and no status is
// printed next to a person's name in a gendered form.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CHANNELS } from "~/domain/checklists/schema";
import { en } from "./en";
import { lt } from "./lt";

const glossary = fs.readFileSync(path.resolve(import.meta.dirname, "../../docs/glossary.md"), "utf8");
/** The rows of the glossary's table: [lt, en, meaning, not]. */
const rows = glossary
  .split("\n")
  .filter((line) => line.startsWith("| ") && !line.startsWith("| lt ") && !line.startsWith("|---"))
  .map((line) =>
    line
      .split("|")
      .slice(1, -1)
      .map((cell) => cell.trim()),
  );

const texts = (catalogue: Record<string, unknown>) =>
  Object.entries(catalogue).flatMap(([key, value]) =>
    typeof value === "string" ? [[key, value]] : Object.values(value as object).map((v) => [key, String(v)]),
  );

describe("glossary", () => {
  it("has the terms the interface relies on", () => {
    expect(rows.length).toBeGreaterThan(15);
    expect(rows.map((r) => r[0])).toEqual(expect.arrayContaining(["kontrolinis sąrašas", "kritinis reikalavimas", "peržiūros komentaras"]));
  });

  it("no Lithuanian message uses a word the glossary rules out", () => {
    const avoided = rows.map((r) => r[3]).filter(Boolean);
    expect(avoided.length).toBeGreaterThan(0);
    const offending = texts(lt).filter(([, text]) => avoided.some((word) => text.toLowerCase().includes(word.toLowerCase().slice(0, -2))));
    expect(offending).toEqual([]);
  });

  it("every area names a channel the same way, as the glossary does", () => {
    for (const channel of CHANNELS) {
      for (const catalogue of [lt, en] as Record<string, unknown>[]) {
        const names = Object.entries(catalogue)
          .filter(([key]) => key.endsWith(`.channel.${channel}`))
          .map(([, v]) => v);
        expect(names.length, channel).toBeGreaterThanOrEqual(3);
        expect(new Set(names).size, `${channel}: ${names.join(" / ")}`).toBe(1);
      }
      const row = rows.find((r) => r[2].includes(`\`${channel}\``));
      expect([row?.[0], row?.[1]]).toEqual([lt[`dashboards.channel.${channel}`], en[`dashboards.channel.${channel}`]]);
    }
  });

  it("inspection statuses shown next to a name need no grammatical gender", () => {
    for (const key of ["inspections.status.pending", "inspections.status.present", "inspections.status.absent"] as const)
      expect(lt[key]).not.toMatch(/(įvertintas|įvertinta|neįvertintas|neįvertinta)$/);
  });
});
