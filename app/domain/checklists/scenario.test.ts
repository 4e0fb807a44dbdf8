import { describe, expect, it } from "vitest";
import { checklist } from "../scoring/fixtures";
import { loadChecklistFiles } from "./load.server";
import { ScenarioFileSchema, scenarioProblems, type Scenario } from "./scenario";
import { loadProtocols, loadScenarioFiles } from "./scenarios.server";
import { CHANNELS } from "./schema";

const files = loadChecklistFiles("checklists").map((l) => l.checklist);

describe("the scenario library (checklists/*/scenarios)", () => {
  const scenarios = loadScenarioFiles(files);

  it("loads and every scenario refers to existing items, with N/A only where allowed", () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(16);
    for (const s of scenarios) expect(scenarioProblems(s, files), s.key).toEqual([]);
  });

  it.each(["VMB", "KMSA"])("%s has the scenarios the issue asks for", (standard) => {
    const own = scenarios.filter((s) => s.key.startsWith(`${standard.toLowerCase()}.`));
    const of = (id: string) => files.find((c) => c.id === id)!;
    // an information request per channel (in person, phone, e-mail), outside conflicts
    for (const channel of ["in_person", "phone", "email"] as const)
      expect(own.some((s) => s.channel === channel && !s.checklist.endsWith("-conflict")), channel).toBe(true);
    // a confidential-data request by phone with an answer key for the identity item
    expect(own.some((s) => s.channel === "phone" && Object.keys(s.answer_keys).some((k) => k.endsWith(".phone_conf.identity")))).toBe(true);
    // complaints: organisation at fault (own-fault items exercised) and not at fault (own-fault items N/A)
    const conflicts = own.filter((s) => of(s.checklist).id.endsWith("-conflict"));
    expect(conflicts.some((s) => s.exercises.some((k) => k.includes(".own_fault_")))).toBe(true);
    // (the not-at-fault handling is scored by the general solution item, with the correct answer as its key)
    expect(conflicts.some((s) => s.not_applicable.some((k) => k.includes(".own_fault_")) && Object.keys(s.answer_keys).some((k) => s.exercises.includes(k)))).toBe(true);
    // an e-mail that needs examination: the acknowledgement is expected
    expect(own.some((s) => s.channel === "email" && s.exercises.some((k) => k.endsWith(".email.auto_reply")) && Object.keys(s.answer_keys).some((k) => k.endsWith(".email.auto_reply")))).toBe(true);
  });

  it("gives a shopper protocol for every channel", () => {
    const protocols = loadProtocols();
    for (const channel of CHANNELS) expect(protocols.channels[channel].length, channel).toBeGreaterThan(0);
    expect(protocols.channels.phone.map((s) => s.lt).join(" ")).toMatch(/šešis/);
  });
});

describe("scenarioProblems", () => {
  const c = checklist({ s: [{ key: "vmb.s.asked" }, { key: "vmb.s.optional", na_allowed: true }, { key: "vmb.s.always" }] });
  const base: Scenario = ScenarioFileSchema.parse({
    key: "vmb.scenario.x", checklist: "vmb-test", channel: "in_person", title: { lt: "t", en: "t" }, brief: { lt: "b", en: "b" },
    exercises: ["vmb.s.asked"], not_applicable: ["vmb.s.optional"], answer_keys: { "vmb.s.asked": { lt: "a", en: "a" } },
  });

  it("accepts a sound scenario", () => {
    expect(scenarioProblems(base, [c])).toEqual([]);
  });

  it.each([
    ["an unknown checklist", { checklist: "vmb-none" }, 'checklist "vmb-none" does not exist'],
    ["another channel", { channel: "phone" }, 'channel "phone" is not a channel of vmb-test'],
    ["an unknown item", { exercises: ["vmb.s.nope"] }, 'exercises: item "vmb.s.nope" is not in vmb-test'],
    ["N/A on an item without N/A", { not_applicable: ["vmb.s.always"] }, 'not_applicable: item "vmb.s.always" does not allow N/A'],
    ["an item both exercised and N/A", { exercises: ["vmb.s.asked", "vmb.s.optional"] }, 'item "vmb.s.optional" is both exercised and N/A'],
    ["an answer key for an item not exercised", { answer_keys: { "vmb.s.always": { lt: "a", en: "a" } } }, 'answer_keys: item "vmb.s.always" is not exercised'],
  ])("reports %s", (_what, change, message) => {
    expect(scenarioProblems({ ...base, ...change } as Scenario, [c])).toContain(message);
  });
});
