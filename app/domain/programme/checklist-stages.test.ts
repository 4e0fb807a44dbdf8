// Every section of every shipped checklist carries a deliberate stage decision, and the
// decisions are the ones written down here (docs/programme.md explains them): changing a
// section's stage must change this table too.
import { describe, expect, it } from "vitest";
import { loadChecklistFiles } from "../checklists/load.server";
import { ChecklistFileSchema } from "../checklists/schema";
import { STAGES } from "./stages";

const DECISIONS: Record<string, Record<string, string>> = {
  "vmb-appearance": { common: "appearance", women: "appearance", men: "appearance" },
  "vmb-conflict": { complaint: "none", conduct: "none", staff_fault: "none", method: "none" },
  "vmb-court": { court: "none" },
  "vmb-email": { reply: "email", writing: "email", absence: "email" },
  "vmb-home-visit": { before: "none", unannounced: "none", at_the_door: "none", work: "none", difficult_client: "none" },
  "vmb-in-person": {
    greeting: "greeting",
    communication: "none",
    needs: "needs",
    information: "information",
    closing: "closing",
    confidentiality: "none",
  },
  "vmb-phone": { incoming: "phone", outgoing: "phone", conversation: "phone", confidentiality: "none" },
  "vmb-special-situations": { availability: "none", language: "none", difficult_clients: "none", documents: "none", disability: "none" },
  "vmb-workplace": { premises: "workplace", office: "workplace", readiness: "workplace", confidentiality: "none" },
  "kmsa-appearance": { common: "appearance", women: "appearance", men: "appearance" },
  "kmsa-conflict": { complaint: "none", conduct: "none", fault: "none", algorithm: "none", phrases: "none" },
  "kmsa-email": { reply: "email", writing: "email", absence: "email" },
  "kmsa-field-visit": { preparation: "none", greeting: "none", needs: "none", information: "none", closing: "none", conduct: "none" },
  "kmsa-in-person": {
    greeting: "greeting",
    communication: "none",
    needs: "needs",
    information: "information",
    closing: "closing",
    confidentiality: "none",
  },
  "kmsa-phone": { incoming: "phone", outgoing: "phone", conversation: "phone", confidentiality: "none" },
  "kmsa-special-situations": {
    phone_while_serving: "none",
    difficult_clients: "none",
    documents: "none",
    closing_time: "none",
    language: "none",
  },
  "kmsa-workplace": { workplace: "workplace", confidentiality: "none", attitude: "workplace" },
};

const loaded = loadChecklistFiles();

describe("checklist stages", () => {
  it("every section of every shipped checklist has a stage or an explicit none", () => {
    const missing = loaded.flatMap(({ checklist }) =>
      checklist.sections.filter((s) => s.stage === undefined).map((s) => `${checklist.id}/${s.key}`),
    );
    expect(missing).toEqual([]);
  });

  it("are the decisions written down, for every checklist", () => {
    const actual = Object.fromEntries(
      loaded.map(({ checklist }) => [checklist.id, Object.fromEntries(checklist.sections.map((s) => [s.key, s.stage]))]),
    );
    expect(actual).toEqual(DECISIONS);
  });

  it("every stage is measured by both standards (a stage only one standard has compares nothing)", () => {
    for (const standard of ["VMB", "KMSA"]) {
      const stages = new Set(
        loaded.filter((l) => l.checklist.standard === standard).flatMap((l) => l.checklist.sections.map((s) => s.stage)),
      );
      for (const stage of STAGES) expect(stages.has(stage), `${standard} ${stage}`).toBe(true);
    }
  });

  it("the schema rejects an unknown stage and accepts a section without one (versions stored before stages)", () => {
    const file = structuredClone(loaded.find((l) => l.checklist.id === "vmb-court")!.checklist) as Record<string, unknown> & {
      sections: Record<string, unknown>[];
    };
    file.sections[0].stage = "court";
    const bad = ChecklistFileSchema.safeParse(file);
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0].message).toMatch(/stage must be one of greeting, needs/);
    delete file.sections[0].stage;
    expect(ChecklistFileSchema.safeParse(file).success).toBe(true);
  });
});
