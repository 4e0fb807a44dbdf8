// Organisations (issue 16) at the model level: two organisations with the same department
// and employee codes and the same external references stay apart in imports, reviews,
// exports, the automatic checks' agreement and the checklists they are offered.
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { loadChecklistFiles } from "../../app/domain/checklists/load.server";
import { loadSessionUser, type SessionUser } from "../../app/lib/auth.server";
import { listFillableChecklists } from "../../app/models/audits/checklists.server";
import { createDraft, getEditableAuditRow } from "../../app/models/audits/draft.server";
import { grantOrganisation, revokeOrganisation, updateOrganisationDetails } from "../../app/models/organisations/manage.server";
import { listAudits } from "../../app/models/audits/access.server";
import { autocheckAgreement } from "../../app/models/audits/autocheck.server";
import { publishAudit, rejectAudit, reviewQueue } from "../../app/models/audits/review.server";
import { syncChecklists } from "../../app/models/checklists/sync.server";
import { listChecklists, setChecklistActive } from "../../app/models/checklists/checklist.server";
import { importAuditFile } from "../../app/models/imports/audits.server";
import { exportAuditsText } from "../../app/models/imports/export-audits.server";
import { importRosterFile } from "../../app/models/imports/roster.server";
import { listEmployees } from "../../app/models/people/employee.server";
import { listUsers } from "../../app/models/people/user.server";
import { checklistItems } from "../../app/domain/scoring";
import { currentVersionId, getChecklistVersion } from "../../app/models/audits/checklists.server";
import { insertCompletedAudit } from "../../app/models/audits/store.server";
import { overviewView } from "../../app/models/dashboards/views.server";
import { audits, employees, organisations } from "../../db/schema";
import { testDb } from "../helpers/db";
import { makeOrg, makeUser } from "../helpers/users";
import { auditHeader, auditRow, csvText, tempFile } from "./csv-fixtures";
import { checklistOf, completeAnswers } from "./audits-fixtures";

const db = testDb();
const ROSTER = [
  "Skyriaus kodas;Skyrius;Vardas;Pavardė;Pareigos;Darbuotojo kodas",
  "KAS;Klientų aptarnavimo skyrius;{first};{last};Specialistė;E-1",
].join("\r\n");

type Side = { orgId: number; admin: SessionUser; leadership: SessionUser; shopperEmail: string };
let vilnius: Side;
let kaunas: Side;

async function organisation(code: string, standards: string[], first: string, last: string): Promise<Side> {
  const orgId = makeOrg(db, code, standards);
  const admin = await makeUser(db, "admin", { orgId });
  const leadership = await makeUser(db, "leadership", { orgId });
  const shopper = await makeUser(db, "mystery_shopper", { orgId, email: `klientas@${code.toLowerCase()}.lt` });
  const roster = tempFile(ROSTER.replace("{first}", first).replace("{last}", last));
  expect(await importRosterFile(db, roster, { orgId, dryRun: false })).toMatchObject({ create: 1, problemTotal: 0 });
  return { orgId, admin: loadSessionUser(db, admin.id)!, leadership: loadSessionUser(db, leadership.id)!, shopperEmail: shopper.email };
}

/** The same file for each organisation: same external reference, same department and employee codes. */
async function importSameFile(side: Side, checklistId: string, comment: string) {
  const checklist = checklistOf(db, checklistId);
  const file = tempFile(
    csvText([
      auditHeader(checklist),
      auditRow(checklist, {
        external_ref: "AG-1",
        audit_type: "mystery_shopper",
        channel: checklist.channels[0],
        department_code: "KAS",
        employee: "E-1",
        auditor_email: side.shopperEmail,
        overall_comment: comment,
      }),
    ]),
  );
  return importAuditFile(db, file, { orgId: side.orgId, publish: false, actorId: side.admin.id });
}

beforeAll(async () => {
  syncChecklists(db, loadChecklistFiles());
  vilnius = await organisation("VLN", ["VMB"], "Eglė", "Vilnietė");
  kaunas = await organisation("KNS", ["KMSA"], "Monika", "Kaunietė");
});

describe("two organisations", () => {
  it("import the same roster codes into their own departments and staff", () => {
    const staff = (side: Side) => listEmployees(db, side.admin).map((e) => `${e.firstName} ${e.lastName} ${e.code}`);
    expect(staff(vilnius)).toEqual(["Eglė Vilnietė E-1"]);
    expect(staff(kaunas)).toEqual(["Monika Kaunietė E-1"]);
    expect(listUsers(db, vilnius.orgId).map((u) => u.email)).not.toContain(kaunas.shopperEmail);
  });

  it("import the same external reference as two audits, each with its own employee and checklist", async () => {
    expect(await importSameFile(vilnius, "vmb-phone", "Vilniaus")).toMatchObject({ create: 1, problemTotal: 0 });
    expect(await importSameFile(kaunas, "kmsa-phone", "Kauno")).toMatchObject({ create: 1, problemTotal: 0 });
    const rows = db.select().from(audits).where(eq(audits.externalRef, "AG-1")).all();
    expect(rows.map((r) => [r.orgId, r.checklistId]).sort()).toEqual(
      [
        [vilnius.orgId, "vmb-phone"],
        [kaunas.orgId, "kmsa-phone"],
      ].sort(),
    );
    for (const r of rows) {
      const employee = db.select().from(employees).where(eq(employees.id, r.employeeId!)).get()!;
      expect(employee.orgId).toBe(r.orgId);
    }
    // Another standard's checklist is unknown in an organisation: the row is refused.
    expect((await importSameFile(kaunas, "vmb-phone", "Kauno per klaidą")).problemTotal).toBeGreaterThan(0);
  });

  it("review, list and export only their own audits; another organisation's audit cannot be decided", () => {
    const [mine] = reviewQueue(db, vilnius.leadership);
    expect(reviewQueue(db, vilnius.leadership)).toHaveLength(1);
    expect(reviewQueue(db, kaunas.leadership)).toHaveLength(1);
    expect(reviewQueue(db, kaunas.leadership)[0].id).not.toBe(mine.id);
    expect(() => rejectAudit(db, kaunas.admin, mine.id, "Ne mūsų")).toThrow();
    expect(() => publishAudit(db, kaunas.leadership, mine.id)).toThrow();
    expect(db.select().from(audits).where(eq(audits.id, mine.id)).get()!.state).toBe("submitted");
    expect(listAudits(db, kaunas.admin).map((a) => a.id)).not.toContain(mine.id);
    const exported = exportAuditsText(db, kaunas.admin, {});
    expect(exported).toContain("Kauno");
    expect(exported).not.toContain("Vilniaus");
    expect(exported).not.toContain("Vilnietė");
  });

  it("are offered and shown only their standards' checklists", () => {
    const ids = (side: Side) => listFillableChecklists(db, "mystery_shopper", side.orgId).map((c) => c.id);
    expect(ids(vilnius).every((id) => id.startsWith("vmb-"))).toBe(true);
    expect(ids(kaunas).every((id) => id.startsWith("kmsa-"))).toBe(true);
    expect(listChecklists(db, kaunas.admin).map((c) => c.standard)).not.toContain("VMB");
  });

  it("let a granted shopper audit them, and not change the drafts once the grant is revoked", async () => {
    const shopperRow = await makeUser(db, "mystery_shopper", { orgId: vilnius.orgId });
    expect(grantOrganisation(db, kaunas.orgId, shopperRow.email)).toBeNull();
    const shopper = loadSessionUser(db, shopperRow.id)!;
    const kas = db.select().from(employees).where(eq(employees.orgId, kaunas.orgId)).get()!;
    const start = (checklistId: string, who = shopper) =>
      createDraft(db, who, {
        clientKey: crypto.randomUUID(),
        checklistId,
        channel: "in_person",
        departmentId: kas.departmentId,
        employeeId: kas.id,
        unknownEmployeeDescription: null,
        interactionAt: Date.now() - 3_600_000,
        location: "Kaunas",
        scenario: "Klausimas",
      });
    // Only Kaunas's standard is offered in Kaunas.
    expect(() => start("vmb-in-person")).toThrow();
    const draft = start("kmsa-in-person");
    expect(draft.orgId).toBe(kaunas.orgId);
    expect(getEditableAuditRow(db, shopper, draft.id)).toBeTruthy();
    revokeOrganisation(db, kaunas.orgId, shopperRow.id);
    const revoked = loadSessionUser(db, shopperRow.id)!;
    expect(getEditableAuditRow(db, revoked, draft.id)).toBeUndefined();
    expect(() => start("kmsa-in-person", revoked)).toThrow();
  });

  it("switch a shared checklist off for themselves only", () => {
    const other = makeOrg(db, "VLN2", ["VMB"]);
    const fillable = (orgId: number) => listFillableChecklists(db, "mystery_shopper", orgId).map((c) => c.id);
    expect(setChecklistActive(db, vilnius.orgId, "vmb-in-person", false)).toBeTruthy();
    expect(fillable(vilnius.orgId)).not.toContain("vmb-in-person");
    expect(fillable(other)).toContain("vmb-in-person");
    expect(listChecklists(db, vilnius.admin).find((c) => c.id === "vmb-in-person")?.active).toBe(false);
    setChecklistActive(db, vilnius.orgId, "vmb-in-person", true);
    expect(fillable(vilnius.orgId)).toContain("vmb-in-person");
  });

  it("apply their own pass mark, ranking minimum and score target", async () => {
    const vln = db.select().from(employees).where(eq(employees.orgId, vilnius.orgId)).get()!;
    const versionId = currentVersionId(db, "vmb-in-person")!;
    const checklist = getChecklistVersion(db, versionId);
    const item = checklistItems(checklist).find((i) => i.type === "yes_no" && !i.critical)!;
    const audit = () =>
      insertCompletedAudit(db, {
        checklistVersionId: versionId,
        auditType: "mystery_shopper",
        channel: "in_person",
        departmentId: vln.departmentId,
        employeeId: vln.id,
        auditorId: null,
        actorId: null,
        interactionAt: Date.now() - 3_600_000,
        answers: completeAnswers(checklist, { [item.key]: { choice: "no", comment: "Nepadarė." } }),
        state: "published",
      });
    const before = audit();
    expect(before.score).toBeGreaterThan(80);
    expect(before.passed).toBe(true);
    db.update(organisations).set({ passMark: 100, rankingMinimum: 7, scoreTarget: 90 }).where(eq(organisations.id, vilnius.orgId)).run();
    expect(audit().passed).toBe(false);
    const view = overviewView(db, loadSessionUser(db, vilnius.leadership.id)!, new URL("http://x/dashboards"));
    expect(view.data.minN).toBe(7);
    expect(view.data.target).toBe(90);
    // Kaunas keeps its own.
    const kns = overviewView(db, loadSessionUser(db, kaunas.leadership.id)!, new URL("http://x/dashboards"));
    expect([kns.data.minN, kns.data.target]).toEqual([3, null]);
  });

  it("see the automatic checks' agreement of their own audits only", () => {
    db.$client
      .prepare(
        "INSERT INTO autocheck_suggestions (audit_id, checklist_id, item_key, answer, evidence, created_at, outcome) SELECT id, checklist_id, 'x.y.z', 'yes', '[]', 0, 'agreed' FROM audits WHERE org_id = ?",
      )
      .run(vilnius.orgId);
    const own = db.select().from(audits).where(eq(audits.orgId, vilnius.orgId)).all().length;
    expect(autocheckAgreement(db, vilnius.admin).reduce((n, r) => n + r.suggestions, 0)).toBe(own);
    expect(autocheckAgreement(db, kaunas.admin)).toEqual([]);
  });

  it("close a deactivated organisation to its people and its granted shoppers", async () => {
    const orgId = makeOrg(db, "UZD", ["KMSA"]);
    const member = await makeUser(db, "leadership", { orgId });
    const guest = await makeUser(db, "mystery_shopper", { orgId: vilnius.orgId });
    grantOrganisation(db, orgId, guest.email);
    expect(loadSessionUser(db, guest.id)!.orgIds).toContain(orgId);
    const edit = { code: "UZD", name: "Uždaroma", legalCode: null, address: null, contact: null, standards: ["KMSA"] };
    updateOrganisationDetails(db, orgId, { ...edit, active: false });
    expect(loadSessionUser(db, member.id)).toBeNull();
    expect(loadSessionUser(db, guest.id)!.orgIds).not.toContain(orgId);
    updateOrganisationDetails(db, orgId, { ...edit, active: true });
    expect(loadSessionUser(db, member.id)?.orgId).toBe(orgId);
  });
});
