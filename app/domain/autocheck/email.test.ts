import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { loadChecklistFiles } from "../checklists/load.server";
import type { Checklist } from "../checklists/schema";
import { parseVilniusTime } from "./calendar";
import { parseAutocheckConfig } from "./config";
import { checkEmails } from "./email";
import type { ParsedEmail } from "./mime";
import type { Speller } from "./speller";
import { loadSpeller } from "./speller.server";

const config = parseAutocheckConfig(JSON.parse(readFileSync("checklists/autocheck.json", "utf8")));
const checklist = loadChecklistFiles().find((l) => l.checklist.id === "vmb-email")!.checklist as Checklist;
let speller: Speller;
beforeAll(async () => {
  speller = await loadSpeller();
});

const REPLY =
  "Laba diena,\n\ndėkojame už laišką. Sąskaita apskaičiuota teisingai.\n\nPagarbiai,\nOna Petraitienė\nVyriausioji specialistė\nSĮ „Vilniaus miesto būstas“\nTel. +370 5 212 3456";
const mail = (date: string, ownText: string, headers: Record<string, string> = {}, subject = "RE: Sąskaita"): ParsedEmail => ({
  subject,
  date: new Date(date),
  from: "ona@vilniausbustas.lt",
  headers: new Map(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v])),
  fullText: ownText,
  ownText,
});
const run = (files: ParsedEmail[], sent: string | null) =>
  checkEmails(
    files.map((email, i) => ({ name: `${i + 1}.eml`, email })),
    checklist,
    { sent: sent ? parseVilniusTime(sent) : null, speller, config },
  );

describe("checkEmails", () => {
  it("measures to the first reply that is not automatic and names every item", () => {
    const r = run(
      [
        mail("2026-11-20T09:00:05+02:00", "Jūsų elektroninę užklausą gavome. Atsakysime artimiausiu metu.", {
          "Auto-Submitted": "auto-replied",
        }),
        mail("2026-11-23T09:00:00+02:00", REPLY),
      ],
      "2026-11-20 09:00",
    );
    expect(r).toMatchObject({ reply_hours: 72, reply_working_hours: 24, auto_reply: true, vacation_notice: false });
    expect(r.items["vmb.email.response_hours"]).toMatchObject({ answer: "no", value: 72 });
    expect(r.items["vmb.email.auto_reply"].answer).toBe("yes");
    expect(r.items["vmb.email.signature"].answer).toBe("yes");
    expect(Object.keys(r.items).sort()).toEqual(checklist.sections.flatMap((s) => s.items.map((i) => i.key)).sort());
    expect(r.messages.map((m) => m.kind)).toEqual(["acknowledgement", "reply"]);
  });

  it("ignores the shopper's own letter dated at the sent time", () => {
    const own = mail("2026-11-20T08:59:30+02:00", "Labas, kodėl tokia sąskaita?", {}, "Sąskaita");
    const r = run([own, mail("2026-11-20T11:00:00+02:00", REPLY)], "2026-11-20 09:00");
    expect(r.reply_hours).toBe(2);
    expect(r.messages[0].kind).toBe("original");
    expect(r.items["vmb.email.respectful_address"].answer).toBe("yes");
  });

  it("answers the acknowledgement item N/A for a quick reply and no for a late one without it", () => {
    expect(run([mail("2026-11-20T10:00:00+02:00", REPLY)], "2026-11-20 09:00").items["vmb.email.auto_reply"].answer).toBe("na");
    expect(run([mail("2026-11-23T10:00:00+02:00", REPLY)], "2026-11-20 09:00").items["vmb.email.auto_reply"].answer).toBe("no");
    expect(run([mail("2026-11-23T10:00:00+02:00", REPLY)], null).items["vmb.email.auto_reply"].answer).toBeNull();
  });

  it("leaves the writing items null when only automatic messages came", () => {
    const r = run([mail("2026-11-20T09:00:05+02:00", "Atostogauju iki 2026-11-30.", { "X-Autoreply": "yes" })], "2026-11-20 09:00");
    expect(r).toMatchObject({ reply_hours: null, auto_reply: true, vacation_notice: true });
    expect(r.items["vmb.email.vacation_auto_reply"].answer).toBe("partial");
    expect(r.items["vmb.email.thanks"].answer).toBeNull();
    expect(r.items["vmb.email.response_hours"]).toEqual({ answer: null, value: null, evidence: [] });
  });
});
