// Everything held about one employee (GDPR Art. 15), as the files of one ZIP: CSV tables a
// spreadsheet opens, the same in one JSON file, and a readable summary in the reader's
// language. Pure: the model gathers the data, the route zips the files.
import { toCsv } from "../csv/write";

export type SubjectAnswer = {
  itemKey: string;
  itemText: string;
  sectionKey: string;
  choice: string | null;
  number: number | null;
  phrases: string[] | null;
  otherPhrase: string | null;
  comment: string | null;
  value: number | null;
};

export type SubjectAudit = {
  id: number;
  interactionAt: number;
  channel: string;
  checklist: string;
  auditType: string;
  state: string;
  score: number | null;
  passed: boolean | null;
  criticalFailure: boolean;
  location: string | null;
  overallComment: string | null;
  /** When the employee acknowledged the audit („Susipažinau“), if they did. */
  acknowledgedAt: number | null;
  answers: SubjectAnswer[];
};

/** One disputed item of an audit about the employee (issue 19): their proposal and reason, and
 * the decision they were told. The supervisor's first opinion is left out, like reviewers' notes. */
export type SubjectDisputeItem = {
  auditId: number;
  openedAt: number;
  itemKey: string;
  original: unknown;
  proposed: unknown;
  reason: string;
  outcome: string | null;
  corrected: unknown;
  decisionReason: string | null;
  decidedAt: number | null;
};

export type SubjectAccess = { at: number; who: string; action: string; object: string; detail: string | null };

export type SubjectData = {
  exportedAt: number;
  exportedBy: string;
  organisation: string;
  employee: {
    id: number;
    firstName: string;
    lastName: string;
    position: string;
    department: string;
    email: string | null;
    code: string | null;
    active: boolean;
    account: string | null;
    anonymisedAt: number | null;
  };
  audits: SubjectAudit[];
  disputes: SubjectDisputeItem[];
  accessLog: SubjectAccess[];
};

export const SUBJECT_FILES = {
  summary: "santrauka.txt",
  json: "duomenys.json",
  person: "asmuo.csv",
  audits: "vertinimai.csv",
  answers: "atsakymai.csv",
  disputes: "gincai.csv",
  accessLog: "prieigos-zurnalas.csv",
} as const;

const cell = (v: unknown): string => (v === null || v === undefined ? "" : Array.isArray(v) ? v.join(" | ") : String(v));
const iso = (ms: number) => new Date(ms).toISOString();

/** The archive's files by name; `summary` is the readable text (already in the reader's language). */
export function subjectFiles(data: SubjectData, summary: string): Record<string, string> {
  const e = data.employee;
  const person = toCsv([
    ["id", "first_name", "last_name", "position", "department", "email", "code", "active", "account", "anonymised_at"],
    [
      e.id,
      e.firstName,
      e.lastName,
      e.position,
      e.department,
      e.email,
      e.code,
      e.active,
      e.account,
      e.anonymisedAt && iso(e.anonymisedAt),
    ].map(cell),
  ]);
  const audits = toCsv([
    [
      "audit_id",
      "interaction_at",
      "channel",
      "checklist",
      "audit_type",
      "state",
      "score",
      "passed",
      "critical_failure",
      "location",
      "overall_comment",
      "acknowledged_at",
    ],
    ...data.audits.map((a) =>
      [
        a.id,
        iso(a.interactionAt),
        a.channel,
        a.checklist,
        a.auditType,
        a.state,
        a.score,
        a.passed,
        a.criticalFailure,
        a.location,
        a.overallComment,
        a.acknowledgedAt && iso(a.acknowledgedAt),
      ].map(cell),
    ),
  ]);
  const answers = toCsv([
    ["audit_id", "section", "item_key", "item", "choice", "number", "phrases", "other_phrase", "comment", "value"],
    ...data.audits.flatMap((a) =>
      a.answers.map((x) =>
        [a.id, x.sectionKey, x.itemKey, x.itemText, x.choice, x.number, x.phrases, x.otherPhrase, x.comment, x.value].map(cell),
      ),
    ),
  ]);
  const json = (v: unknown) => (v === null || v === undefined ? "" : JSON.stringify(v));
  const disputes = toCsv([
    ["audit_id", "opened_at", "item_key", "answer_then", "proposed", "reason", "outcome", "corrected", "decision_reason", "decided_at"],
    ...data.disputes.map((d) =>
      [
        d.auditId,
        iso(d.openedAt),
        d.itemKey,
        json(d.original),
        json(d.proposed),
        d.reason,
        d.outcome,
        json(d.corrected),
        d.decisionReason,
        d.decidedAt && iso(d.decidedAt),
      ].map(cell),
    ),
  ]);
  const accessLog = toCsv([
    ["at", "who", "action", "object", "detail"],
    ...data.accessLog.map((l) => [iso(l.at), l.who, l.action, l.object, l.detail].map(cell)),
  ]);
  return {
    [SUBJECT_FILES.summary]: summary,
    [SUBJECT_FILES.json]: JSON.stringify(data, null, 2),
    [SUBJECT_FILES.person]: person,
    [SUBJECT_FILES.audits]: audits,
    [SUBJECT_FILES.answers]: answers,
    [SUBJECT_FILES.disputes]: disputes,
    [SUBJECT_FILES.accessLog]: accessLog,
  };
}

/** Counts the summary states. */
export function subjectCounts(data: SubjectData) {
  return {
    audits: data.audits.length,
    published: data.audits.filter((a) => a.state === "published").length,
    answers: data.audits.reduce((n, a) => n + a.answers.length, 0),
    comments: data.audits.reduce((n, a) => n + a.answers.filter((x) => x.comment).length + (a.overallComment ? 1 : 0), 0),
    disputedItems: data.disputes.length,
    accessLog: data.accessLog.length,
  };
}

/** The archive's file name: the employee's id and the day, no name (the file may travel). */
export function subjectArchiveName(employeeId: number, at: number): string {
  return `asmens-duomenys-${employeeId}-${new Date(at).toISOString().slice(0, 10)}.zip`;
}
