import { loadChecklistFiles } from "../../app/domain/checklists/load.server";
import { syncChecklists } from "../../app/models/checklists/sync.server";
import { checklists, checklistVersions } from "../../db/schema";
import type { AccessArea } from "./types";
import { only, signedIn } from "./types";

const INACTIVE_ID = "vmb-access-matrix-inactive";

export const checklistsArea: AccessArea = {
  setup: (db) => {
    const loaded = loadChecklistFiles();
    syncChecklists(db, loaded);
    const forShopper = loaded.find((l) => l.checklist.audit_types.includes("mystery_shopper"));
    const supervisorOnly = loaded.find((l) => l.checklist.audit_types.join() === "supervisor");
    if (!forShopper || !supervisorOnly) throw new Error("need a mystery-shopper and a supervisor-only checklist");
    // An inactive checklist of its own, so that no other area's checklist is switched off.
    const content = { ...supervisorOnly.checklist, id: INACTIVE_ID, audit_types: ["mystery_shopper", "supervisor"] };
    const versionId = `access-matrix-${INACTIVE_ID}`;
    db.insert(checklists).values({ id: INACTIVE_ID, standard: "VMB", active: false, currentVersionId: versionId }).run();
    db.insert(checklistVersions).values({ id: versionId, checklistId: INACTIVE_ID, content }).run();
    return { shopperChecklist: forShopper.checklist.id, supervisorChecklist: supervisorOnly.checklist.id, inactiveChecklist: INACTIVE_ID };
  },
  rows: [
    { route: "routes/checklists._index", path: "/checklists", expect: signedIn(200) },
    // Activating an active checklist changes nothing, so later rows of other areas are unaffected.
    {
      route: "routes/checklists._index",
      path: "/checklists?index",
      method: "POST",
      form: (f) => ({ id: String(f.shopperChecklist), active: "true" }),
      expect: only(["admin"], 302),
    },
    {
      route: "routes/checklists._index",
      path: "/checklists?index",
      method: "POST",
      form: { id: "vmb-no-such-checklist", active: "true" },
      expect: only(["admin"], 404),
    },
    { route: "routes/checklists.$id", path: (f) => `/checklists/${f.shopperChecklist}`, expect: signedIn(200) },
    {
      route: "routes/checklists.$id",
      path: (f) => `/checklists/${f.supervisorChecklist}`,
      expect: { ...signedIn(200), mystery_shopper: 404 },
    },
    { route: "routes/checklists.$id", path: (f) => `/checklists/${f.inactiveChecklist}`, expect: only(["admin"], 200, 404) },
    { route: "routes/checklists.$id", path: "/checklists/vmb-no-such-checklist", expect: signedIn(404) },
  ],
};
