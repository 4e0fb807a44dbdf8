import { count, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { encodeWindows1257 } from "../../app/domain/csv/test-helpers";
import { checkAuditFile, importAuditFile } from "../../app/models/imports/audits.server";
import { aggItems, aggScores, auditAnswers, auditHistory, audits, departments } from "../../db/schema";
import { testDb } from "../helpers/db";
import { makeUser, testOrgId } from "../helpers/users";
import { auditHeader, auditRow, csvText, csvWorld, tempFile } from "./csv-fixtures";

const db = testDb();
let world: Awaited<ReturnType<typeof csvWorld>>;
let own = "";
beforeAll(async () => {
  world = await csvWorld(db);
  own = world.org.own.code;
  await makeUser(db, "mystery_shopper", { email: "ona.vertintoja@agentura.lt" });
});

const auditCount = () => db.select({ n: count() }).from(audits).get()!.n;
const opts = () => ({ orgId: testOrgId(db), publish: false, actorId: world.admin.id });
const byRef = (ref: string) => db.select().from(audits).where(eq(audits.externalRef, ref)).get()!;
const answersOf = (id: number) =>
  Object.fromEntries(
    db
      .select()
      .from(auditAnswers)
      .where(eq(auditAnswers.auditId, id))
      .all()
      .map((a) => [a.itemKey, a]),
  );

describe("audit import", () => {
  it("checks a file without writing, then imports it, and a re-import creates nothing", async () => {
    const phone = world.checklist("vmb-phone");
    const file = tempFile(
      csvText([
        auditHeader(phone),
        auditRow(phone, { external_ref: "AG-1", department_code: own, employee: "E-100" }),
        auditRow(phone, { external_ref: "AG-2", department_code: own, employee: " jonas  PETRAITIS " }),
      ]),
    );
    const preview = await checkAuditFile(db, file, opts());
    expect(preview.problems).toEqual([]);
    expect(preview).toMatchObject({ rows: 2, create: 2, update: 0, unchanged: 0, dryRun: true, encoding: "utf-8", separator: ";" });
    expect(auditCount()).toBe(0);

    const done = await importAuditFile(db, file, opts());
    expect(done).toMatchObject({ rows: 2, create: 2, problemTotal: 0, dryRun: false });
    expect([byRef("AG-1"), byRef("AG-2")].map((a) => [a.state, a.employeeId, a.score])).toEqual([
      ["submitted", world.sarune.id, 100],
      ["submitted", world.jonas.id, 100],
    ]);
    expect(
      db
        .select()
        .from(auditHistory)
        .where(eq(auditHistory.auditId, byRef("AG-1").id))
        .all()
        .map((h) => h.action),
    ).toEqual(["imported"]);
    // Submitted audits do not count in dashboards yet.
    expect(db.select().from(aggScores).all()).toEqual([]);

    expect(await checkAuditFile(db, file, opts())).toMatchObject({ create: 0, update: 0, unchanged: 2 });
    expect(await importAuditFile(db, file, opts())).toMatchObject({ create: 0, update: 0, unchanged: 2 });
    expect(auditCount()).toBe(2);
  });

  it("reads a BOM, ',' with LF, and quoted cells with separators and line breaks", async () => {
    const phone = world.checklist("kmsa-phone");
    const rows = [
      auditHeader(phone),
      auditRow(phone, {
        external_ref: "B-1",
        department_code: own,
        employee: "E-100",
        overall_comment: 'Pirma eilutė,\nantra „eilutė“; "citata"',
      }),
      auditRow(phone, { external_ref: "B-2", department_code: own, employee: "E-100", scenario: "Klausimas\r\napie nuomą" }),
    ];
    const file = tempFile("\uFEFF" + csvText(rows, ",", "\n"));
    const report = await importAuditFile(db, file, opts());
    expect(report).toMatchObject({ create: 2, problemTotal: 0, separator: ",", encoding: "utf-8" });
    expect(byRef("B-1").overallComment).toBe('Pirma eilutė,\nantra „eilutė“; "citata"');
    expect(byRef("B-2").scenario).toBe("Klausimas\napie nuomą");
  });

  it("reads a Windows-1257 file saved by Excel, matching names with diacritics", async () => {
    const phone = world.checklist("kmsa-phone");
    const text = csvText([
      auditHeader(phone),
      auditRow(phone, {
        external_ref: "W-1",
        department_code: own,
        employee: "ŠARŪNĖ ŽĄSINAITĖ",
        overall_comment: "Aptarnavo mandagiai, šypsojosi",
      }),
    ]).replace(/[„“]/g, '"');
    const report = await importAuditFile(db, tempFile(encodeWindows1257(text)), opts());
    expect(report).toMatchObject({ create: 1, problemTotal: 0, encoding: "windows-1257" });
    expect(byRef("W-1")).toMatchObject({ employeeId: world.sarune.id, overallComment: "Aptarnavo mandagiai, šypsojosi" });
    // "Sarune Zasinaite" without diacritics is another person.
    const plain = csvText([
      auditHeader(phone),
      auditRow(phone, { external_ref: "W-2", department_code: own, employee: "Sarune Zasinaite" }),
    ]);
    expect((await checkAuditFile(db, tempFile(plain), opts())).problems.map((p) => p.code)).toEqual(["unknown_employee"]);
  });

  it("understands every value spelling, numbers with a comma, phrases, n.d. and the other-phrase column", async () => {
    const phone = world.checklist("kmsa-phone");
    const header = [...auditHeader(phone), "kmsa.phone_in.greeting_phrase:other", "kmsa.phone_in.greeting_phrase:kita_prilygsta"];
    const spell = (ref: string, introduction: string, checks: string, extra: Record<string, string> = {}) => [
      // Every "no" and "partial" carries a comment (evidence for disputes).
      ...auditRow(
        phone,
        { external_ref: ref, department_code: own },
        {
          "kmsa.phone_in.introduction": introduction,
          "kmsa.phone_in.introduction:comment": "Pastaba",
          "kmsa.phone_talk.checks_clear": checks,
          "kmsa.phone_talk.checks_clear:comment": "Pastaba",
          ...extra,
        },
      ),
      extra.other ?? "",
      extra.otherAs ?? "",
    ];
    const rows = [
      header,
      spell("S-1", "taip", "TAIP"),
      spell("S-2", "yes", "1"),
      spell("S-3", "Iš dalies", "ne"),
      spell("S-4", "partial", "No"),
      spell("S-5", "is dalies", "0"),
      spell("S-6", "n.d.", "yes", { "kmsa.phone_in.rings": "2,0" }),
      spell("S-7", "NA", "yes", { "kmsa.phone_in.rings": "4.0", "kmsa.phone_in.rings:comment": "Ilgai neatsiliepė" }),
      spell("S-8", "ne", "yes", {
        "kmsa.phone_in.introduction:comment": "Neprisistatė",
        "kmsa.phone_in.greeting_phrase": "Klausau|Vardenis, Pavardenis, laba diena",
        "kmsa.phone_in.greeting_phrase:comment": "Atsiliepė „Klausau“",
      }),
      spell("S-9", "taip", "yes", {
        "kmsa.phone_in.greeting_phrase": "-",
        "kmsa.phone_in.greeting_phrase:comment": "Atsiliepė „Alio“",
        other: "Alio",
        otherAs: "neleistina",
      }),
      spell("S-11", "taip", "yes", {
        "kmsa.phone_in.greeting_phrase": "-",
        other: "Laba diena, Etalonas, Ona Onaitė",
        otherAs: "rekomenduojama",
      }),
      spell("S-10", "taip", "yes", { "kmsa.phone_in.greeting_phrase": "n.d.", "kmsa.phone_in.rings": "N.D." }),
    ];
    const report = await importAuditFile(db, tempFile(csvText(rows)), opts());
    expect(report.problems).toEqual([]);
    const choice = (ref: string, key: string) => answersOf(byRef(ref).id)[key];
    expect(["S-1", "S-2", "S-3", "S-4", "S-5", "S-6", "S-7"].map((r) => choice(r, "kmsa.phone_in.introduction").choice)).toEqual([
      "yes",
      "yes",
      "partial",
      "partial",
      "partial",
      "na",
      "na",
    ]);
    expect(["S-1", "S-2", "S-3", "S-4", "S-5"].map((r) => choice(r, "kmsa.phone_talk.checks_clear").choice)).toEqual([
      "yes",
      "yes",
      "no",
      "no",
      "no",
    ]);
    expect(choice("S-6", "kmsa.phone_in.rings")).toMatchObject({ number: 2, value: 1 });
    expect(choice("S-7", "kmsa.phone_in.rings")).toMatchObject({ number: 4, value: 0, comment: "Ilgai neatsiliepė" });
    expect(choice("S-8", "kmsa.phone_in.greeting_phrase")).toMatchObject({
      phrases: ["Klausau", "Vardenis, Pavardenis, laba diena"],
      value: 0,
    });
    expect(choice("S-9", "kmsa.phone_in.greeting_phrase")).toMatchObject({
      phrases: [],
      otherPhrase: "Alio",
      otherPhraseAs: "forbidden",
      value: 0,
    });
    expect(choice("S-11", "kmsa.phone_in.greeting_phrase")).toMatchObject({ phrases: [], otherPhraseAs: "recommended", value: 1 });
    expect(choice("S-10", "kmsa.phone_in.greeting_phrase")).toMatchObject({ choice: "na", value: null });
    expect(choice("S-10", "kmsa.phone_in.rings")).toMatchObject({ choice: "na", value: null });
  });

  it("lists every kind of problem with its line and column, and writes nothing", async () => {
    const phone = world.checklist("kmsa-phone");
    const header = [...auditHeader(phone), "vmb.phone_in.introduction"];
    const row = (fixed: Record<string, string>, answers: Record<string, string> = {}, extra = "") => [
      ...auditRow(phone, { department_code: own, ...fixed }, answers),
      extra,
    ];
    const text = csvText([
      header,
      row({ external_ref: "E-1", checklist_id: "kmsa-nera" }), // line 2
      row({ external_ref: "E-2" }, { "kmsa.phone_in.introduction": "galbūt" }), // 3
      row({ external_ref: "E-3" }, { "kmsa.phone_talk.no_background": "iš dalies" }), // 4
      row({ external_ref: "E-4", employee: "Petras Nėra" }), // 5
      row({ external_ref: "E-5", interaction_at: "2099-01-01 10:00" }), // 6
      row({ external_ref: "E-6", overall_comment: "dvi\neilutės" }), // 7–8
      row({ external_ref: "E-6" }), // 9: duplicate reference
      row({ external_ref: "E-7" }, { "kmsa.phone_talk.checks_clear": "ne" }), // 10: comment required (every "no")
      row({ external_ref: "E-8" }, { "kmsa.phone_in.introduction": "ne" }), // 11: comment required
      row({ external_ref: "E-9", department_code: "NERA" }), // 12
      row({ external_ref: "E-10", interaction_at: "21.11.2026" }), // 13
      row({ external_ref: "E-11", auditor_email: "nera@agentura.lt" }), // 14
      row({ external_ref: "E-12" }, {}, "taip"), // 15: item of another checklist
      row({ external_ref: "E-13" }, { "kmsa.phone_in.rings": "trys" }), // 16
      row({ external_ref: "E-14" }, { "kmsa.phone_talk.tone": "" }), // 17: not answered
      row({ external_ref: "E-15", channel: "email" }), // 18
    ]);
    const before = auditCount();
    const file = tempFile(text);
    const report = await checkAuditFile(db, file, opts());
    const found = report.problems.map((p) => [p.line, p.column, p.code]);
    expect(found).toEqual([
      [2, "checklist_id", "unknown_checklist"],
      [3, "kmsa.phone_in.introduction", "invalid_choice"],
      [4, "kmsa.phone_talk.no_background", "answer"],
      [5, "employee", "unknown_employee"],
      [6, "interaction_at", "future_date"],
      [9, "external_ref", "duplicate_ref"],
      [10, "kmsa.phone_talk.checks_clear:comment", "answer"],
      [11, "kmsa.phone_in.introduction:comment", "answer"],
      [12, "department_code", "unknown_department"],
      [13, "interaction_at", "invalid_date"],
      [14, "auditor_email", "unknown_auditor"],
      [15, "vmb.phone_in.introduction", "item_not_in_checklist"],
      [16, "kmsa.phone_in.rings", "not_a_number"],
      [17, "kmsa.phone_talk.tone", "answer"],
      [18, "channel", "channel_not_allowed"],
    ]);
    expect(report.problems[5].message.lt).toBe("išorinė nuoroda „E-6“ jau buvo 7 eilutėje");
    expect(report.problems[6].message.lt).toContain("komentaras privalomas");
    expect(report.problems.find((p) => p.code === "not_a_number")!.message.lt).toBe("„trys“ nėra skaičius");
    expect(report.problemTotal).toBe(15);

    const written = await importAuditFile(db, file, opts());
    expect(written).toMatchObject({ create: 0, dryRun: false });
    expect(written.problemTotal).toBeGreaterThan(0);
    expect(auditCount()).toBe(before);
  });

  it("reports an unknown item column and a missing required column on the header line", async () => {
    const phone = world.checklist("kmsa-phone");
    const header = auditHeader(phone).map((h) => (h === "kmsa.phone_talk.tone" ? "kmsa.phone_talk.tonas" : h));
    const r1 = await checkAuditFile(
      db,
      tempFile(csvText([header, auditRow(phone, { external_ref: "H-1", department_code: own })])),
      opts(),
    );
    expect(r1.problems.slice(0, 1).map((p) => [p.line, p.column, p.code])).toEqual([[1, "kmsa.phone_talk.tonas", "unknown_column"]]);
    const r2 = await checkAuditFile(db, tempFile("external_ref;checklist_id\nX;kmsa-phone\n"), opts());
    expect(r2.problems.map((p) => [p.line, p.code, p.message.lt])).toEqual([
      [1, "missing_column", "trūksta stulpelio „department_code“"],
      [1, "missing_column", "trūksta stulpelio „interaction_at“"],
    ]);
    const r3 = await checkAuditFile(db, tempFile(""), opts());
    expect(r3.problems.map((p) => p.code)).toEqual(["empty_file"]);
  });

  it("updates a changed row: history records it, and a published audit's aggregates move (−1 old, +1 new)", async () => {
    const phone = world.checklist("kmsa-phone");
    const file = (tone: string, comment = "") =>
      tempFile(
        csvText([
          auditHeader(phone),
          auditRow(
            phone,
            { external_ref: "U-1", department_code: own, employee: "E-100", overall_comment: comment },
            { "kmsa.phone_talk.tone": tone, "kmsa.phone_talk.tone:comment": tone === "taip" ? "" : "Kalbėjo per greitai" },
          ),
        ]),
      );
    expect(await importAuditFile(db, file("taip"), { orgId: testOrgId(db), publish: true, actorId: world.admin.id })).toMatchObject({
      create: 1,
      problemTotal: 0,
    });
    const audit = byRef("U-1");
    expect(audit).toMatchObject({ state: "published", score: 100 });
    const sum = () =>
      db
        .select()
        .from(aggScores)
        .where(eq(aggScores.employeeId, world.sarune.id))
        .all()
        .reduce((s, r) => s + r.sumScore, 0);
    const tone = () =>
      db
        .select()
        .from(aggItems)
        .where(eq(aggItems.itemKey, "kmsa.phone_talk.tone"))
        .all()
        .reduce((s, r) => ({ yes: s.yes + r.yes, partial: s.partial + r.partial }), { yes: 0, partial: 0 });
    expect(sum()).toBe(100);
    expect(tone()).toEqual({ yes: 1, partial: 0 });

    const report = await importAuditFile(db, file("iš dalies", "Pataisyta agentūros"), {
      orgId: testOrgId(db),
      publish: false,
      actorId: world.admin.id,
    });
    expect(report).toMatchObject({ create: 0, update: 1, unchanged: 0 });
    const after = byRef("U-1");
    expect(after.id).toBe(audit.id);
    expect(after.state).toBe("published");
    expect(after.overallComment).toBe("Pataisyta agentūros");
    expect(after.score).toBeLessThan(100);
    expect(sum()).toBeCloseTo(after.score!, 9);
    expect(tone()).toEqual({ yes: 0, partial: 1 });
    const history = db.select().from(auditHistory).where(eq(auditHistory.auditId, audit.id)).all();
    expect(history.map((h) => h.action)).toEqual(["imported", "imported"]);
    expect(history[1].details).toEqual({ externalRef: "U-1", fields: ["overall_comment"], answers: ["kmsa.phone_talk.tone"] });
  });

  it("publishes a submitted audit when a later batch is marked published", async () => {
    const phone = world.checklist("kmsa-phone");
    const file = tempFile(csvText([auditHeader(phone), auditRow(phone, { external_ref: "P-1", department_code: own })]));
    await importAuditFile(db, file, opts());
    expect(byRef("P-1").state).toBe("submitted");
    expect(await checkAuditFile(db, file, { orgId: testOrgId(db), publish: true, actorId: world.admin.id })).toMatchObject({ update: 1 });
    expect(await importAuditFile(db, file, { orgId: testOrgId(db), publish: true, actorId: world.admin.id })).toMatchObject({ update: 1 });
    expect(byRef("P-1")).toMatchObject({ state: "published", employeeResolution: "department_only" });
  });

  it("rolls the whole file back when the write finds a problem the check did not (the data changed meanwhile)", async () => {
    const phone = world.checklist("kmsa-phone");
    const other = world.org.other.code;
    const file = tempFile(
      csvText([
        auditHeader(phone),
        auditRow(phone, { external_ref: "R-1", department_code: own }),
        auditRow(phone, { external_ref: "R-2", department_code: other }),
      ]),
    );
    expect((await checkAuditFile(db, file, opts())).problemTotal).toBe(0);
    db.update(departments).set({ code: "PERVADINTAS" }).where(eq(departments.code, other)).run();
    const before = auditCount();
    const report = await importAuditFile(db, file, opts());
    expect(report.problems.map((p) => [p.line, p.code])).toEqual([[3, "unknown_department"]]);
    expect(auditCount()).toBe(before);
    expect(db.select().from(audits).where(eq(audits.externalRef, "R-1")).get()).toBeUndefined();
    db.update(departments).set({ code: other }).where(eq(departments.code, "PERVADINTAS")).run();
  });

  it("writes with foreign-key checks off, so it refuses an acting user that no longer exists, and restores the settings", async () => {
    const phone = world.checklist("kmsa-phone");
    const file = tempFile(csvText([auditHeader(phone), auditRow(phone, { external_ref: "FK-1", department_code: own })]));
    const before = auditCount();
    await expect(importAuditFile(db, file, { orgId: testOrgId(db), publish: false, actorId: 999_999 })).rejects.toThrow(/user 999999/);
    expect(auditCount()).toBe(before);
    expect(db.$client.pragma("foreign_keys", { simple: true })).toBe(1);
    expect(db.$client.inTransaction).toBe(false);
    expect(await importAuditFile(db, file, opts())).toMatchObject({ create: 1, problemTotal: 0 });
    expect(db.$client.pragma("foreign_keys", { simple: true })).toBe(1);
    expect(db.$client.pragma("foreign_key_check")).toEqual([]);
  });

  it("accepts Lithuanian header names and the auditor's e-mail", async () => {
    const phone = world.checklist("kmsa-phone");
    const header = auditHeader(phone).map(
      (h) =>
        ({
          external_ref: "Išorinė nuoroda",
          checklist_id: "Klausimynas",
          department_code: "Skyriaus kodas",
          interaction_at: "Data ir laikas",
          auditor_email: "Vertintojo el. paštas",
          employee: "Darbuotojas",
        })[h] ?? h,
    );
    const report = await importAuditFile(
      db,
      tempFile(
        csvText([
          header,
          auditRow(phone, {
            external_ref: "L-1",
            department_code: own,
            auditor_email: "ONA.VERTINTOJA@agentura.lt",
            interaction_at: "2026.11.19 09:15",
          }),
        ]),
      ),
      opts(),
    );
    expect(report.problems).toEqual([]);
    expect(byRef("L-1")).toMatchObject({ interactionAt: Date.UTC(2026, 10, 19, 7, 15) });
    expect(byRef("L-1").auditorId).not.toBeNull();
  });
});
