// The import template's example row must itself import: every committed checklist's example
// answers pass the scoring validation (one appearance column, a comment on "partial").
import { describe, expect, it } from "vitest";
import { loadChecklistFiles } from "../checklists/load.server";
import { checklistItems, validateAnswers, type RawAnswer } from "../scoring";
import { commentColumn, templateRows } from "./layout";
import { parseChoice, parseDecimal, parsePhrases } from "./values";

describe("import template", () => {
  it.each(loadChecklistFiles("checklists").map((l) => [l.checklist.id, l.checklist] as const))(
    "%s: the example row is a valid audit",
    (_id, checklist) => {
      const [header, example] = templateRows(checklist, { departmentCode: "KAS", interactionAt: "2026-11-20 10:00" });
      const cell = (column: string) => example[header.indexOf(column)] ?? "";
      const answers: RawAnswer[] = checklistItems(checklist).map((item) => {
        const value = cell(item.key);
        const comment = cell(commentColumn(item.key)) || undefined;
        if (parseChoice(value) === "na") return { key: item.key, choice: "na" };
        if (item.type === "measure") return { key: item.key, number: parseDecimal(value), comment };
        if (item.type === "phrase") return { key: item.key, phrases: parsePhrases(value), comment };
        return { key: item.key, choice: parseChoice(value) ?? undefined, comment };
      });
      expect(validateAnswers(checklist, answers, { requireComplete: true })).toEqual([]);
    },
  );
});
