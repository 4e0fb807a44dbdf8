// A checklist's versions as people read them: numbered in the order they were first loaded
// (v1, v2, …), with the date, what changed against the previous version and how many audits
// used each. A version's id stays the content hash; the number is derived, never stored, so
// it cannot drift from the versions table.
import { and, count, eq } from "drizzle-orm";
import type { Db } from "~/db.server";
import { diffChecklists, type ChecklistChange } from "~/domain/checklists/diff";
import type { Checklist } from "~/domain/checklists/schema";
import type { SessionUser } from "~/lib/auth.server";
import { visibleAudits } from "~/models/audits/access.server";
import { audits, checklistVersions } from "../../../db/schema";
import { numberedVersions, type VersionLabel } from "./version-label.server";

export type VersionEntry = VersionLabel & {
  id: string;
  /** When the next version was loaded (null: this is the newest). */
  replacedAt: number | null;
  current: boolean;
  /** Audits filled with this version that the user may see. */
  audits: number;
  /** Against the previous version; null for the first. */
  changes: ChecklistChange[] | null;
};

/** Every version of a checklist, newest first. The caller has checked that the user may read the checklist. */
export function listVersions(db: Db, user: SessionUser, checklistId: string, currentVersionId: string): VersionEntry[] {
  const versions = numberedVersions(db, checklistId);
  const used = new Map(
    db
      .select({ versionId: audits.checklistVersionId, n: count() })
      .from(audits)
      .where(and(eq(audits.checklistId, checklistId), visibleAudits(user)))
      .groupBy(audits.checklistVersionId)
      .all()
      .map((r) => [r.versionId, r.n]),
  );
  const contents = new Map(
    db
      .select({ id: checklistVersions.id, content: checklistVersions.content })
      .from(checklistVersions)
      .where(eq(checklistVersions.checklistId, checklistId))
      .all()
      .map((r) => [r.id, r.content as Checklist]),
  );
  return versions
    .map((v, i) => ({
      id: v.id,
      number: v.number,
      loadedAt: v.loadedAt,
      replacedAt: versions[i + 1]?.loadedAt ?? null,
      current: v.id === currentVersionId,
      audits: used.get(v.id) ?? 0,
      changes: i === 0 ? null : diffChecklists(contents.get(versions[i - 1].id)!, contents.get(v.id)!),
    }))
    .reverse();
}
