// Start-up work shared by the server and the CLI: migrate, load checklists, seed the demo.
import { getDb } from "../app/db.server";
import { purgeExpiredSessions } from "../app/lib/session.server";
import { loadChecklistFiles } from "../app/domain/checklists/load.server";
import { logDemoSignIns, seedDemoIfEmpty } from "../app/models/demo/seed.server";
import { syncChecklists } from "../app/models/checklists/sync.server";
import { rebuildStageScoresIfPending } from "../app/models/programme/backfill.server";

export async function prepareDatabase(options: { seedDemo: boolean; log?: (line: string) => void }) {
  const log = options.log ?? (() => {});
  const db = getDb();
  // Sessions are deleted when presented after expiry; those never presented again go here.
  purgeExpiredSessions(db);
  // A broken checklist file stops start-up here, with the file and item named.
  const report = syncChecklists(db, loadChecklistFiles());
  log(
    `Checklists: ${report.added.length} added, ${report.newVersions.length} new versions, ` +
      `${report.unchanged.length} unchanged, ${report.retired.length} retired`,
  );
  // Audits published before stage tags existed (migration 0008) get their stage sums now that
  // the tagged checklists are loaded.
  rebuildStageScoresIfPending(db, log);
  if (options.seedDemo) {
    await seedDemoIfEmpty(db, log);
    logDemoSignIns(db, log);
  }
  return db;
}
