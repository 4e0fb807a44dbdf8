// check-email and check-transcript run as operators run them: child processes on corpus files.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "etalonas-autocheck-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const corpus = (file: string) => `tests/fixtures/autocheck/${file}`;

function cli(args: string[]): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve, reject) => {
    // No database: the checkers read the checklists from their files.
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/cli.ts", ...args], {
      env: { ...process.env, DATABASE_URL: path.join(dir, "none.db") },
    });
    let out = "";
    let err = "";
    child.stdout.setEncoding("utf8").on("data", (c: string) => (out += c));
    child.stderr.setEncoding("utf8").on("data", (c: string) => (err += c));
    child.stdin.end();
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, out, err }));
  });
}

describe("autocheck CLI", { timeout: 120_000 }, () => {
  it("check-email prints one JSON object with items, hours and flags", async () => {
    const { code, out, err } = await cli([
      "check-email",
      corpus("emails/e13-kmsa-ack-then-reply/1.eml"),
      corpus("emails/e13-kmsa-ack-then-reply/2.eml"),
      "--checklist",
      "kmsa-email",
      "--sent",
      "2026-11-16 10:00",
    ]);
    expect(err).toBe("");
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(json).toMatchObject({ reply_hours: 47.5, reply_working_hours: 47.5, auto_reply: true, vacation_notice: false });
    expect(json.items["kmsa.email.response_hours"]).toMatchObject({ answer: "no", value: 47.5 });
    expect(json.items["kmsa.email.auto_reply"].answer).toBe("yes");
    expect(json.items["kmsa.email.thanks"]).toEqual({ answer: "yes", evidence: ["Dėkojame už Jūsų laišką."] });
    expect(json.items["kmsa.email.answers_all"]).toEqual({ answer: null, evidence: [] });
    expect(Object.keys(json.items)).toHaveLength(15); // every item of the checklist
    expect("value" in json.items["kmsa.email.thanks"]).toBe(false);
  });

  it("check-email without --sent leaves the hours null", async () => {
    const { code, out } = await cli(["check-email", corpus("emails/e03-vmb-no-diacritics/1.eml"), "--checklist", "vmb-email"]);
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(json.reply_hours).toBeNull();
    expect(json.items["vmb.email.lithuanian_letters"].answer).toBe("no");
  });

  it("check-transcript prints items and the phrases found with item and line", async () => {
    const { code, out, err } = await cli([
      "check-transcript",
      corpus("transcripts/t02-kmsa-phone-klausau.txt"),
      "--checklist",
      "kmsa-phone",
    ]);
    expect(err).toBe("");
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(json.items["kmsa.phone_in.greeting_phrase"].answer).toBe("no");
    expect(json.phrases).toEqual([
      { phrase: "Klausau", kind: "forbidden", item: "kmsa.phone_in.greeting_phrase", line: 1 },
      { phrase: "Ko norite", kind: "forbidden", item: "kmsa.phone_in.opening_phrase", line: 3 },
      { phrase: "Iki", kind: "forbidden", item: "kmsa.phone_talk.farewell", line: 7 },
    ]);
  });

  it("fails with exit code 1 and a clear message on bad input", async () => {
    const notEmail = await cli(["check-email", corpus("transcripts/t01-kmsa-phone-model.txt"), "--checklist", "kmsa-email"]);
    expect(notEmail.code).toBe(1);
    expect(notEmail.err).toMatch(/is not an e-mail message/);
    expect(notEmail.out).toBe("");

    const unknown = await cli(["check-email", corpus("emails/e01-vmb-good-plain/1.eml"), "--checklist", "vmb-telepathy"]);
    expect(unknown.code).toBe(1);
    expect(unknown.err).toMatch(/Unknown checklist "vmb-telepathy"/);

    const otherChannel = await cli(["check-email", corpus("emails/e01-vmb-good-plain/1.eml"), "--checklist", "vmb-phone"]);
    expect(otherChannel.code).toBe(1);
    expect(otherChannel.err).toMatch(/"vmb-phone" is for phone, not for e-mail/);

    const emailAsTranscript = await cli(["check-transcript", corpus("emails/e01-vmb-good-plain/1.eml"), "--checklist", "vmb-phone"]);
    expect(emailAsTranscript.code).toBe(1);
    expect(emailAsTranscript.err).toMatch(/use check-email/);

    const transcriptOfEmailChecklist = await cli([
      "check-transcript",
      corpus("transcripts/t01-kmsa-phone-model.txt"),
      "--checklist",
      "kmsa-email",
    ]);
    expect(transcriptOfEmailChecklist.code).toBe(1);
    expect(transcriptOfEmailChecklist.err).toMatch(/not for transcripts/);

    const badSent = await cli(["check-email", corpus("emails/e01-vmb-good-plain/1.eml"), "--checklist", "vmb-email", "--sent", "vakar"]);
    expect(badSent.code).toBe(1);
    expect(badSent.err).toMatch(/--sent "vakar" is not a time/);

    const missing = await cli(["check-email", path.join(dir, "nothing.eml"), "--checklist", "vmb-email"]);
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/Cannot read/);
  });
});
