// Drafts made straight in the browser tests' database, and the server's answers read back
// as comparable values (domain/audit-form/answer-values), for the field-sync journeys.
import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { openDatabase } from "~/db.server";
import { valuesOfAnswers } from "~/domain/audit-form/answer-values";
import { loadSessionUser } from "~/lib/auth.server";
import { readAnswers } from "~/models/audits/answers.server";
import { getAuditRow } from "~/models/audits/audit.server";
import { createDraft } from "~/models/audits/draft.server";
import { departments, employees, organisations, users } from "../../db/schema";

/** A new in-person VMB draft of the demo shopper (klientas@demo.lt); returns its id. */
export function createShopperDraft(dbFile: string, checklistId = "vmb-in-person"): number {
  const db = openDatabase(dbFile);
  try {
    const shopper = db.select().from(users).where(eq(users.email, "klientas@demo.lt")).get()!;
    const org = db.select().from(organisations).where(eq(organisations.code, "VMB")).get()!;
    const department = db
      .select()
      .from(departments)
      .where(and(eq(departments.code, "KAS"), eq(departments.orgId, org.id)))
      .get()!;
    const employee = db.select().from(employees).where(eq(employees.departmentId, department.id)).get()!;
    return createDraft(db, loadSessionUser(db, shopper.id)!, {
      clientKey: randomUUID(),
      checklistId,
      channel: "in_person",
      departmentId: department.id,
      employeeId: employee.id,
      unknownEmployeeDescription: null,
      interactionAt: Date.now() - 3600_000,
      location: "Vilnius",
      scenario: "Klausimas apie būsto nuomą",
    }).id;
  } finally {
    db.$client.close();
  }
}

/** The audit's state, revision and answers (item key → value) as the server holds them. */
export function serverDraft(dbFile: string, auditId: number) {
  const db = openDatabase(dbFile);
  try {
    const audit = getAuditRow(db, auditId)!;
    return { state: audit.state, revision: audit.revision, values: valuesOfAnswers(readAnswers(db, auditId), audit.overallComment) };
  } finally {
    db.$client.close();
  }
}
