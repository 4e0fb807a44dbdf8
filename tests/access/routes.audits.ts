// Access rows for audits, review and inspections. The setup makes audits of the org's
// mystery shopper in every state that matters, in the own and the other department, with the
// employee user linked to the served employee of the published one.
import { eq } from "drizzle-orm";
import { loadChecklistFiles } from "../../app/domain/checklists/load.server";
import { loadSessionUser } from "../../app/lib/auth.server";
import { currentVersionId, getChecklistVersion } from "../../app/models/audits/checklists.server";
import { createDraft } from "../../app/models/audits/draft.server";
import { insertCompletedAudit } from "../../app/models/audits/store.server";
import { syncChecklists } from "../../app/models/checklists/sync.server";
import { createEmployee } from "../../app/models/people/employee.server";
import { startInspection } from "../../app/models/audits/inspection.server";
import { employees, inspections } from "../../db/schema";
import { completeAnswers } from "../integration/audits-fixtures";
import { makeUser } from "../helpers/users";
import type { AccessArea, Outcome, Who } from "./types";
import { everyone, only, signedIn } from "./types";

// The platform administrator sees every audit; a programme viewer none.
const all = (o: Partial<Record<Who, Outcome>>, rest: Outcome): Record<Who, Outcome> => ({
  anonymous: "login",
  platform_admin: rest,
  programme_viewer: 404,
  admin: rest,
  leadership: rest,
  supervisor: rest,
  mystery_shopper: rest,
  employee: rest,
  ...o,
});

export const audits: AccessArea = {
  setup: async (db, org) => {
    syncChecklists(db, loadChecklistFiles());
    const linked = db.select().from(employees).where(eq(employees.userId, org.users.employee.id)).get();
    const served =
      linked ??
      createEmployee(db, org.orgId, {
        firstName: "Eglė",
        lastName: "Aptarnaujanti",
        position: "Specialistė",
        departmentId: org.own.id,
        email: null,
        code: null,
        active: true,
        userId: org.users.employee.id,
      });
    const otherEmployee = createEmployee(db, org.orgId, {
      firstName: "Kitas",
      lastName: "Skyrius",
      position: "Specialistas",
      departmentId: org.other.id,
      email: null,
      code: null,
      active: true,
      userId: null,
    });
    const shopper = loadSessionUser(db, org.users.mystery_shopper.id)!;
    const versionId = currentVersionId(db, "vmb-in-person")!;
    const answers = completeAnswers(getChecklistVersion(db, versionId));
    const base = {
      checklistVersionId: versionId,
      auditType: "mystery_shopper" as const,
      channel: "in_person" as const,
      auditorId: shopper.id,
      actorId: shopper.id,
      interactionAt: Date.now() - 86_400_000,
      answers,
    };
    const draft = createDraft(db, shopper, {
      clientKey: crypto.randomUUID(),
      checklistId: "vmb-in-person",
      channel: "in_person",
      departmentId: org.own.id,
      employeeId: served.departmentId === org.own.id ? served.id : null,
      unknownEmployeeDescription: "x",
      interactionAt: Date.now() - 3600_000,
      location: "Biuras",
      scenario: "Klausimas",
    });
    const submitted = insertCompletedAudit(db, {
      ...base,
      departmentId: org.own.id,
      employeeId: null,
      employeeResolution: "unknown",
      unknownEmployeeDescription: "?",
      state: "submitted",
    });
    const publishedOwn = insertCompletedAudit(db, {
      ...base,
      departmentId: served.departmentId,
      employeeId: served.id,
      state: "published",
    });
    const publishedOther = insertCompletedAudit(db, {
      ...base,
      departmentId: org.other.id,
      employeeId: otherEmployee.id,
      state: "published",
    });
    const supervisor = loadSessionUser(db, org.users.supervisor.id)!;
    const inspection = startInspection(db, supervisor, {
      clientKey: crypto.randomUUID(),
      departmentId: org.own.id,
      appearanceChecklistId: "vmb-appearance",
      workplaceChecklistId: null,
    });
    const stranger = await makeUser(db, "supervisor", { departmentIds: [org.other.id] });
    const otherInspection = db
      .insert(inspections)
      .values({ departmentId: org.other.id, supervisorId: stranger.id, inspectedAt: Date.now(), appearanceChecklistId: "vmb-appearance" })
      .returning()
      .get();
    return {
      draftAudit: draft.id,
      submittedAudit: submitted.id,
      publishedOwnAudit: publishedOwn.id,
      publishedOtherAudit: publishedOther.id,
      ownInspection: inspection.id,
      otherInspection: otherInspection.id,
      otherDeptEmployee: otherEmployee.id,
      auditsOtherDept: org.other.id,
    };
  },
  rows: [
    { route: "routes/audits._index", path: "/audits", expect: signedIn(200) },
    { route: "routes/audits.new", path: "/audits/new", expect: only(["mystery_shopper"]) },
    {
      route: "routes/audits.new",
      path: "/audits/new",
      method: "POST",
      form: { clientKey: "not-a-uuid" },
      expect: only(["mystery_shopper"]),
    },
    { route: "routes/audits.$id", path: (f) => `/audits/${f.draftAudit}`, expect: all({ supervisor: 404, employee: 404 }, 200) },
    { route: "routes/audits.$id", path: (f) => `/audits/${f.submittedAudit}`, expect: all({ supervisor: 404, employee: 404 }, 200) },
    { route: "routes/audits.$id", path: (f) => `/audits/${f.publishedOwnAudit}`, expect: { ...signedIn(200), programme_viewer: 404 } },
    { route: "routes/audits.$id", path: (f) => `/audits/${f.publishedOtherAudit}`, expect: all({ supervisor: 404, employee: 404 }, 200) },
    { route: "routes/audits.$id", path: "/audits/999999", expect: signedIn(404) },
    { route: "routes/audits.$id", path: "/audits/abc", expect: signedIn(404) },
    { route: "routes/audits.$id_.edit", path: (f) => `/audits/${f.draftAudit}/edit`, expect: only(["mystery_shopper"]) },
    { route: "routes/audits.$id_.edit", path: (f) => `/audits/${f.submittedAudit}/edit`, expect: only(["mystery_shopper"], 302) },
    { route: "routes/audits.$id_.edit", path: "/audits/999999/edit", expect: only(["mystery_shopper"], 404) },
    {
      route: "routes/audits.$id_.edit",
      path: (f) => `/audits/${f.draftAudit}/edit`,
      method: "POST",
      form: { intent: "save" },
      expect: only(["mystery_shopper"], 302),
    },
    {
      route: "routes/audits.$id_.edit",
      path: (f) => `/audits/${f.draftAudit}/edit`,
      method: "POST",
      form: { intent: "autocheck", autocheckText: "" },
      expect: only(["mystery_shopper"], 400),
    },
    {
      route: "routes/audits.$id_.autosave",
      path: (f) => `/audits/${f.draftAudit}/autosave`,
      expect: everyone(405),
    },
    {
      route: "routes/audits.$id_.autosave",
      path: (f) => `/audits/${f.draftAudit}/autosave`,
      method: "POST",
      form: {},
      expect: only(["mystery_shopper"]),
    },
    { route: "routes/review._index", path: "/review", expect: only(["admin", "leadership"]) },
    { route: "routes/review.$id", path: (f) => `/review/${f.submittedAudit}`, expect: only(["admin", "leadership"]) },
    { route: "routes/review.$id", path: (f) => `/review/${f.publishedOwnAudit}`, expect: only(["admin", "leadership"], 302) },
    { route: "routes/review.$id", path: (f) => `/review/${f.draftAudit}`, expect: only(["admin", "leadership"], 404) },
    {
      route: "routes/review.$id",
      path: (f) => `/review/${f.submittedAudit}`,
      method: "POST",
      form: { intent: "return", comment: "" },
      expect: only(["admin", "leadership"]),
    },

    { route: "routes/inspections.new", path: "/inspections/new", expect: only(["supervisor"]) },
    {
      route: "routes/inspections.new",
      path: "/inspections/new",
      method: "POST",
      form: (f) => ({ clientKey: crypto.randomUUID(), departmentId: String(f.auditsOtherDept), appearanceChecklistId: "vmb-appearance" }),
      expect: only(["supervisor"], 404),
    },
    { route: "routes/inspections.$id", path: (f) => `/inspections/${f.ownInspection}`, expect: only(["supervisor"]) },
    { route: "routes/inspections.$id", path: (f) => `/inspections/${f.otherInspection}`, expect: only(["supervisor"], 404) },
    {
      route: "routes/inspections.$id",
      path: (f) => `/inspections/${f.ownInspection}`,
      method: "POST",
      form: (f) => ({ intent: "absent", employeeId: String(f.otherDeptEmployee) }),
      expect: only(["supervisor"], 404),
    },
  ],
};
