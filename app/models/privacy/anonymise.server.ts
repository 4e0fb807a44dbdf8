// Anonymising a person (GDPR Art. 17): their name, e-mail, code and position are replaced,
// a linked account is closed and stripped the same way; their audits stay, so departments'
// and the organisation's figures do not change, but name nobody. Recorded with who did it.
import { and, eq } from "drizzle-orm";
import type { Db } from "~/db.server";
import { destroyUserSessions } from "~/lib/session.server";
import { anonymisations, audits, employees, users } from "../../../db/schema";

export type AnonymiseBy = { userId: number | null; reason: "request" | "retention"; passwordHash: string };

/** The name an anonymised employee is shown under: stable, so their rows stay apart in lists. */
export const anonymousName = (employeeId: number) => ({ firstName: "Anonimizuotas", lastName: `darbuotojas Nr. ${employeeId}` });

/** When the employee was anonymised, or null. */
export function anonymisedOn(db: Db, employeeId: number): number | null {
  return db.select({ at: anonymisations.at }).from(anonymisations).where(eq(anonymisations.employeeId, employeeId)).get()?.at ?? null;
}

export const isAnonymised = (db: Db, employeeId: number) => anonymisedOn(db, employeeId) !== null;

/**
 * Anonymises one employee of the organisation; false when there is no such employee or it
 * was done before. `passwordHash` replaces a linked account's password (an unusable one).
 */
export function anonymiseEmployee(db: Db, orgId: number, employeeId: number, by: AnonymiseBy, now = Date.now()): boolean {
  return db.transaction((tx) => {
    const employee = tx
      .select()
      .from(employees)
      .where(and(eq(employees.id, employeeId), eq(employees.orgId, orgId)))
      .get();
    if (!employee || isAnonymised(tx, employeeId)) return false;
    tx.update(employees)
      .set({ ...anonymousName(employeeId), position: "—", email: null, code: null, userId: null, active: false, updatedAt: now })
      .where(eq(employees.id, employeeId))
      .run();
    // The description a shopper wrote of an unnamed employee would point at them again.
    tx.update(audits).set({ unknownEmployeeDescription: null }).where(eq(audits.employeeId, employeeId)).run();
    if (employee.userId !== null) {
      tx.update(users)
        .set({
          name: "Anonimizuotas naudotojas",
          email: `anonimizuotas-${employee.userId}@anonimizuotas.invalid`,
          passwordHash: by.passwordHash,
          active: false,
          updatedAt: now,
        })
        .where(eq(users.id, employee.userId))
        .run();
      destroyUserSessions(tx, employee.userId);
    }
    tx.insert(anonymisations)
      .values({ orgId, employeeId, at: now, byUserId: by.userId, reason: by.reason, accountId: employee.userId })
      .run();
    return true;
  });
}
