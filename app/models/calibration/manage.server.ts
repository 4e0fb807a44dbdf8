// The coordinator's actions on a session: reference answers (while open), closing, notes.
import { eq } from "drizzle-orm";
import type { Db } from "~/db.server";
import type { SessionUser } from "~/lib/auth.server";
import { calibrationNotes, calibrationReferences, calibrationSessions } from "../../../db/schema";
import { CalibrationError, sessionFor, sessionNotFound } from "./access.server";
import { sessionChecklist } from "./fill.server";

function coordinated(db: Db, user: SessionUser, id: number) {
  const { session, coordinator } = sessionFor(db, user, id);
  if (!coordinator) throw sessionNotFound();
  return session;
}

/** Replaces the reference answers: item key → 1, 0.5 or 0 (items left out have none). */
export function setReferences(db: Db, user: SessionUser, id: number, values: Map<string, number>) {
  db.transaction((tx) => {
    const session = coordinated(tx, user, id);
    if (session.state !== "open") throw new CalibrationError("calibration.error.closed");
    const keys = new Set(sessionChecklist(tx, session).sections.flatMap((s) => s.items.map((i) => i.key)));
    tx.delete(calibrationReferences).where(eq(calibrationReferences.sessionId, id)).run();
    const rows = [...values].filter(([key, value]) => keys.has(key) && [0, 0.5, 1].includes(value));
    if (rows.length)
      tx.insert(calibrationReferences)
        .values(rows.map(([itemKey, value]) => ({ sessionId: id, itemKey, value })))
        .run();
  });
}

export function closeSession(db: Db, user: SessionUser, id: number) {
  db.transaction((tx) => {
    const session = coordinated(tx, user, id);
    if (session.state !== "open") throw new CalibrationError("calibration.error.closed");
    tx.update(calibrationSessions).set({ state: "closed", closedAt: Date.now() }).where(eq(calibrationSessions.id, id)).run();
  });
}

/** A discussion note, once the session is closed (before, the discussion would unblind it). */
export function addNote(db: Db, user: SessionUser, id: number, itemKey: string | null, text: string) {
  db.transaction((tx) => {
    const session = coordinated(tx, user, id);
    if (session.state !== "closed") throw new CalibrationError("calibration.error.open");
    if (!text.trim()) throw new CalibrationError("calibration.error.noteEmpty");
    const keys = new Set(sessionChecklist(tx, session).sections.flatMap((s) => s.items.map((i) => i.key)));
    tx.insert(calibrationNotes)
      .values({ sessionId: id, itemKey: itemKey && keys.has(itemKey) ? itemKey : null, text: text.trim(), authorId: user.id })
      .run();
  });
}
