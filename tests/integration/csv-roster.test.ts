import { count, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { encodeWindows1257 } from "../../app/domain/csv/test-helpers";
import { importRosterFile } from "../../app/models/imports/roster.server";
import { departments, employees } from "../../db/schema";
import { testDb } from "../helpers/db";
import { makeDepartment, testOrgId } from "../helpers/users";
import { tempFile } from "./csv-fixtures";

const db = testDb();
const employeeCount = () => db.select({ n: count() }).from(employees).get()!.n;
const departmentCount = () => db.select({ n: count() }).from(departments).get()!.n;

// What Excel on a Lithuanian Windows saves: Windows-1257, ";" and CRLF, Lithuanian headers.
const EXCEL = [
  "Skyriaus kodas;Skyrius;Vardas;Pavardė;Pareigos;El. paštas;Aktyvus;Darbuotojo kodas",
  "KAS;Klientų aptarnavimo skyrius;Šarūnė;Žąsinaitė;Vyriausioji specialistė;sarune@vmb.lt;taip;T-01",
  "KAS;Klientų aptarnavimo skyrius;Jonas;Petraitis;Specialistas;;taip;",
  "NUO;Būsto nuomos skyrius;Ūla;Čepaitė;Vedėja;ula@vmb.lt;ne;T-03",
].join("\r\n");

beforeAll(() => {
  makeDepartment(db, "KAS", "Klientų aptarnavimo sk.");
});

describe("roster import", () => {
  it("checks, then creates departments and employees from an Excel-saved Windows-1257 file", async () => {
    const file = tempFile(encodeWindows1257(EXCEL));
    const preview = await importRosterFile(db, file, { orgId: testOrgId(db), dryRun: true });
    expect(preview).toMatchObject({
      rows: 3,
      create: 3,
      update: 0,
      unchanged: 0,
      departments: { create: 1, update: 1 },
      problemTotal: 0,
      encoding: "windows-1257",
    });
    expect(employeeCount()).toBe(0);

    const done = await importRosterFile(db, file, { orgId: testOrgId(db), dryRun: false });
    expect(done).toMatchObject({ create: 3, departments: { create: 1, update: 1 }, problemTotal: 0 });
    const kas = db.select().from(departments).where(eq(departments.code, "KAS")).get()!;
    expect(kas.name).toBe("Klientų aptarnavimo skyrius");
    const sarune = db.select().from(employees).where(eq(employees.code, "T-01")).get()!;
    expect(sarune).toMatchObject({
      firstName: "Šarūnė",
      lastName: "Žąsinaitė",
      email: "sarune@vmb.lt",
      departmentId: kas.id,
      active: true,
    });
    expect(db.select().from(employees).where(eq(employees.code, "T-03")).get()).toMatchObject({ firstName: "Ūla", active: false });

    expect(await importRosterFile(db, file, { orgId: testOrgId(db), dryRun: false })).toMatchObject({
      create: 0,
      update: 0,
      unchanged: 3,
      departments: { create: 0, update: 0 },
    });
    expect(employeeCount()).toBe(3);
  });

  it("updates by code, e-mail or name, in UTF-8 with ',' and English headers", async () => {
    const text = [
      "department_code,department_name,first_name,last_name,position,email,active,employee_code",
      'nuo,,Šarūnė,Žąsinaitė,"Vedėja, laikinai",SARUNE@VMB.LT,taip,t-01',
      "kas,,jonas,petraitis,Specialistas,jonas@vmb.lt,ne,",
    ].join("\n");
    const report = await importRosterFile(db, tempFile("\uFEFF" + text), { orgId: testOrgId(db), dryRun: false });
    expect(report).toMatchObject({ create: 0, update: 2, problemTotal: 0, separator: "," });
    const nuo = db.select().from(departments).where(eq(departments.code, "NUO")).get()!;
    expect(db.select().from(employees).where(eq(employees.email, "sarune@vmb.lt")).get()).toMatchObject({
      position: "Vedėja, laikinai",
      departmentId: nuo.id,
      code: "t-01",
    });
    expect(db.select().from(employees).where(eq(employees.email, "jonas@vmb.lt")).get()).toMatchObject({
      firstName: "jonas",
      active: false,
    });
    expect(employeeCount()).toBe(3);
  });

  it("lists problems with lines and columns and writes nothing", async () => {
    const text = [
      "skyriaus_kodas;skyrius;vardas;pavarde;pareigos;el_pastas;aktyvus",
      "NEW;;Petras;Naujas;Specialistas;;taip",
      "KAS;;;Be vardo;Specialistas;;taip",
      "KAS;;Ona;Ona;;ne-adresas;gal",
      "NUO;;Ona;Kita;Specialistė;ula@vmb.lt;taip",
      "NUO;;Ona;Trečia;Specialistė;ula@vmb.lt;taip",
    ].join("\n");
    const before = [employeeCount(), departmentCount()];
    const report = await importRosterFile(db, tempFile(text), { orgId: testOrgId(db), dryRun: false });
    expect(report.problems.map((p) => [p.line, p.column, p.code])).toEqual([
      [3, "vardas", "required"],
      [4, "pareigos", "required"],
      [4, "el_pastas", "invalid_email"],
      [4, "aktyvus", "invalid_flag"],
      [2, "department_name", "department_name_required"],
      [6, "email", "duplicate_employee"],
    ]);
    expect(report).toMatchObject({ create: 0, update: 0 });
    expect([employeeCount(), departmentCount()]).toEqual(before);
  });
});
