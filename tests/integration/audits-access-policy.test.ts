// The two forms of the audit access policy agree: for every role (and a supervisor without
// departments, an employee without a roster entry), the audits the SQL filter lets through
// are exactly those the per-object check allows, over a population of audits in every
// state, both departments, every kind of employee and auditor.
import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { loadSessionUser, type SessionUser } from "../../app/lib/auth.server";
import { canSeeAudit, visibleAudits } from "../../app/models/audits/access.server";
import { currentVersionId } from "../../app/models/audits/checklists.server";
import { insertCompletedAudit } from "../../app/models/audits/store.server";
import { AUDIT_STATES, audits, users } from "../../db/schema";
import { testDb } from "../helpers/db";
import { makeUser } from "../helpers/users";
import { auditOrganisation, checklistOf, completeAnswers } from "./audits-fixtures";

const db = testDb();
let org: Awaited<ReturnType<typeof auditOrganisation>>;
let people: SessionUser[];

beforeAll(async () => {
  org = await auditOrganisation(db);
  const lonelySupervisor = await makeUser(db, "supervisor", { departmentIds: [] });
  const unlinkedEmployee = await makeUser(db, "employee");
  people = [...Object.values(org.users), lonelySupervisor, unlinkedEmployee].map((u) => loadSessionUser(db, u.id)!);
  const versionId = currentVersionId(db, "vmb-in-person")!;
  const answers = completeAnswers(checklistOf(db, "vmb-in-person"));
  const auditors = [org.users.mystery_shopper.id, org.users.supervisor.id, org.users.employee.id, lonelySupervisor.id, null];
  for (const state of AUDIT_STATES)
    for (const [departmentId, staff] of [
      [org.own.id, org.ownStaff],
      [org.other.id, org.otherStaff],
    ] as const)
      for (const employeeId of [...staff.map((e) => e.id), null])
        for (const auditorId of auditors) {
          const audit = insertCompletedAudit(db, {
            checklistVersionId: versionId,
            auditType: "mystery_shopper",
            channel: "in_person",
            departmentId,
            employeeId,
            auditorId,
            interactionAt: Date.now(),
            answers,
            state: "submitted",
            actorId: null,
          });
          db.update(audits).set({ state }).where(eq(audits.id, audit.id)).run();
        }
});

describe("the audit access policy", () => {
  it("gives the same audits as an SQL filter and as a per-object check, for every kind of user", () => {
    const all = db.select().from(audits).all();
    expect(all.length).toBe(AUDIT_STATES.length * (org.ownStaff.length + org.otherStaff.length + 2) * 5);
    const seen = new Map<number, number>();
    for (const user of people) {
      const bySql = db
        .select({ id: audits.id })
        .from(audits)
        .where(visibleAudits(user))
        .all()
        .map((r) => r.id)
        .sort((a, b) => a - b);
      const byObject = all
        .filter((a) => canSeeAudit(user, a))
        .map((a) => a.id)
        .sort((a, b) => a - b);
      expect(bySql, `${user.role} ${user.id}`).toEqual(byObject);
      seen.set(user.id, bySql.length);
    }
    // The population tells the roles apart: nobody but admin and leadership sees everything.
    expect(seen.get(org.users.admin.id)).toBe(all.length);
    expect(seen.get(org.users.employee.id)).toBeGreaterThan(0);
    expect(seen.get(org.users.supervisor.id)).toBeLessThan(all.length);
    expect(new Set(seen.values()).size).toBeGreaterThan(3);
  });

  it("hides everything but their own audits from an employee without a roster entry", () => {
    const unlinked = people.at(-1)!;
    expect(unlinked.employeeId).toBeNull();
    const own = db.get<{ n: number }>(sql`SELECT count(*) AS n FROM audits WHERE auditor_id = ${unlinked.id}`)!.n;
    expect(db.select().from(audits).where(visibleAudits(unlinked)).all()).toHaveLength(own);
    expect(db.select().from(users).where(eq(users.id, unlinked.id)).get()?.role).toBe("employee");
  });
});
