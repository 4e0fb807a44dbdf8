// Shared set-up of the CSV integration tests: checklists, an organisation with employees,
// temporary files, and audit rows built from a real checklist.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Db } from "../../app/db.server";
import type { Checklist, ChecklistItem } from "../../app/domain/checklists/schema";
import { loadChecklistFiles } from "../../app/domain/checklists/load.server";
import { checklistItems } from "../../app/domain/scoring";
import { syncChecklists } from "../../app/models/checklists/sync.server";
import { createEmployee } from "../../app/models/people/employee.server";
import { loadSessionUser } from "../../app/lib/auth.server";
import { makeOrganisation, testOrgId } from "../helpers/users";

export async function csvWorld(db: Db) {
  const loaded = loadChecklistFiles();
  syncChecklists(db, loaded);
  const org = await makeOrganisation(db);
  const emp = (firstName: string, lastName: string, code: string | null, departmentId = org.own.id) =>
    createEmployee(db, testOrgId(db), {
      firstName,
      lastName,
      position: "Specialistė",
      departmentId,
      email: null,
      code,
      active: true,
      userId: null,
    });
  const sarune = emp("Šarūnė", "Žąsinaitė", "E-100");
  const jonas = emp("Jonas", "Petraitis", null);
  const admin = loadSessionUser(db, org.users.admin.id)!;
  const checklist = (id: string) => loaded.find((l) => l.checklist.id === id)!.checklist;
  return { org, admin, sarune, jonas, checklist };
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "etalonas-csv-"));
let n = 0;
/** Writes text as UTF-8 (bytes as given) to a fresh temporary file. */
export function tempFile(content: string | Uint8Array, name = `f${++n}.csv`): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
}

/** A passing answer for each item (what a good employee gets). */
function goodAnswer(item: ChecklistItem): string {
  switch (item.type) {
    case "yes_no":
    case "yes_partial_no":
      return "taip";
    case "measure":
      return String(item.threshold.max ?? item.threshold.min);
    case "phrase":
      return item.phrases.recommended[0] ?? "-";
  }
}

export const FIXED = [
  "external_ref",
  "checklist_id",
  "audit_type",
  "channel",
  "department_code",
  "employee",
  "auditor_email",
  "interaction_at",
  "scenario",
  "overall_comment",
];

/** Header of an audit file for one checklist: fixed columns, every item and its comment column. */
export function auditHeader(checklist: Checklist): string[] {
  return [...FIXED, ...checklistItems(checklist).flatMap((i) => [i.key, `${i.key}:comment`])];
}

/** One row, all answers passing unless overridden by column name. */
export function auditRow(checklist: Checklist, fixed: Record<string, string>, answers: Record<string, string> = {}): string[] {
  const cells: Record<string, string> = { checklist_id: checklist.id, interaction_at: "2026-11-20 10:00", ...fixed };
  for (const item of checklistItems(checklist)) cells[item.key] = goodAnswer(item);
  Object.assign(cells, answers);
  return auditHeader(checklist).map((h) => cells[h] ?? "");
}

/** Joins rows with a separator, quoting where needed (tests that need odd quoting write text by hand). */
export function csvText(rows: string[][], separator = ";", newline = "\r\n"): string {
  const quote = (c: string) => (c.includes(separator) || /["\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
  return rows.map((r) => r.map(quote).join(separator)).join(newline) + newline;
}
