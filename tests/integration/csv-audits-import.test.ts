import { count, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { checkAuditFile, importAuditFile } from "../../app/models/import-audits.server";
import { auditHistory, audits, aggScores } from "../../db/schema";
import { testDb } from "../helpers/db";
import { auditHeader, auditRow, csvText, csvWorld, tempFile } from "./csv-fixtures";

const db = testDb();
let world: Awaited<ReturnType<typeof csvWorld>>;
beforeAll(async () => {
  world = await csvWorld(db);
});

const auditCount = () => db.select({ n: count() }).from(audits).get()!.n;

describe("audit import", () => {
  it("checks a file without writing, then imports it, and a re-import creates nothing", async () => {
    const phone = world.checklist("vmb-phone");
    const file = tempFile(
      csvText([
        auditHeader(phone),
        auditRow(phone, { external_ref: "AG-1", department_code: world.org.own.code, employee: "E-100" }),
        auditRow(phone, { external_ref: "AG-2", department_code: world.org.own.code, employee: " jonas  PETRAITIS " }),
      ]),
    );
    const opts = { publish: false, actorId: world.admin.id };
    const preview = await checkAuditFile(db, file, opts);
    expect(preview.problems).toEqual([]);
    expect(preview).toMatchObject({ rows: 2, create: 2, update: 0, unchanged: 0, dryRun: true, encoding: "utf-8", separator: ";" });
    expect(auditCount()).toBe(0);

    const done = await importAuditFile(db, file, opts);
    expect(done).toMatchObject({ rows: 2, create: 2, problemTotal: 0, dryRun: false });
    const rows = db.select().from(audits).all();
    expect(rows.map((a) => [a.externalRef, a.state, a.employeeId, a.score])).toEqual([
      ["AG-1", "submitted", world.sarune.id, 100],
      ["AG-2", "submitted", world.jonas.id, 100],
    ]);
    expect(db.select().from(auditHistory).all().map((h) => h.action)).toEqual(["imported", "imported"]);

    const again = await importAuditFile(db, file, opts);
    expect(again).toMatchObject({ create: 0, update: 0, unchanged: 2 });
    expect(auditCount()).toBe(2);
  });
});
