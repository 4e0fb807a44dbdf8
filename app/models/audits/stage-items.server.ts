// The stage items (item → stage, weight) of a stored checklist version, for the stage sums of
// the programme view (agg_stage_scores). A version stored before stages existed has no tags:
// it takes its sections' stages from the earliest tagged version of the same checklist
// (app/domain/programme/stage-items.ts). Versions never change and the earliest tagged one
// stays the earliest, so an answer once given is kept for the connection's lifetime; the
// delta and rebuildAggregates both ask here, and so agree.
import { asc, eq } from "drizzle-orm";
import type Database from "better-sqlite3";
import type { Db } from "~/db.server";
import { hasStageTags, stageItems, type StageItems } from "~/domain/programme/stage-items";
import { checklistVersions } from "../../../db/schema";
import { getChecklistVersion } from "./checklists.server";

const cacheByClient = new WeakMap<Database.Database, Map<string, StageItems>>();

export function stageItemsOfVersion(db: Db, versionId: string): StageItems {
  let cache = cacheByClient.get(db.$client);
  if (!cache) cacheByClient.set(db.$client, (cache = new Map()));
  const known = cache.get(versionId);
  if (known) return known;
  const checklist = getChecklistVersion(db, versionId);
  if (hasStageTags(checklist)) {
    const items = stageItems(checklist);
    cache.set(versionId, items);
    return items;
  }
  const tagged = db
    .select({ id: checklistVersions.id })
    .from(checklistVersions)
    .where(eq(checklistVersions.checklistId, checklist.id))
    .orderBy(asc(checklistVersions.createdAt), asc(checklistVersions.id))
    .all()
    .map((v) => getChecklistVersion(db, v.id))
    .find(hasStageTags);
  // No tagged version yet (the checklists are loaded after the migrations): nothing counts,
  // and nothing is kept, so the next call looks again.
  if (!tagged) return new Map();
  const items = stageItems(checklist, tagged);
  cache.set(versionId, items);
  return items;
}
