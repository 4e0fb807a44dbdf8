// Loads checklist files into the database at start-up. A version is the hash of a
// checklist's content: a changed file adds a version and becomes current; old audits
// keep the version they were filled with.
import { eq, notInArray } from "drizzle-orm";
import type { Db } from "~/db.server";
import type { LoadedChecklist } from "~/domain/checklists/load.server";
import { checklists, checklistVersions } from "../../../db/schema";

export type SyncReport = { added: string[]; newVersions: string[]; unchanged: string[]; retired: string[] };

export function syncChecklists(db: Db, loaded: LoadedChecklist[]): SyncReport {
  const report: SyncReport = { added: [], newVersions: [], unchanged: [], retired: [] };
  db.transaction((tx) => {
    for (const { checklist, hash } of loaded) {
      const existing = tx.select().from(checklists).where(eq(checklists.id, checklist.id)).get();
      if (!existing) {
        tx.insert(checklists).values({ id: checklist.id, standard: checklist.standard, currentVersionId: hash }).run();
        report.added.push(checklist.id);
      } else if (existing.currentVersionId !== hash) {
        tx.update(checklists)
          .set({ currentVersionId: hash, updatedAt: Date.now() })
          .where(eq(checklists.id, checklist.id))
          .run();
        report.newVersions.push(checklist.id);
      } else {
        report.unchanged.push(checklist.id);
      }
      tx.insert(checklistVersions)
        .values({ id: hash, checklistId: checklist.id, content: checklist })
        .onConflictDoNothing()
        .run();
    }
    // A checklist whose file is gone can no longer be filled; its audits stay.
    const ids = loaded.map((l) => l.checklist.id);
    const retired = tx
      .update(checklists)
      .set({ active: false })
      .where(ids.length ? notInArray(checklists.id, ids) : undefined)
      .returning({ id: checklists.id })
      .all();
    report.retired = retired.map((r) => r.id);
  });
  return report;
}
