// Access rows for acknowledgement and disputes (issue 19). The setup publishes audits about
// the organisation's employee user (one disputed, one not) and a disputed audit of another
// department's employee, whom the supervisor does not manage.
import { eq } from "drizzle-orm";
import { loadChecklistFiles } from "../../app/domain/checklists/load.server";
import { loadSessionUser } from "../../app/lib/auth.server";
import { currentVersionId, getChecklistVersion } from "../../app/models/audits/checklists.server";
import { insertCompletedAudit } from "../../app/models/audits/store.server";
import { syncChecklists } from "../../app/models/checklists/sync.server";
import { openDispute } from "../../app/models/disputes/dispute.server";
import { createEmployee } from "../../app/models/people/employee.server";
import { employees } from "../../db/schema";
import { completeAnswers } from "../integration/audits-fixtures";
import { makeUser } from "../helpers/users";
import type { AccessArea, Outcome, OrgWho, Who } from "./types";
import { only } from "./types";

const ITEM = "vmb.greet.greets_first";

/** Every role of the organisation that may see the object but is refused the action: 404 in another organisation. */
const hiddenElsewhere = (roles: OrgWho[]): Partial<Record<OrgWho, Outcome>> => Object.fromEntries(roles.map((r) => [r, 404]));

const base = (o: Partial<Record<Who, Outcome>>): Record<Who, Outcome> => ({
  anonymous: "login",
  platform_admin: 403,
  programme_viewer: 404,
  admin: 403,
  leadership: 403,
  supervisor: 403,
  mystery_shopper: 403,
  employee: 403,
  ...o,
});

export const disputes: AccessArea = {
  setup: async (db, org) => {
    syncChecklists(db, loadChecklistFiles());
    const linked = db.select().from(employees).where(eq(employees.userId, org.users.employee.id)).get();
    const person = (departmentId: number, userId: number | null) =>
      createEmployee(db, org.orgId, {
        firstName: "Rasa",
        lastName: "Ginčytoja",
        position: "Specialistė",
        departmentId,
        email: null,
        code: null,
        active: true,
        userId,
      });
    const served = linked ?? person(org.own.id, org.users.employee.id);
    const otherUser = await makeUser(db, "employee", { orgId: org.orgId });
    const otherEmployee = person(org.other.id, otherUser.id);
    const versionId = currentVersionId(db, "vmb-in-person")!;
    const answers = completeAnswers(getChecklistVersion(db, versionId), { [ITEM]: { choice: "no", comment: "Nepasisveikino" } });
    const publish = (employee: typeof served) =>
      insertCompletedAudit(db, {
        checklistVersionId: versionId,
        auditType: "mystery_shopper",
        channel: "in_person",
        departmentId: employee.departmentId,
        employeeId: employee.id,
        auditorId: org.users.mystery_shopper.id,
        actorId: org.users.mystery_shopper.id,
        interactionAt: Date.now() - 86_400_000,
        answers,
        state: "published",
      });
    const disputed = publish(served);
    const undisputed = publish(served);
    const otherDisputed = publish(otherEmployee);
    const proposal = [{ itemKey: ITEM, proposed: { key: ITEM, choice: "yes" as const }, reason: "Pasisveikinau." }];
    const dispute = openDispute(db, loadSessionUser(db, org.users.employee.id)!, disputed.id, proposal);
    const otherDispute = openDispute(db, loadSessionUser(db, otherUser.id)!, otherDisputed.id, proposal);
    return { dispute, otherDispute, undisputedAudit: undisputed.id };
  },
  rows: [
    {
      route: "routes/disputes._index",
      path: "/disputes",
      expect: only(["admin", "leadership", "supervisor", "employee", "platform_admin"]),
    },
    {
      route: "routes/disputes.$id",
      path: (f) => `/disputes/${f.dispute}`,
      expect: base({ platform_admin: 200, admin: 200, leadership: 200, supervisor: 200, employee: 200, mystery_shopper: 404 }),
    },
    {
      route: "routes/disputes.$id",
      path: (f) => `/disputes/${f.otherDispute}`,
      expect: base({ platform_admin: 200, admin: 200, leadership: 200, supervisor: 404, employee: 404, mystery_shopper: 404 }),
    },
    {
      route: "routes/disputes.$id",
      path: "/disputes/999999",
      expect: base({ platform_admin: 404, admin: 404, leadership: 404, supervisor: 404, mystery_shopper: 404, employee: 404 }),
    },
    {
      route: "routes/disputes.$id",
      path: (f) => `/disputes/${f.dispute}`,
      method: "POST",
      form: { intent: "opinion", opinion: "Vadovo nuomonė" },
      expect: base({ supervisor: 302, mystery_shopper: 404 }),
      otherOrg: hiddenElsewhere(["admin", "leadership", "employee"]),
    },
    {
      // A decision without outcomes: refused as bad input for leadership, forbidden for the rest; nothing decided.
      route: "routes/disputes.$id",
      path: (f) => `/disputes/${f.dispute}`,
      method: "POST",
      form: { intent: "decide" },
      expect: base({ leadership: 400, mystery_shopper: 404 }),
      otherOrg: hiddenElsewhere(["admin", "supervisor", "employee"]),
    },
    {
      route: "routes/audits.$id_.dispute",
      path: (f) => `/audits/${f.undisputedAudit}/dispute`,
      expect: base({ employee: 200 }),
      otherOrg: hiddenElsewhere(["admin", "leadership", "supervisor", "mystery_shopper"]),
    },
    {
      route: "routes/audits.$id_.dispute",
      path: (f) => `/audits/${f.undisputedAudit}/dispute`,
      method: "POST",
      form: {},
      expect: base({ employee: 400 }),
      otherOrg: hiddenElsewhere(["admin", "leadership", "supervisor", "mystery_shopper"]),
    },
    {
      route: "routes/audits.$id",
      path: (f) => `/audits/${f.undisputedAudit}`,
      method: "POST",
      form: { intent: "acknowledge" },
      expect: base({ employee: 302 }),
      otherOrg: hiddenElsewhere(["admin", "leadership", "supervisor", "mystery_shopper"]),
    },
  ],
};
