// After an upgrade: migration 0008 adds agg_stage_scores empty and leaves a note in settings
// when the database already has published audits; at the next start-up, once the checklists
// (now tagged with stages) are loaded, their stage sums are computed once and the note removed.
import { eq } from "drizzle-orm";
import type { Db } from "~/db.server";
import { rebuildStageScores } from "~/models/audits/aggregates.server";
import { settings } from "../../../db/schema";

export const STAGE_REBUILD_SETTING = "stage_scores_rebuild";

export function rebuildStageScoresIfPending(db: Db, log: (line: string) => void = () => {}) {
  if (!db.select().from(settings).where(eq(settings.key, STAGE_REBUILD_SETTING)).get()) return null;
  const started = performance.now();
  const result = db.transaction((tx) => {
    const r = rebuildStageScores(tx);
    tx.delete(settings).where(eq(settings.key, STAGE_REBUILD_SETTING)).run();
    return r;
  });
  log(`Stage scores of the programme view computed: ${result.stageRows} rows (${Math.round(performance.now() - started)} ms).`);
  return result;
}
