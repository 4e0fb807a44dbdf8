// Reading the security event log: an organisation's administrator sees the events of the
// organisation; the platform administrator sees every event, also those of no organisation
// (failed sign-ins for unknown e-mails). Paged, newest first, filtered by type, user
// (part of the e-mail) and Vilnius calendar days.
import { aliasedTable, and, count, desc, eq, gte, isNull, like, lt, or, sql, type SQL } from "drizzle-orm";
import type { Db } from "~/db.server";
import { SECURITY_LOG_PAGE_SIZE, type SecurityEventType } from "~/domain/security-log/events";
import { vilniusDayRange } from "~/domain/time";
import type { SessionUser } from "~/lib/auth.server";
import { organisations, securityEvents, users } from "../../../db/schema";

export type SecurityLogFilter = { type?: SecurityEventType; user?: string; from?: string; to?: string };

const subject = aliasedTable(users, "subject");
const actor = aliasedTable(users, "actor");

/** Where the reader may look: their organisation, or everything for the platform administrator. */
function scope(reader: SessionUser): SQL | undefined {
  if (reader.role === "platform_admin") return undefined;
  if (reader.role !== "admin" || reader.orgId === null) return sql`0`;
  return eq(securityEvents.orgId, reader.orgId);
}

function conditions(reader: SessionUser, filter: SecurityLogFilter): SQL | undefined {
  const days = vilniusDayRange(filter.from, filter.to) ?? {};
  const needle = filter.user?.trim().toLowerCase();
  const pattern = needle ? `%${needle.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
  return and(
    scope(reader),
    filter.type ? eq(securityEvents.type, filter.type) : undefined,
    days.from !== undefined ? gte(securityEvents.at, days.from) : undefined,
    days.to !== undefined ? lt(securityEvents.at, days.to) : undefined,
    pattern
      ? or(
          sql`lower(${subject.email}) LIKE ${pattern} ESCAPE '\\'`,
          sql`lower(${actor.email}) LIKE ${pattern} ESCAPE '\\'`,
          and(isNull(securityEvents.userId), like(securityEvents.detail, pattern)),
        )
      : undefined,
  );
}

const base = (db: Db) =>
  db
    .select({
      id: securityEvents.id,
      at: securityEvents.at,
      type: securityEvents.type,
      orgCode: organisations.code,
      user: subject.email,
      actor: actor.email,
      ip: securityEvents.ip,
      detail: securityEvents.detail,
    })
    .from(securityEvents)
    .leftJoin(subject, eq(subject.id, securityEvents.userId))
    .leftJoin(actor, eq(actor.id, securityEvents.actorId))
    .leftJoin(organisations, eq(organisations.id, securityEvents.orgId));

export type SecurityLogRow = Awaited<ReturnType<ReturnType<typeof base>["all"]>>[number];

export function countSecurityEvents(db: Db, reader: SessionUser, filter: SecurityLogFilter): number {
  return (
    db
      .select({ n: count() })
      .from(securityEvents)
      .leftJoin(subject, eq(subject.id, securityEvents.userId))
      .leftJoin(actor, eq(actor.id, securityEvents.actorId))
      .where(conditions(reader, filter))
      .get()?.n ?? 0
  );
}

/** One page (1-based) of the matching events, newest first. */
export function listSecurityEvents(db: Db, reader: SessionUser, filter: SecurityLogFilter, page: number): SecurityLogRow[] {
  return base(db)
    .where(conditions(reader, filter))
    .orderBy(desc(securityEvents.id))
    .limit(SECURITY_LOG_PAGE_SIZE)
    .offset((page - 1) * SECURITY_LOG_PAGE_SIZE)
    .all();
}

/** Every matching event, newest first, for the CSV export (read in batches of 1 000). */
export function* allSecurityEvents(db: Db, reader: SessionUser, filter: SecurityLogFilter): Generator<SecurityLogRow> {
  const where = conditions(reader, filter);
  let beforeId = Number.MAX_SAFE_INTEGER;
  for (;;) {
    const batch = base(db)
      .where(and(where, lt(securityEvents.id, beforeId)))
      .orderBy(desc(securityEvents.id))
      .limit(1000)
      .all();
    yield* batch;
    if (batch.length < 1000) return;
    beforeId = batch[batch.length - 1].id;
  }
}
