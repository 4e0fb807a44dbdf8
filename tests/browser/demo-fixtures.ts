// The object ids the access matrix rows point at (tests/access/routes.*.ts), taken from the
// seeded demo database that a browser test's server serves. "own" is a department of the demo
// supervisor (KAS), "other" one outside their scope (TPS). The demo has published audits,
// staff and users; the states it lacks (a shopper's draft and submitted audit, an open
// inspection, an inactive checklist) are added here with the app's own model functions.
import { randomUUID } from "node:crypto";
import { and, asc, eq, type SQL } from "drizzle-orm";
import { openDatabase, type Db } from "../../app/db.server";
import type { Checklist } from "../../app/domain/checklists/schema";
import { loadSessionUser } from "../../app/lib/auth.server";
import { currentVersionId, getChecklistVersion } from "../../app/models/audits/checklists.server";
import { createDraft } from "../../app/models/audits/draft.server";
import { insertCompletedAudit } from "../../app/models/audits/store.server";
import { startInspection } from "../../app/models/audits/inspection.server";
import { createSession } from "../../app/models/calibration/create.server";
import { DEMO_USERS } from "../../app/models/demo/seed.server";
import { audits, checklists, checklistVersions, departments, employees, organisations, users, type Role } from "../../db/schema";
import type { Fixtures } from "../access/types";
import { completeAnswers } from "../integration/audits-fixtures";
import { disputeFixtures } from "./dispute-fixtures";

function one<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`the demo database has no ${what}`);
  return value;
}

/**
 * The checklists the rows name: one for shoppers, one for supervisors only, and an inactive
 * one (the demo has none), a copy of the latter under a title of its own.
 */
function inactiveChecklist(db: Db) {
  // The demo's first organisation (VMB) uses the VMB checklists only.
  const all = db.select().from(checklists).where(eq(checklists.standard, "VMB")).all();
  const content = (id: string) =>
    db
      .select()
      .from(checklistVersions)
      .where(eq(checklistVersions.id, all.find((c) => c.id === id)!.currentVersionId!))
      .get()!.content as Checklist;
  const forShopper = one(
    all.find((c) => c.active && content(c.id).audit_types.includes("mystery_shopper")),
    "shopper checklist",
  );
  const supervisorOnly = one(
    all.find((c) => c.active && content(c.id).audit_types.join() === "supervisor"),
    "supervisor checklist",
  );
  const id = "vmb-every-page-inactive";
  const base = content(supervisorOnly.id);
  const copy = { ...base, id, title: { lt: `${base.title.lt} (nebenaudojamas)`, en: `${base.title.en} (retired)` } };
  db.insert(checklists)
    .values({ id, standard: "VMB", active: false, currentVersionId: `every-page-${id}` })
    .run();
  db.insert(checklistVersions)
    .values({ id: `every-page-${id}`, checklistId: id, content: copy })
    .run();
  return { shopperChecklist: forShopper.id, supervisorChecklist: supervisorOnly.id, inactiveChecklist: id };
}

export async function demoFixtures(dbFile: string): Promise<{ fixtures: Fixtures; emails: Record<Role, string> }> {
  const db: Db = openDatabase(dbFile);
  try {
    const emails = Object.fromEntries(DEMO_USERS.map((u) => [u.role, u.email])) as Record<Role, string>;
    const userId = (role: Role) => one(db.select().from(users).where(eq(users.email, emails[role])).get(), `${role} user`).id;
    // The rows' "own" organisation is the demo's first (VMB): its departments, its checklists.
    const org = one(db.select().from(organisations).where(eq(organisations.code, "VMB")).get(), "organisation VMB");
    const dept = (code: string) =>
      one(
        db
          .select()
          .from(departments)
          .where(and(eq(departments.code, code), eq(departments.orgId, org.id)))
          .get(),
        `department ${code}`,
      ).id;
    const own = dept("KAS");
    const other = dept("TPS");
    const firstEmployee = (departmentId: number, notUser: boolean) =>
      one(
        db
          .select()
          .from(employees)
          .where(eq(employees.departmentId, departmentId))
          .orderBy(asc(employees.id))
          .all()
          .find((e) => !notUser || e.userId === null),
        "employee",
      ).id;
    const mine = one(
      db
        .select()
        .from(employees)
        .where(eq(employees.userId, userId("employee")))
        .get(),
      "employee linked to the employee user",
    ).id;
    const publishedOf = (where: SQL) =>
      one(
        db
          .select()
          .from(audits)
          .where(and(eq(audits.state, "published"), where))
          .orderBy(asc(audits.id))
          .get(),
        "published audit",
      ).id;

    const shopper = loadSessionUser(db, userId("mystery_shopper"))!;
    const supervisor = loadSessionUser(db, userId("supervisor"))!;
    const versionId = currentVersionId(db, "vmb-in-person")!;
    const draft = createDraft(db, shopper, {
      clientKey: randomUUID(),
      checklistId: "vmb-in-person",
      channel: "in_person",
      departmentId: own,
      employeeId: mine,
      unknownEmployeeDescription: null,
      interactionAt: Date.now() - 3_600_000,
      location: "Biuras",
      scenario: "Klausimas apie nuomą",
    });
    const submitted = insertCompletedAudit(db, {
      checklistVersionId: versionId,
      auditType: "mystery_shopper",
      channel: "in_person",
      departmentId: own,
      employeeId: mine,
      auditorId: shopper.id,
      actorId: shopper.id,
      interactionAt: Date.now() - 86_400_000,
      answers: completeAnswers(getChecklistVersion(db, versionId)),
      state: "submitted",
    });
    const inspection = startInspection(db, supervisor, {
      clientKey: randomUUID(),
      departmentId: own,
      appearanceChecklistId: "vmb-appearance",
      workplaceChecklistId: null,
    });
    const checklistIds = inactiveChecklist(db);
    // An open calibration session of the demo's shopper and supervisor.
    const calibration = createSession(db, loadSessionUser(db, userId("leadership"))!, org.id, {
      title: "Kalibravimas: apsilankymas biure",
      material: "Klientė atėjo į biurą 9:05 ir paklausė apie būsto nuomą.",
      checklistId: "vmb-in-person",
      departmentId: own,
      deadline: Date.now() + 7 * 86_400_000,
      auditorIds: [shopper.id, supervisor.id],
    });
    if (!("id" in calibration)) throw new Error(`calibration session: ${calibration.problem}`);

    const fixtures: Fixtures = {
      ...checklistIds,
      ownDept: own,
      otherDept: other,
      adminUser: userId("admin"),
      ownEmployee: firstEmployee(own, true),
      otherEmployee: firstEmployee(other, true),
      draftAudit: draft.id,
      submittedAudit: submitted.id,
      // Both written by the demo shopper, who may open their own published audits.
      publishedOwnAudit: publishedOf(and(eq(audits.employeeId, mine), eq(audits.auditorId, shopper.id))!),
      publishedOtherAudit: publishedOf(and(eq(audits.departmentId, other), eq(audits.auditorId, shopper.id))!),
      ownInspection: inspection.id,
      otherDeptEmployee: firstEmployee(other, true),
      auditsOtherDept: other,
      peopleEmployee: firstEmployee(own, true),
      peopleUser: userId("mystery_shopper"),
      peopleDept: own,
      dashOwnDept: own,
      dashOtherDept: other,
      dashMyEmployee: mine,
      dashOwnEmployee: firstEmployee(own, true),
      dashOtherEmployee: firstEmployee(other, true),
      ownOrg: org.id,
      calibrationSession: calibration.id,
      ...disputeFixtures(db, userId("employee"), mine, other),
    };
    return { fixtures, emails };
  } finally {
    db.$client.close();
  }
}
