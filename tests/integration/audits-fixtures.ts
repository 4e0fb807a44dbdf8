// Shared setup for the audit tests: checklists loaded, an organisation with staff in both
// departments, the employee user linked to a roster entry, and answer builders.
import { randomUUID } from "node:crypto";
import type { Db } from "../../app/db.server";
import { loadChecklistFiles } from "../../app/domain/checklists/load.server";
import type { Checklist, ChecklistItem } from "../../app/domain/checklists/schema";
import type { RawAnswer } from "../../app/domain/scoring";
import { loadSessionUser } from "../../app/lib/auth.server";
import { getChecklistVersion, currentVersionId } from "../../app/models/audits/checklists.server";
import { syncChecklists } from "../../app/models/checklists/sync.server";
import { createEmployee } from "../../app/models/people/employee.server";
import { makeOrganisation, testOrgId } from "../helpers/users";

export async function auditOrganisation(db: Db) {
  syncChecklists(db, loadChecklistFiles());
  const org = await makeOrganisation(db);
  const staff = (departmentId: number, first: string, last: string, userId: number | null = null) =>
    createEmployee(db, testOrgId(db), {
      firstName: first,
      lastName: last,
      position: "Specialistė",
      departmentId,
      email: null,
      code: null,
      active: true,
      userId,
    });
  const ownStaff = [
    staff(org.own.id, "Ona", "Alaitė", org.users.employee.id),
    staff(org.own.id, "Jonas", "Bernotas"),
    staff(org.own.id, "Rūta", "Čepė"),
  ];
  const otherStaff = [staff(org.other.id, "Petras", "Kitas")];
  const session = (role: keyof typeof org.users) => loadSessionUser(db, org.users[role].id)!;
  return { ...org, ownStaff, otherStaff, session };
}

export function checklistOf(db: Db, id: string): Checklist {
  return getChecklistVersion(db, currentVersionId(db, id)!);
}

/** A passing answer; appearance items of the women's column are N/A (the men's column is answered). */
function passing(item: ChecklistItem): RawAnswer {
  if (item.column === "women") return { key: item.key, choice: "na" };
  switch (item.type) {
    case "yes_no":
    case "yes_partial_no":
      return { key: item.key, choice: "yes" };
    case "measure":
      return { key: item.key, number: item.threshold.max ?? item.threshold.min! };
    case "phrase":
      return item.phrases.recommended.length ? { key: item.key, phrases: [item.phrases.recommended[0]] } : { key: item.key, phrases: [] };
  }
}

/** Every item answered so that it passes; `overrides` replace single answers. */
export function completeAnswers(checklist: Checklist, overrides: Record<string, Omit<RawAnswer, "key">> = {}): RawAnswer[] {
  return checklist.sections
    .flatMap((s) => s.items)
    .map((item) => (overrides[item.key] ? { key: item.key, ...overrides[item.key] } : passing(item)));
}

/** The same answers as the audit form posts them. */
export function answersAsForm(answers: RawAnswer[]): Record<string, string | string[]> {
  const form: Record<string, string | string[]> = {};
  for (const a of answers) {
    if (a.choice) form[`choice:${a.key}`] = a.choice;
    if (a.number !== undefined) form[`number:${a.key}`] = String(a.number).replace(".", ",");
    if (a.phrases) {
      if (a.phrases.length) form[`phrase:${a.key}`] = a.phrases;
      else form[`nophrase:${a.key}`] = "1";
    }
    if (a.other_phrase) form[`other:${a.key}`] = a.other_phrase;
    if (a.other_phrase_as) form[`otheras:${a.key}`] = a.other_phrase_as;
    if (a.comment) form[`comment:${a.key}`] = a.comment;
  }
  return form;
}

export const newKey = () => randomUUID();
