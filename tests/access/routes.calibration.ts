// Calibration sessions (issue 18): coordinators (admin, leadership) and the invited auditors.
import { loadChecklistFiles } from "../../app/domain/checklists/load.server";
import { loadSessionUser } from "../../app/lib/auth.server";
import { createSession } from "../../app/models/calibration/create.server";
import { syncChecklists } from "../../app/models/checklists/sync.server";
import type { AccessArea, Outcome, Who } from "./types";
import { only } from "./types";

const PARTICIPANTS_AND_COORDINATORS = ["admin", "leadership", "supervisor", "mystery_shopper"] as const;

/** Coordinators get `coordinator`, the invited auditors `participant`, other roles 403. */
const split = (coordinator: Outcome, participant: Outcome): Record<Who, Outcome> => ({
  ...only([...PARTICIPANTS_AND_COORDINATORS]),
  admin: coordinator,
  leadership: coordinator,
  supervisor: participant,
  mystery_shopper: participant,
});

export const calibrationArea: AccessArea = {
  setup: (db, org) => {
    syncChecklists(db, loadChecklistFiles());
    const leadership = loadSessionUser(db, org.users.leadership.id)!;
    const result = createSession(db, leadership, org.orgId, {
      title: "Prieigos matricos kalibravimas",
      material: "Atvejo aprašas",
      checklistId: "vmb-in-person",
      departmentId: org.own.id,
      deadline: Date.now() + 86_400_000,
      auditorIds: [org.users.mystery_shopper.id, org.users.supervisor.id],
    });
    if (!("id" in result)) throw new Error(`calibration setup: ${result.problem}`);
    return { calibrationSession: result.id };
  },
  rows: [
    { route: "routes/calibration._index", path: "/calibration", expect: only([...PARTICIPANTS_AND_COORDINATORS]) },
    { route: "routes/calibration.new", path: "/calibration/new", expect: only(["admin", "leadership"]) },
    { route: "routes/calibration.overview", path: "/calibration/overview", expect: only(["admin", "leadership"]) },
    {
      route: "routes/calibration.new",
      path: "/calibration/new",
      method: "POST",
      form: { title: "" },
      expect: only(["admin", "leadership"], 400),
    },
    { route: "routes/calibration.$id", path: (f) => `/calibration/${f.calibrationSession}`, expect: split(200, 200) },
    { route: "routes/calibration.$id", path: "/calibration/999999", expect: split(404, 404) },
    // Submitting nothing: the invited get the form's errors; coordinators are not invited.
    {
      route: "routes/calibration.$id",
      path: (f) => `/calibration/${f.calibrationSession}`,
      method: "POST",
      form: { intent: "submit" },
      expect: split(404, 400),
    },
    // Notes only once closed, only by the coordinator.
    {
      route: "routes/calibration.$id",
      path: (f) => `/calibration/${f.calibrationSession}`,
      method: "POST",
      form: { intent: "note", text: "Pastaba" },
      expect: split(400, 404),
    },
    // Saving no reference answers changes nothing; only coordinators may.
    {
      route: "routes/calibration.$id",
      path: (f) => `/calibration/${f.calibrationSession}`,
      method: "POST",
      form: { intent: "reference" },
      expect: split(302, 404),
    },
  ],
};
