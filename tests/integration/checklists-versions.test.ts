// Checklist versions in the database: every file loads; a changed checklist adds a version
// (new content hash) and becomes current, while old versions and the audits that point at
// them stay untouched; item keys survive the change.
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../app/db.server";
import { hashChecklist } from "../../app/domain/checklists/parse";
import { loadChecklistFiles, type LoadedChecklist } from "../../app/domain/checklists/load.server";
import type { Checklist } from "../../app/domain/checklists/schema";
import { loadSessionUser } from "../../app/lib/auth.server";
import { syncChecklists } from "../../app/models/checklists/sync.server";
import { getChecklistVersion } from "../../app/models/audits/checklists.server";
import { getChecklist } from "../../app/models/checklists/checklist.server";
import { versionLabel } from "../../app/models/checklists/version-label.server";
import { listVersions } from "../../app/models/checklists/versions.server";
import { audits, checklists, checklistVersions } from "../../db/schema";
import { testDb } from "../helpers/db";
import { makeDepartment, makeUser } from "../helpers/users";

let db: Db;
let loaded: LoadedChecklist[];

const itemKeys = (c: Checklist) => c.sections.flatMap((s) => s.items.map((i) => i.key));

beforeAll(() => {
  db = testDb();
  loaded = loadChecklistFiles();
});

describe("checklist versions", () => {
  it("loads every checklist file into a fresh database, one current version each", () => {
    expect(db.select().from(checklists).all()).toEqual([]);
    const report = syncChecklists(db, loaded);
    expect(report.added.sort()).toEqual(loaded.map((l) => l.checklist.id).sort());
    expect(loaded.length).toBeGreaterThanOrEqual(2);
    for (const { checklist, hash } of loaded) {
      const row = db.select().from(checklists).where(eq(checklists.id, checklist.id)).get();
      expect(row, checklist.id).toMatchObject({ standard: checklist.standard, active: true, currentVersionId: hash });
      expect(getChecklistVersion(db, hash)).toEqual(checklist);
    }
    expect(db.select().from(checklistVersions).all()).toHaveLength(loaded.length);
  });

  it("changes nothing when the same files load again", () => {
    const report = syncChecklists(db, loaded);
    expect(report.added).toEqual([]);
    expect(report.newVersions).toEqual([]);
    expect(report.unchanged).toHaveLength(loaded.length);
    expect(db.select().from(checklistVersions).all()).toHaveLength(loaded.length);
  });

  it("adds a version for a changed checklist and leaves the old version and its audits alone", async () => {
    const original = loaded[0];
    const department = makeDepartment(db, "VER1");
    const auditor = await makeUser(db, "supervisor", { departmentIds: [department.id] });
    const audit = db
      .insert(audits)
      .values({
        orgId: department.orgId,
        checklistId: original.checklist.id,
        checklistVersionId: original.hash,
        auditType: original.checklist.audit_types[0],
        channel: original.checklist.channels[0],
        departmentId: department.id,
        auditorId: auditor.id,
        interactionAt: Date.UTC(2026, 10, 21),
      })
      .returning()
      .get();

    // An edited file: the first item's wording changes, its key does not.
    const changed: Checklist = structuredClone(original.checklist);
    changed.sections[0].items[0].text = { lt: "Pakeista formuluotė.", en: "Changed wording." };
    const newHash = hashChecklist(changed);
    expect(newHash).not.toBe(original.hash);
    const report = syncChecklists(db, [{ ...original, checklist: changed, hash: newHash }, ...loaded.slice(1)]);
    expect(report.newVersions).toEqual([original.checklist.id]);

    const row = db.select().from(checklists).where(eq(checklists.id, original.checklist.id)).get();
    expect(row?.currentVersionId).toBe(newHash);
    const versions = db.select().from(checklistVersions).where(eq(checklistVersions.checklistId, original.checklist.id)).all();
    expect(versions.map((v) => v.id).sort()).toEqual([original.hash, newHash].sort());

    // The old version is stored exactly as it was; the audit still points at it.
    expect(getChecklistVersion(db, original.hash)).toEqual(original.checklist);
    const after = db.select().from(audits).where(eq(audits.id, audit.id)).get();
    expect(after?.checklistVersionId).toBe(original.hash);
    expect(getChecklistVersion(db, after!.checklistVersionId).sections[0].items[0].text).toEqual(
      original.checklist.sections[0].items[0].text,
    );

    // Readers get the new version; the item keys are the same in both.
    const admin = await makeUser(db, "admin");
    const current = getChecklist(db, loadSessionUser(db, admin.id)!, original.checklist.id);
    expect(current?.versionId).toBe(newHash);
    expect(current?.content.sections[0].items[0].text.en).toBe("Changed wording.");
    expect(itemKeys(current!.content)).toEqual(itemKeys(original.checklist));
  });

  it("numbers the versions, says what changed and counts the audits that used each", async () => {
    const original = loaded[0];
    const admin = await makeUser(db, "admin");
    const session = loadSessionUser(db, admin.id)!;
    const current = getChecklist(db, session, original.checklist.id)!;
    const versions = listVersions(db, session, original.checklist.id, current.versionId);
    expect(versions.map((v) => [v.number, v.current, v.audits])).toEqual([
      [2, true, 0],
      [1, false, 1],
    ]);
    expect(versions[1]).toMatchObject({ id: original.hash, changes: null, replacedAt: versions[0].loadedAt });
    expect(versions[0].changes).toEqual([
      expect.objectContaining({
        kind: "text",
        key: original.checklist.sections[0].items[0].key,
        from: original.checklist.sections[0].items[0].text,
      }),
    ]);
    expect(versionLabel(db, original.hash)).toEqual({ number: 1, loadedAt: versions[1].loadedAt });
    expect(versionLabel(db, "no-such-version")).toBeUndefined();
    // A mystery shopper counts only their own audits.
    const shopper = await makeUser(db, "mystery_shopper");
    expect(listVersions(db, loadSessionUser(db, shopper.id)!, original.checklist.id, current.versionId).map((v) => v.audits)).toEqual([
      0, 0,
    ]);
  });

  it("keeps item keys stable when the original file comes back (the old version becomes current again)", () => {
    const original = loaded[0];
    const report = syncChecklists(db, loaded);
    expect(report.newVersions).toEqual([original.checklist.id]);
    const row = db.select().from(checklists).where(eq(checklists.id, original.checklist.id)).get();
    expect(row?.currentVersionId).toBe(original.hash);
    expect(db.select().from(checklistVersions).where(eq(checklistVersions.checklistId, original.checklist.id)).all()).toHaveLength(2);
  });

  it("deactivates a checklist whose file is gone, keeping its versions", () => {
    const [gone, ...rest] = loaded;
    const report = syncChecklists(db, rest);
    expect(report.retired).toEqual([gone.checklist.id]);
    const row = db.select().from(checklists).where(eq(checklists.id, gone.checklist.id)).get();
    expect(row?.active).toBe(false);
    expect(getChecklistVersion(db, gone.hash).id).toBe(gone.checklist.id);
  });
});
