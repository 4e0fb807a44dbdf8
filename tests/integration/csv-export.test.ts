import { count, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { checklistItems } from "../../app/domain/scoring";
import { insertCompletedAudit } from "../../app/models/audits/store.server";
import { currentVersionId } from "../../app/models/audits/checklists.server";
import { exportAuditsText } from "../../app/models/imports/export-audits.server";
import { checkAuditFile, importAuditFile } from "../../app/models/imports/audits.server";
import { auditSectionScores, audits } from "../../db/schema";
import { testDb } from "../helpers/db";
import { testOrgId } from "../helpers/users";
import { auditHeader, auditRow, csvText, csvWorld, tempFile } from "./csv-fixtures";

const db = testDb();
let world: Awaited<ReturnType<typeof csvWorld>>;

/** Scores of every audit, keyed by reference or id, for comparing before and after. */
function scores() {
  const sections = db.select().from(auditSectionScores).all();
  return db
    .select()
    .from(audits)
    .all()
    .map((a) => ({
      id: a.id,
      score: a.score,
      passed: a.passed,
      critical: a.criticalFailure,
      state: a.state,
      sections: sections.filter((s) => s.auditId === a.id).map((s) => [s.sectionKey, s.score]),
    }));
}

beforeAll(async () => {
  world = await csvWorld(db);
  const phone = world.checklist("kmsa-phone");
  const vmb = world.checklist("vmb-phone");
  const own = world.org.own.code;
  const header = [...auditHeader(phone), "kmsa.phone_in.greeting_phrase:other", "kmsa.phone_in.greeting_phrase:other_as"];
  const rows = [
    header,
    [
      ...auditRow(
        phone,
        { external_ref: "X-1", department_code: own, employee: "E-100", overall_comment: '=HYPERLINK("http://blogas")' },
        { "kmsa.phone_in.rings": "2", "kmsa.phone_talk.tone": "iš dalies", "kmsa.phone_talk.tone:comment": "Kalbėjo skubotai" },
      ),
      "",
      "",
    ],
    [
      ...auditRow(
        phone,
        { external_ref: "X-2", department_code: own, employee: "Jonas Petraitis", scenario: "-5 minutės\nlaukimo" },
        {
          "kmsa.phone_conf.identity": "ne",
          "kmsa.phone_conf.identity:comment": "+370 numeris pasakytas garsiai",
          "kmsa.phone_in.greeting_phrase": "-",
          "kmsa.phone_in.greeting_phrase:comment": "Atsiliepė „Alio“",
        },
      ),
      "Alio",
      "neleistina",
    ],
    [
      ...auditRow(
        phone,
        { external_ref: "X-3", department_code: own, interaction_at: "2026-07-01 09:30" },
        { "kmsa.phone_in.introduction": "n.d." },
      ),
      "",
      "",
    ],
  ];
  await importAuditFile(db, tempFile(csvText(rows)), { orgId: testOrgId(db), publish: true, actorId: world.admin.id });
  // An audit made in Etalonas itself (no external reference).
  const answers = checklistItems(vmb).map((i) =>
    i.type === "phrase" ? { key: i.key, phrases: i.phrases.recommended.slice(0, 1) } : { key: i.key, choice: "yes" as const },
  );
  insertCompletedAudit(db, {
    checklistVersionId: currentVersionId(db, "vmb-phone")!,
    auditType: "supervisor",
    channel: "phone",
    departmentId: world.org.own.id,
    employeeId: world.sarune.id,
    auditorId: world.org.users.supervisor.id,
    interactionAt: Date.UTC(2026, 10, 2, 8, 0, 30),
    answers,
    state: "submitted",
    actorId: world.org.users.supervisor.id,
  });
});

describe("audit export", () => {
  it("writes UTF-8 with a BOM, ';', the import columns plus computed ones, formula-safe", () => {
    const text = exportAuditsText(db, world.admin, {});
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const [header, ...lines] = text.slice(1).split("\r\n");
    const columns = header.split(";");
    expect(columns.slice(0, 11)).toEqual([
      "external_ref",
      "checklist_id",
      "audit_type",
      "channel",
      "department_code",
      "employee",
      "auditor_email",
      "interaction_at",
      "location",
      "scenario",
      "overall_comment",
    ]);
    expect(columns).toEqual(
      expect.arrayContaining([
        "state",
        "score",
        "passed",
        "critical_failure",
        "section:incoming",
        "kmsa.phone_conf.identity:comment",
        "kmsa.phone_in.greeting_phrase:other",
        "kmsa.phone_in.greeting_phrase:other_as",
      ]),
    );
    expect(text).toContain(";Alio;neleistina;");
    expect(text).toContain(`"'=HYPERLINK(""http://blogas"")"`);
    expect(text).toContain("'+370 numeris");
    expect(text).toContain('"\'-5 minutės\nlaukimo"');
    expect(text).toContain(";2;");
    expect(text).toMatch(/^ETL-[0-9A-F]+-\d+;vmb-phone;supervisor;phone;/m);
    expect(text).toContain("2026-11-02 10:00:30");
    expect(lines.filter(Boolean)).toHaveLength(4);
  });

  it("re-imports unchanged: nothing created or updated, identical scores", async () => {
    const before = scores();
    for (const separator of [";", ","] as const) {
      const file = tempFile(exportAuditsText(db, world.admin, { separator }));
      const check = await checkAuditFile(db, file, { orgId: testOrgId(db), publish: false, actorId: world.admin.id });
      expect(check.problems).toEqual([]);
      expect(check).toMatchObject({ rows: 4, create: 0, update: 0, unchanged: 4, separator });
      expect(await importAuditFile(db, file, { orgId: testOrgId(db), publish: false, actorId: world.admin.id })).toMatchObject({
        create: 0,
        update: 0,
        unchanged: 4,
      });
    }
    expect(scores()).toEqual(before);
  });

  it("imports into an empty installation with identical scores", async () => {
    const text = exportAuditsText(db, world.admin, { checklistId: "kmsa-phone" });
    const kmsa = new Set(
      db
        .select()
        .from(audits)
        .where(eq(audits.checklistId, "kmsa-phone"))
        .all()
        .map((a) => a.id),
    );
    const before = scores().filter((s) => kmsa.has(s.id));
    db.delete(audits).run();
    expect(db.select({ n: count() }).from(audits).get()!.n).toBe(0);
    const report = await importAuditFile(db, tempFile(text), { orgId: testOrgId(db), publish: true, actorId: world.admin.id });
    expect(report).toMatchObject({ create: 3, problemTotal: 0 });
    expect(scores().map(({ id: _, ...s }) => s)).toEqual(before.map(({ id: _, ...s }) => s));
    expect(db.select().from(audits).where(eq(audits.externalRef, "X-2")).get()).toMatchObject({
      scenario: "-5 minutės\nlaukimo",
      criticalFailure: true,
      score: 0,
    });
  });

  it("filters by Vilnius dates and checklist", () => {
    const refs = (filter: Parameters<typeof exportAuditsText>[2]) =>
      exportAuditsText(db, world.admin, filter)
        .split("\r\n")
        .slice(1)
        .filter(Boolean)
        .map((l) => l.split(";")[0]);
    expect(refs({ from: Date.UTC(2026, 5, 30, 21), to: Date.UTC(2026, 6, 1, 21) })).toEqual(["X-3"]);
    expect(refs({ checklistId: "kmsa-phone", from: Date.UTC(2026, 10, 1) })).toEqual(["X-1", "X-2"]);
  });
});
