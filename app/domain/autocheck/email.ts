/**
 * The e-mail checker: reads the reply and any automatic messages the shopper attached and
 * suggests answers for the items of an e-mail checklist, each with its evidence.
 */
import type { Checklist } from "../checklists/schema";
import { calendarHours, roundHours, workingHours } from "./calendar";
import type { AutocheckConfig } from "./config";
import { classifyMessage, type Classified } from "./message-kind";
import type { ParsedEmail } from "./mime";
import { allItems, itemResults, type ItemResult } from "./result";
import type { Speller } from "./speller";
import { clip } from "./text";
import {
  checkLithuanianLetters,
  checkRespectfulAddress,
  checkSignature,
  checkSpelling,
  checkSubject,
  checkThanks,
  wordReport,
  type CheckResult,
} from "./writing";

export type EmailInput = { name: string; email: ParsedEmail };
export type EmailCheckOptions = { sent: Date | null; speller: Speller; config: AutocheckConfig };

export type EmailCheckResult = {
  checklist: string;
  items: Record<string, ItemResult>;
  reply_hours: number | null;
  reply_working_hours: number | null;
  auto_reply: boolean;
  vacation_notice: boolean;
  messages: { file: string; kind: Classified["kind"]; date: string | null; evidence: string[] }[];
};

type Message = EmailInput & Classified;

function byDate(a: Message, b: Message): number {
  return (a.email.date?.getTime() ?? Infinity) - (b.email.date?.getTime() ?? Infinity);
}

function vacationResult(notice: Message | undefined): CheckResult {
  if (!notice) return { answer: "na", evidence: [] };
  const evidence = [...notice.evidence, notice.period, notice.contact].filter((e): e is string => !!e).map((e) => clip(e));
  const parts = (notice.period ? 1 : 0) + (notice.contact ? 1 : 0);
  return { answer: parts === 2 ? "yes" : parts === 1 ? "partial" : "no", evidence };
}

export function checkEmails(inputs: EmailInput[], checklist: Checklist, options: EmailCheckOptions): EmailCheckResult {
  const { config, speller, sent } = options;
  const messages: Message[] = inputs
    .map((input): Message => {
      const classified = classifyMessage(input.email);
      // A person's reply dated before, or within two minutes of, the shopper's sent time
      // (given to the minute) cannot answer it: it is the shopper's own letter.
      const date = input.email.date;
      if (classified.kind === "reply" && sent && date && date.getTime() <= sent.getTime() + 120_000)
        return {
          ...input,
          kind: "original",
          evidence: [`Date ${date.toISOString()}: not after the sent time`],
          period: null,
          contact: null,
        };
      return { ...input, ...classified };
    })
    .sort(byDate);
  const reply = messages.find((m) => m.kind === "reply");
  const acknowledgement = messages.find((m) => m.kind === "acknowledgement");
  const vacation = messages.find((m) => m.kind === "vacation");

  const replyDate = reply?.email.date ?? null;
  const hours = sent && replyDate ? calendarHours(sent, replyDate) : null;
  const working = sent && replyDate ? workingHours(sent, replyDate) : null;
  const measured = config.reply_hours[checklist.standard] === "working" ? working : hours;

  const results = new Map<string, CheckResult>();
  const organisationNames = config.organisations[checklist.standard] ?? [];
  const report = reply ? wordReport(reply.email.ownText, speller, config) : null;
  const max = (key: string) => {
    const item = allItems(checklist).find((i) => i.key === key);
    return item?.type === "measure" ? item.threshold.max : undefined;
  };

  for (const [key, rule] of Object.entries(config.items)) {
    if (!allItems(checklist).some((i) => i.key === key)) continue;
    switch (rule.check) {
      case "reply_hours": {
        const limit = max(key);
        const value = measured === null ? null : roundHours(measured);
        const answer = value === null || value < 0 || limit === undefined ? null : value <= limit ? "yes" : "no";
        const evidence = reply?.email.date ? [`${reply.name}: ${reply.email.date.toISOString()}`] : [];
        results.set(key, { answer, value, evidence });
        break;
      }
      case "acknowledgement": {
        if (acknowledgement) results.set(key, { answer: "yes", evidence: acknowledgement.evidence });
        else if (hours !== null && hours >= 0) results.set(key, { answer: hours <= 24 ? "na" : "no", evidence: [] });
        break;
      }
      case "vacation_notice":
        results.set(key, vacationResult(vacation));
        break;
      case "subject":
        if (reply) results.set(key, checkSubject(reply.email.subject));
        break;
      case "thanks":
        if (reply) results.set(key, checkThanks(reply.email.ownText));
        break;
      case "respectful_address":
        if (reply) results.set(key, checkRespectfulAddress(reply.email.ownText));
        break;
      case "lithuanian_letters":
        if (report) results.set(key, checkLithuanianLetters(report));
        break;
      case "spelling":
        if (report) results.set(key, checkSpelling(report, config));
        break;
      case "signature":
        if (reply) results.set(key, checkSignature(reply.email.ownText, organisationNames));
        break;
      default:
        break;
    }
  }

  return {
    checklist: checklist.id,
    items: itemResults(checklist, results),
    reply_hours: hours === null ? null : roundHours(hours),
    reply_working_hours: working === null ? null : roundHours(working),
    auto_reply: messages.some((m) => m.kind === "acknowledgement" || m.kind === "vacation"),
    vacation_notice: vacation !== undefined,
    messages: messages.map((m) => ({ file: m.name, kind: m.kind, date: m.email.date?.toISOString() ?? null, evidence: m.evidence })),
  };
}
