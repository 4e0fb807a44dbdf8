// "Pateikta" is when the shopper submitted: publishing must not overwrite it, and the
// migration restores it from the history in databases where publishing did.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { migrateDatabase, openDatabase, type Db } from "../../app/db.server";
import { insertCompletedAudit } from "../../app/models/audits/store.server";
import { currentVersionId } from "../../app/models/audits/checklists.server";
import { createDraft, saveAndSubmit, submitAudit } from "../../app/models/audits/draft.server";
import { publishAudit, returnAudit } from "../../app/models/audits/review.server";
import { audits } from "../../db/schema";
import { testDb } from "../helpers/db";
import { auditOrganisation, checklistOf, completeAnswers, newKey } from "./audits-fixtures";

const MIGRATIONS = path.resolve("db/migrations");
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "etalonas-submitted-at-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

type Org = Awaited<ReturnType<typeof auditOrganisation>>;
const row = (db: Db, id: number) => db.select().from(audits).where(eq(audits.id, id)).get()!;

function submitted(db: Db, org: Org) {
  const audit = createDraft(db, org.session("mystery_shopper"), {
    clientKey: newKey(),
    checklistId: "vmb-in-person",
    channel: "in_person",
    departmentId: org.own.id,
    employeeId: org.ownStaff[1].id,
    unknownEmployeeDescription: null,
    interactionAt: Date.now() - 3 * 86_400_000,
    location: "Gedimino pr. 1, Vilnius",
    scenario: "Nuomos sutarties klausimas",
  });
  saveAndSubmit(db, org.session("mystery_shopper"), audit.id, completeAnswers(checklistOf(db, "vmb-in-person")));
  return audit.id;
}

describe("publishing keeps the submission time", () => {
  it("a reviewed audit's submitted_at stays the shopper's, published_at is the review's", async () => {
    const db = testDb();
    const org = await auditOrganisation(db);
    const id = submitted(db, org);
    const submittedAt = Date.now() - 86_400_000;
    db.update(audits).set({ submittedAt }).where(eq(audits.id, id)).run();
    publishAudit(db, org.session("leadership"), id);
    const published = row(db, id);
    expect(published.submittedAt).toBe(submittedAt);
    expect(published.publishedAt).toBeGreaterThan(submittedAt);
  });
});

describe("migration restoring submitted_at", () => {
  it("takes the last submission before publication from the history and leaves other audits alone", async () => {
    // The schema as it is now (the migration only changes data, and today's code writes the
    // audits), data damaged the way the old publish damaged it, then the migration's SQL.
    // Migrating an old file up to here would make today's code write into an older schema.
    const journal = JSON.parse(fs.readFileSync(path.join(MIGRATIONS, "meta/_journal.json"), "utf8"));
    const entry = journal.entries.find((e: { tag: string }) => e.tag.endsWith("defects-submitted-at"));
    expect(entry).toBeTruthy();
    const restore = fs.readFileSync(path.join(MIGRATIONS, `${entry.tag}.sql`), "utf8");
    const db = openDatabase(path.join(tmp, "old.db"));
    migrateDatabase(db);
    const org = await auditOrganisation(db);
    const lead = org.session("leadership");
    const day = 86_400_000;
    const t0 = Date.UTC(2026, 9, 1, 8);
    const history = (id: number, action: string, at: number) =>
      db.$client
        .prepare("UPDATE audit_history SET at = ? WHERE id = (SELECT max(id) FROM audit_history WHERE audit_id = ? AND action = ?)")
        .run(at, id, action);
    /** What the old publish did: submitted_at became published_at. */
    const overwrite = (id: number, at: number) =>
      db.$client.prepare("UPDATE audits SET submitted_at = ?, published_at = ? WHERE id = ?").run(at, at, id);

    const simple = submitted(db, org);
    history(simple, "submitted", t0);
    publishAudit(db, lead, simple);
    history(simple, "published", t0 + day);
    overwrite(simple, t0 + day);

    const resubmitted = submitted(db, org);
    history(resubmitted, "submitted", t0);
    returnAudit(db, lead, resubmitted, "Patikslinkite laiką");
    history(resubmitted, "returned", t0 + day);
    submitAudit(db, org.session("mystery_shopper"), resubmitted);
    history(resubmitted, "submitted", t0 + 2 * day);
    publishAudit(db, lead, resubmitted);
    history(resubmitted, "published", t0 + 3 * day);
    overwrite(resubmitted, t0 + 3 * day);

    const waiting = submitted(db, org);
    const waitingBefore = row(db, waiting);

    const direct = insertCompletedAudit(db, {
      checklistVersionId: currentVersionId(db, "vmb-in-person")!,
      auditType: "supervisor",
      channel: "in_person",
      departmentId: org.own.id,
      employeeId: org.ownStaff[0].id,
      auditorId: org.users.supervisor.id,
      interactionAt: t0,
      answers: completeAnswers(checklistOf(db, "vmb-in-person")),
      state: "published",
      actorId: org.users.supervisor.id,
      submittedAt: t0 + day,
      publishedAt: t0 + day,
    });

    for (const statement of restore.split("--> statement-breakpoint")) db.$client.exec(statement);
    expect(row(db, simple)).toMatchObject({ submittedAt: t0, publishedAt: t0 + day });
    expect(row(db, resubmitted)).toMatchObject({ submittedAt: t0 + 2 * day, publishedAt: t0 + 3 * day });
    expect(row(db, waiting)).toEqual(waitingBefore);
    expect(row(db, direct.id)).toMatchObject({ submittedAt: t0 + day, publishedAt: t0 + day });
    db.$client.close();
  });
});
