// Access rows for the CSV import, export and template routes.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { loadChecklistFiles } from "../../app/domain/checklists/load.server";
import { loadSessionUser } from "../../app/lib/auth.server";
import { syncChecklists } from "../../app/models/checklists/sync.server";
import { createImportJob, settleJob } from "../../app/models/imports/jobs.server";
import type { AccessArea } from "./types";
import { only } from "./types";

const ADMIN_AND_LEADERSHIP = only(["admin", "leadership"]);

export const importArea: AccessArea = {
  setup: async (db, org) => {
    syncChecklists(db, loadChecklistFiles());
    const admin = loadSessionUser(db, org.users.admin.id)!;
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "etalonas-access-"));
    const file = path.join(dir, "bad.csv");
    // A file with a problem: the job stays in "ready" with problems, so confirming is refused.
    fs.writeFileSync(file, "external_ref;checklist_id;department_code;interaction_at\nA-1;nera;NERA;2026-01-01 10:00\n");
    const job = createImportJob(admin, "audits", file, "bad.csv");
    await settleJob(job, 10_000);
    return { importJob: job.id };
  },
  rows: [
    { route: "routes/admin.import._index", path: "/admin/import", expect: only(["admin"]) },
    { route: "routes/admin.import._index", path: "/admin/import", method: "POST", form: { kind: "audits" }, expect: only(["admin"], 400) },
    { route: "routes/admin.import.$jobId", path: (f) => `/admin/import/${f.importJob}`, expect: only(["admin"]) },
    { route: "routes/admin.import.$jobId", path: "/admin/import/00000000-0000-4000-8000-000000000000", expect: only(["admin"], 404) },
    {
      route: "routes/admin.import.$jobId",
      path: (f) => `/admin/import/${f.importJob}`,
      method: "POST",
      form: { intent: "confirm" },
      expect: only(["admin"], 302),
    },
    { route: "routes/admin.export", path: "/admin/export", expect: ADMIN_AND_LEADERSHIP },
    { route: "routes/admin.export[.]csv", path: "/admin/export.csv?from=2026-01-01", expect: ADMIN_AND_LEADERSHIP },
    { route: "routes/admin.export[.]csv", path: "/admin/export.csv?from=vakar", expect: only(["admin", "leadership"], 302) },
    { route: "routes/checklists.$id.template[.]csv", path: "/checklists/kmsa-phone/template.csv", expect: ADMIN_AND_LEADERSHIP },
    { route: "routes/checklists.$id.template[.]csv", path: "/checklists/nera/template.csv", expect: only(["admin", "leadership"], 404) },
  ],
};
