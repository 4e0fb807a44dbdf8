// Calibration over time, for the coordinators of an organisation: each auditor's agreement
// in their latest closed session and the one before (the trend), and the checklist items
// auditors agree on least across closed sessions (the first candidates for clearer guidance).
import { and, asc, eq, isNotNull } from "drizzle-orm";
import type { Db } from "~/db.server";
import { agreementPairs, agreementWithReference } from "~/domain/stats/agreement";
import { calibrationParticipants, calibrationReferences, calibrationSessions, users } from "../../../db/schema";
import { sessionChecklist } from "./fill.server";
import { sessionUnits } from "./units.server";

/** How many closed sessions the overview reads (the most recent ones). */
const SESSION_LIMIT = 200;
const ITEM_LIMIT = 10;

type AuditorRow = { userId: number; name: string; sessions: number; latest: number; previous: number | null; latestAt: number };
type ItemRow = { checklistId: string; key: string; text: { lt: string; en: string }; pairs: number; agreeing: number; rate: number };

export function calibrationOverview(db: Db, orgId: number) {
  const sessions = db
    .select()
    .from(calibrationSessions)
    .where(and(eq(calibrationSessions.orgId, orgId), eq(calibrationSessions.state, "closed")))
    .orderBy(asc(calibrationSessions.closedAt), asc(calibrationSessions.id))
    .all()
    .slice(-SESSION_LIMIT);
  const auditors = new Map<number, AuditorRow>();
  const items = new Map<string, ItemRow>();
  for (const session of sessions) {
    const submitted = db
      .select({ userId: calibrationParticipants.userId, auditId: calibrationParticipants.auditId, name: users.name })
      .from(calibrationParticipants)
      .innerJoin(users, eq(users.id, calibrationParticipants.userId))
      .where(and(eq(calibrationParticipants.sessionId, session.id), isNotNull(calibrationParticipants.auditId)))
      .all() as { userId: number; auditId: number; name: string }[];
    if (submitted.length < 2) continue;
    const checklist = sessionChecklist(db, session);
    const { items: checklistItems, data, raters } = sessionUnits(db, checklist, submitted);
    const references = new Map(
      db
        .select({ key: calibrationReferences.itemKey, value: calibrationReferences.value })
        .from(calibrationReferences)
        .where(eq(calibrationReferences.sessionId, session.id))
        .all()
        .map((r) => [r.key, r.value]),
    );
    const reference = references.size ? checklistItems.map((i) => references.get(i.key) ?? null) : null;
    for (const a of agreementWithReference(data, raters, reference)) {
      if (a.rate === null) continue;
      const user = submitted.find((s) => String(s.userId) === a.rater)!;
      const row = auditors.get(user.userId);
      // Sessions come oldest first, so each one moves "latest" to "previous".
      auditors.set(user.userId, {
        userId: user.userId,
        name: user.name,
        sessions: (row?.sessions ?? 0) + 1,
        latest: a.rate,
        previous: row?.latest ?? null,
        latestAt: session.closedAt ?? session.createdAt,
      });
    }
    checklistItems.forEach((item, i) => {
      const { pairs, agreeing } = agreementPairs([data[i]]);
      if (pairs === 0) return;
      const id = `${session.checklistId}\u0000${item.key}`;
      const row = items.get(id) ?? { checklistId: session.checklistId, key: item.key, text: item.text, pairs: 0, agreeing: 0, rate: 0 };
      row.pairs += pairs;
      row.agreeing += agreeing;
      row.rate = row.agreeing / row.pairs;
      row.text = item.text; // the latest version's wording
      items.set(id, row);
    });
  }
  return {
    sessions: sessions.length,
    auditors: [...auditors.values()].sort((a, b) => a.latest - b.latest || a.name.localeCompare(b.name, "lt")),
    lowestItems: [...items.values()]
      .filter((row) => row.rate < 1)
      .sort((a, b) => a.rate - b.rate || b.pairs - a.pairs)
      .slice(0, ITEM_LIMIT),
  };
}
