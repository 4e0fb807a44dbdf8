/**
 * One row of an audit import file → the audit it describes, or the problems that stop it.
 * Pure: the database is reached through `AuditLookups`. The scoring engine decides which
 * answers are allowed (validateAnswers with requireComplete, as on submit).
 */
import type { AuditType, Channel, Checklist, ChecklistItem } from "../checklists/schema";
import {
  checklistItemMap,
  validateAnswers,
  type AnswerError,
  type AnswerErrorCode,
  type OtherPhraseJudgement,
  type RawAnswer,
} from "../scoring";
import { parseAuditType, parseChannel } from "./codes";
import { parseVilniusDateTime } from "../time";
import type { AuditColumn, AuditHeader, ItemColumn } from "./headers";
import { problem, type Problem } from "./problems";
import { isNotApplicable, parseChoice, parseDecimal, parseOtherPhraseAs, parsePhrases } from "./values";
import { interactionTimeProblem } from "../audit-form/interaction-time";

/** Errors about another phrase and its judgement: reported on the `<key>:other_as` column. */
const OTHER_PHRASE_CODES = new Set<AnswerErrorCode>(["missing_other_phrase_as", "invalid_other_phrase_as", "other_phrase_as_without_text"]);

export type ChecklistRef = { versionId: string; checklist: Checklist };

export interface AuditLookups {
  /** The version to validate against: the existing audit's for a known reference, else the current one. */
  checklist(id: string, externalRef: string): ChecklistRef | undefined;
  department(code: string): number | undefined;
  /** By employee code anywhere, else by "first last" name (department first). */
  employee(value: string, departmentId: number): number | "ambiguous" | undefined;
  auditor(email: string): number | undefined;
  /** Interactions later than this are "in the future". */
  now: number;
}

export type ParsedAudit = {
  line: number;
  externalRef: string;
  checklistId: string;
  versionId: string;
  auditType: AuditType;
  channel: Channel;
  departmentId: number;
  employeeId: number | null;
  auditorId: number | null;
  interactionAt: number;
  location: string | null;
  scenario: string | null;
  overallComment: string | null;
  answers: RawAnswer[];
};

export type RowResult = { ok: true; audit: ParsedAudit } | { ok: false; problems: Problem[] };

const MAX: Partial<Record<AuditColumn, number>> = { external_ref: 100, location: 200, scenario: 2000, overall_comment: 5000 };
const MAX_COMMENT = 2000;

export function parseAuditRow(cells: string[], line: number, header: AuditHeader, lookups: AuditLookups): RowResult {
  const problems: Problem[] = [];
  const columnName = (c: AuditColumn) => header.names[header.fixed[c]!] ?? c;
  const cell = (c: AuditColumn) => (header.fixed[c] === undefined ? "" : (cells[header.fixed[c]!] ?? "").trim());
  const fail = (c: AuditColumn | null, code: Parameters<typeof problem>[2], params?: Record<string, string | number>) =>
    problems.push(problem(line, c ? columnName(c) : null, code, params));
  const text = (c: AuditColumn) => {
    const value = cell(c);
    if (MAX[c] && value.length > MAX[c]!) fail(c, "too_long", { max: MAX[c]! });
    return value === "" ? null : value;
  };

  for (const c of ["external_ref", "checklist_id", "department_code", "interaction_at"] as const) if (cell(c) === "") fail(c, "required");
  const externalRef = text("external_ref") ?? "";
  const location = text("location");
  const scenario = text("scenario");
  const overallComment = text("overall_comment");

  const checklistId = cell("checklist_id").toLowerCase();
  const ref = checklistId ? lookups.checklist(checklistId, externalRef) : undefined;
  if (checklistId && !ref) fail("checklist_id", "unknown_checklist", { value: cell("checklist_id") });

  const auditType = resolveAuditType(cell("audit_type"), ref?.checklist);
  if (auditType === null) fail("audit_type", "invalid_audit_type", { value: cell("audit_type") });
  else if (ref && auditType && !ref.checklist.audit_types.includes(auditType))
    fail("audit_type", "audit_type_not_allowed", { checklist: checklistId });

  const channel = resolveChannel(cell("channel"), ref?.checklist);
  if (channel === null) fail("channel", "invalid_channel", { value: cell("channel") });
  else if (channel === undefined && ref) fail("channel", "required");
  else if (ref && channel && !ref.checklist.channels.includes(channel)) fail("channel", "channel_not_allowed", { checklist: checklistId });

  const departmentCode = cell("department_code");
  const departmentId = departmentCode ? lookups.department(departmentCode) : undefined;
  if (departmentCode && departmentId === undefined) fail("department_code", "unknown_department", { value: departmentCode });

  let employeeId: number | null = null;
  const employee = cell("employee");
  if (employee && departmentId !== undefined) {
    const found = lookups.employee(employee, departmentId);
    if (found === "ambiguous") fail("employee", "ambiguous_employee", { value: employee });
    else if (found === undefined) fail("employee", "unknown_employee", { value: employee });
    else employeeId = found;
  }

  let auditorId: number | null = null;
  const auditor = cell("auditor_email");
  if (auditor) {
    const found = lookups.auditor(auditor);
    if (found === undefined) fail("auditor_email", "unknown_auditor", { value: auditor });
    else auditorId = found;
  }

  let interactionAt = 0;
  const when = cell("interaction_at");
  if (when) {
    const parsed = parseVilniusDateTime(when);
    if (!parsed.ok) fail("interaction_at", parsed.reason === "nonexistent" ? "nonexistent_time" : "invalid_date", { value: when });
    else {
      const timeProblem = interactionTimeProblem(parsed.ms, lookups.now);
      if (timeProblem) fail("interaction_at", timeProblem === "future" ? "future_date" : "too_early_date", { value: when });
      else interactionAt = parsed.ms;
    }
  }

  const answers = ref ? readAnswers(cells, line, header, ref.checklist, problems) : [];
  if (problems.length || !ref || !auditType || !channel || departmentId === undefined) return { ok: false, problems };
  return {
    ok: true,
    audit: {
      line,
      externalRef,
      checklistId,
      versionId: ref.versionId,
      auditType,
      channel,
      departmentId,
      employeeId,
      auditorId,
      interactionAt,
      location,
      scenario,
      overallComment,
      answers,
    },
  };
}

/** Blank: the checklist's only type, or mystery shopper (what agencies deliver). null: unknown spelling. */
function resolveAuditType(value: string, checklist?: Checklist): AuditType | null | undefined {
  if (value) return parseAuditType(value) ?? null;
  if (!checklist) return undefined;
  return checklist.audit_types.length === 1 ? checklist.audit_types[0] : "mystery_shopper";
}

/** Blank: the checklist's only channel, else undefined (required). null: unknown spelling. */
function resolveChannel(value: string, checklist?: Checklist): Channel | null | undefined {
  if (value) return parseChannel(value) ?? null;
  return checklist?.channels.length === 1 ? checklist.channels[0] : undefined;
}

/** Reads the item cells of the row's checklist; cells of other checklists' items must be empty. */
function readAnswers(cells: string[], line: number, header: AuditHeader, checklist: Checklist, problems: Problem[]): RawAnswer[] {
  const items = checklistItemMap(checklist);
  const at = (c?: ItemColumn) => (c ? (cells[c.index] ?? "").trim() : "");
  for (const [key, columns] of header.items) {
    if (items.has(key)) continue;
    for (const c of [columns.value, columns.comment, columns.other, columns.other_as])
      if (c && at(c) !== "") problems.push(problem(line, c.name, "item_not_in_checklist", { checklist: checklist.id }));
  }
  const answers: RawAnswer[] = [];
  const cellProblems = new Set<string>();
  for (const item of items.values()) {
    const columns = header.items.get(item.key) ?? {};
    const value = at(columns.value);
    const comment = at(columns.comment);
    const other = at(columns.other);
    if (comment.length > MAX_COMMENT) problems.push(problem(line, columns.comment!.name, "too_long", { max: MAX_COMMENT }));
    if (other.length > MAX_COMMENT) problems.push(problem(line, columns.other!.name, "too_long", { max: MAX_COMMENT }));
    const answer = readAnswer(item, value, other, at(columns.other_as));
    if (answer === "invalid_choice" || answer === "not_a_number") {
      problems.push(problem(line, columns.value!.name, answer, { value }));
      cellProblems.add(item.key);
      continue;
    }
    if (!answer && comment === "") continue;
    const raw: RawAnswer = answer ?? { key: item.key };
    if (comment) raw.comment = comment;
    answers.push(raw);
  }
  const columnOf = (e: AnswerError) => {
    const columns = header.items.get(e.key) ?? {};
    const c =
      e.code === "comment_required"
        ? (columns.comment ?? columns.value)
        : OTHER_PHRASE_CODES.has(e.code)
          ? (columns.other_as ?? columns.other ?? columns.value)
          : columns.value;
    return c?.name ?? e.key;
  };
  for (const e of validateAnswers(checklist, answers, { requireComplete: true }))
    if (!cellProblems.has(e.key)) problems.push(problem(line, columnOf(e), "answer", { lt: e.message.lt, en: e.message.en }));
  return answers;
}

function readAnswer(
  item: ChecklistItem,
  value: string,
  other: string,
  otherAs: string,
): RawAnswer | undefined | "invalid_choice" | "not_a_number" {
  const key = item.key;
  // Unknown spellings go on as written: the scoring engine names the error.
  const judged = parseOtherPhraseAs(otherAs) as OtherPhraseJudgement | undefined;
  if (value !== "" && isNotApplicable(value)) return other ? { key, choice: "na", other_phrase: other } : { key, choice: "na" };
  switch (item.type) {
    case "yes_no":
    case "yes_partial_no": {
      const choice = parseChoice(value);
      if (choice === null) return "invalid_choice";
      return choice ? { key, choice } : undefined;
    }
    case "measure": {
      const n = parseDecimal(value);
      if (n === undefined) return undefined;
      return Number.isNaN(n) ? "not_a_number" : { key, number: n };
    }
    case "phrase": {
      if (value === "" && other === "" && judged === undefined) return undefined;
      const raw: RawAnswer = { key };
      if (value !== "") raw.phrases = parsePhrases(value);
      if (other !== "") raw.other_phrase = other;
      if (judged !== undefined) raw.other_phrase_as = judged;
      return raw;
    }
  }
}
