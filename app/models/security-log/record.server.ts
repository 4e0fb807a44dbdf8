// Writing the security event log: one row per event, never changed (the table's triggers
// refuse UPDATE and DELETE). Callers in actions write inside their write turn; callers in
// loaders and the request handler write at once or, while an import holds the write lock,
// right after it (writeWhenFree), without making the page wait.
import type { Db } from "~/db.server";
import type { SecurityEventType } from "~/domain/security-log/events";
import { clientIp } from "~/lib/session.server";
import { writeWhenFree } from "~/lib/write-gate.server";
import { securityEvents } from "../../../db/schema";

export type SecurityEvent = {
  type: SecurityEventType;
  orgId: number | null;
  userId?: number | null;
  actorId?: number | null;
  detail?: string | null;
};

const DETAIL_MAX = 300;

export function recordSecurityEvent(db: Db, request: Request | null, event: SecurityEvent, now = Date.now()) {
  db.insert(securityEvents)
    .values({
      at: now,
      orgId: event.orgId,
      type: event.type,
      userId: event.userId ?? null,
      actorId: event.actorId ?? null,
      ip: request ? clientIp(request) : null,
      // Control characters would let a typed e-mail forge lines in an exported file.
      detail: event.detail ? event.detail.replace(/\p{Cc}/gu, " ").slice(0, DETAIL_MAX) : null,
    })
    .run();
}

/** From a loader (a page or a download): now, or after a running import (not waiting for it). */
export async function recordSecurityEventSoon(db: Db, request: Request | null, event: SecurityEvent): Promise<void> {
  writeWhenFree(() => recordSecurityEvent(db, request, event));
}
