import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadChecklistFiles } from "../checklists/load.server";
import { parseAutocheckConfig } from "./config";

const config = parseAutocheckConfig(JSON.parse(readFileSync("checklists/autocheck.json", "utf8")));
const items = new Map(
  loadChecklistFiles().flatMap((l) =>
    l.checklist.sections.flatMap((s) => s.items.map((i) => [i.key, { item: i, checklist: l.checklist }] as const)),
  ),
);

describe("checklists/autocheck.json", () => {
  it("names only items that exist", () => {
    const missing = Object.keys(config.items).filter((key) => !items.has(key));
    expect(missing).toEqual([]);
  });

  it("gives each check an item of a fitting type and channel", () => {
    for (const [key, rule] of Object.entries(config.items)) {
      const { item, checklist } = items.get(key)!;
      const email = checklist.channels.includes("email");
      if (rule.check === "phrases") expect(item.type, key).toBe("phrase");
      else if (rule.check === "reply_hours") expect(item.type === "measure" && item.unit === "hours", key).toBe(true);
      else if (rule.check === "rings") expect(item.type === "measure" && item.unit === "rings", key).toBe(true);
      else if (rule.check === "introduction")
        expect(rule.phrase_item ? item.type === "phrase" : item.type === "yes_partial_no", key).toBe(true);
      else if (rule.check === "vacation_notice" || rule.check === "spelling") expect(item.type, key).toBe("yes_partial_no");
      else if (rule.check !== "diminutives") expect(item.type, key).toBe("yes_no");
      const emailCheck = !["phrases", "introduction", "diminutives", "rings"].includes(rule.check);
      expect(emailCheck ? email : checklist.channels.some((c) => c !== "email"), key).toBe(true);
    }
  });

  it("answers the measurable items of both e-mail checklists", () => {
    for (const standard of ["vmb", "kmsa"])
      for (const name of [
        "response_hours",
        "auto_reply",
        "lithuanian_letters",
        "subject",
        "respectful_address",
        "thanks",
        "proofread",
        "signature",
        "vacation_auto_reply",
      ])
        expect(config.items[`${standard}.email.${name}`], `${standard}.email.${name}`).toBeDefined();
  });

  it("has sane spelling thresholds and an hours choice per standard", () => {
    expect(config.spelling.yes_max_per_100).toBeLessThanOrEqual(config.spelling.partial_max_per_100);
    expect(Object.keys(config.reply_hours).sort()).toEqual(["KMSA", "VMB"]);
  });

  it("ties every equivalent to a phrase of an item that uses its list", () => {
    const norm = (p: string) =>
      p
        .toLowerCase()
        .replace(/[^\p{L}]+/gu, " ")
        .trim();
    for (const [list, extras] of Object.entries(config.extra_phrases)) {
      const users = Object.entries(config.items)
        .filter(([, r]) => r.check === "phrases" && r.extra.includes(list))
        .map(([key]) => items.get(key)!.item);
      expect(users.length, list).toBeGreaterThan(0);
      for (const extra of extras.filter((e) => e.equivalent_to)) {
        const listed = users.flatMap((i) => (i.type === "phrase" ? [...i.phrases.recommended, ...i.phrases.forbidden] : []));
        expect(listed.map(norm), `${list}: ${extra.phrase}`).toContain(norm(extra.equivalent_to!));
      }
    }
  });

  it("rejects an unknown check", () => {
    const raw = JSON.parse(readFileSync("checklists/autocheck.json", "utf8"));
    raw.items["vmb.email.subject"] = { check: "mind_reading" };
    expect(() => parseAutocheckConfig(raw)).toThrow();
  });
});
