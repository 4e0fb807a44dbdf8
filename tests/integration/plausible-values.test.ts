// Numbers and dates people type are read the same way in the forms and the CSV import, and
// implausible ones are refused with a clear message: rings are whole, no measure is beyond
// what an interaction could take, no interaction is dated before 2000.
import { beforeAll, describe, expect, it } from "vitest";
import { createDraft, saveDraft } from "../../app/models/audits/draft.server";
import { AuditActionError } from "../../app/models/audits/errors.server";
import { checkAuditFile } from "../../app/models/imports/audits.server";
import { testDb } from "../helpers/db";
import { makeUser, testOrgId } from "../helpers/users";
import { auditOrganisation, newKey } from "./audits-fixtures";
import { auditHeader, auditRow, csvText, csvWorld, tempFile } from "./csv-fixtures";

const db = testDb();
let org: Awaited<ReturnType<typeof auditOrganisation>>;
let world: Awaited<ReturnType<typeof csvWorld>>;
beforeAll(async () => {
  org = await auditOrganisation(db);
  world = await csvWorld(db);
  await makeUser(db, "mystery_shopper", { email: "ona.vertintoja@agentura.lt" });
});

const start = (interactionAt: number) =>
  createDraft(db, org.session("mystery_shopper"), {
    clientKey: newKey(),
    checklistId: "vmb-in-person",
    channel: "in_person",
    departmentId: org.own.id,
    employeeId: org.ownStaff[1].id,
    unknownEmployeeDescription: null,
    interactionAt,
    location: "Vilnius",
    scenario: "Klausimas",
  });

describe("audit form", () => {
  it("refuses an interaction dated 1900", () => {
    let error: unknown;
    try {
      start(Date.UTC(1900, 4, 1, 8));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AuditActionError);
    expect((error as AuditActionError).messageKey).toBe("audits.error.tooEarly");
  });

  it("reports a reply after 1e23 minutes at the item, with the limit", () => {
    const audit = start(Date.now() - 3600_000);
    const { errors } = saveDraft(db, org.session("mystery_shopper"), audit.id, [
      { key: "vmb.attitude.solution_or_help_minutes", number: 1e23 },
    ]);
    expect(errors.map((e) => [e.key, e.code])).toEqual([["vmb.attitude.solution_or_help_minutes", "number_too_large"]]);
    expect(errors[0].message.lt).toMatch(/neįtikima: daugiausia 1440 minučių$/);
  });
});

describe("CSV import", () => {
  it("reads decimal commas and points, and refuses fractional rings, huge numbers and 1900", async () => {
    const phone = world.checklist("kmsa-phone");
    const own = world.org.own.code;
    const file = tempFile(
      csvText([
        auditHeader(phone),
        auditRow(phone, { external_ref: "N-1", department_code: own, employee: "E-100" }, { "kmsa.phone_in.rings": "2,5" }),
        auditRow(
          phone,
          { external_ref: "N-2", department_code: own, employee: "E-100" },
          { "kmsa.phone_in.rings": "100000000000000000000000" },
        ),
        auditRow(phone, { external_ref: "N-3", department_code: own, employee: "E-100", interaction_at: "1900-05-01 10:00" }),
        auditRow(phone, { external_ref: "N-4", department_code: own, employee: "E-100" }, { "kmsa.phone_in.rings": "3" }),
      ]),
    );
    const report = await checkAuditFile(db, file, { orgId: testOrgId(db), publish: false, actorId: world.admin.id });
    expect(report.problems.map((p) => [p.line, p.column, p.code])).toEqual([
      [2, "kmsa.phone_in.rings", "answer"],
      [3, "kmsa.phone_in.rings", "answer"],
      [4, "interaction_at", "too_early_date"],
    ]);
    expect(report.problems[0].message.lt).toContain("įveskite sveikąjį skaičių (įvesta 2,5)");
    expect(report.problems[1].message.lt).toContain("neįtikima: daugiausia 100 signalų");
    expect(report.problems[2].message.lt).toContain("ankstesnės nei 2000-01-01 nepriimamos");
  });
});
