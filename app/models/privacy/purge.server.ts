// The retention purge: for each organisation, audits and access log entries past their
// period are deleted and staff who left long enough ago are anonymised; then ended sessions
// go. Run daily by the server (server/retention-timer.ts) and by `npm run etalonas -- purge`.
// `now` is a parameter: the tests move the clock.
import { and, eq, isNull, lt, sql } from "drizzle-orm";
import type { Db } from "~/db.server";
import { DEFAULT_RETENTION, leaversToAnonymise, retentionCutoffs } from "~/domain/retention/policy";
import { unusablePasswordHash } from "~/lib/password.server";
import { purgeExpiredSessions } from "~/lib/session.server";
import { accessLog, anonymisations, employees, organisations } from "../../../db/schema";
import { countAuditsBefore, deleteAuditsBefore } from "../audits/retention.server";
import { anonymiseEmployee } from "./anonymise.server";
import { getRetention } from "./retention-settings.server";

export type OrganisationPurge = { orgId: number; code: string; audits: number; accessLog: number; anonymised: number };
export type PurgeReport = { organisations: OrganisationPurge[]; installationLog: number; dryRun: boolean };

function leavers(db: Db, orgId: number, cutoff: number): number[] {
  const staff = db
    .select({
      id: employees.id,
      active: employees.active,
      leftAt: employees.updatedAt,
      anonymised: sql<number>`${anonymisations.id} IS NOT NULL`,
    })
    .from(employees)
    .leftJoin(anonymisations, eq(anonymisations.employeeId, employees.id))
    .where(and(eq(employees.orgId, orgId), eq(employees.active, false)))
    .all();
  return leaversToAnonymise(
    staff.map((s) => ({ ...s, anonymised: !!s.anonymised })),
    cutoff,
  );
}

function logWhere(orgId: number | null, cutoff: number) {
  return and(orgId === null ? isNull(accessLog.orgId) : eq(accessLog.orgId, orgId), lt(accessLog.at, cutoff));
}

const countLog = (db: Db, orgId: number | null, cutoff: number) =>
  db
    .select({ n: sql<number>`count(*)` })
    .from(accessLog)
    .where(logWhere(orgId, cutoff))
    .get()?.n ?? 0;

/** Purges every organisation (each in its own transaction); with dryRun, only counts. */
export async function runPurge(db: Db, { now = Date.now(), dryRun = false } = {}): Promise<PurgeReport> {
  const passwordHash = await unusablePasswordHash();
  const report: PurgeReport = { organisations: [], installationLog: 0, dryRun };
  for (const org of db.select({ id: organisations.id, code: organisations.code }).from(organisations).all()) {
    const cutoffs = retentionCutoffs(getRetention(db, org.id), now);
    const due = leavers(db, org.id, cutoffs.leavers);
    if (dryRun) {
      report.organisations.push({
        orgId: org.id,
        code: org.code,
        audits: cutoffs.audits === null ? 0 : countAuditsBefore(db, org.id, cutoffs.audits),
        accessLog: countLog(db, org.id, cutoffs.accessLog),
        anonymised: due.length,
      });
      continue;
    }
    report.organisations.push(
      db.transaction((tx) => ({
        orgId: org.id,
        code: org.code,
        audits: cutoffs.audits === null ? 0 : deleteAuditsBefore(tx, org.id, cutoffs.audits),
        accessLog: tx.delete(accessLog).where(logWhere(org.id, cutoffs.accessLog)).run().changes,
        anonymised: due.filter((id) => anonymiseEmployee(tx, org.id, id, { userId: null, reason: "retention", passwordHash }, now)).length,
      })),
    );
  }
  // Entries about no organisation (a platform user's export of the programme view) keep the default period.
  const installationCutoff = retentionCutoffs(DEFAULT_RETENTION, now).accessLog;
  report.installationLog = dryRun
    ? countLog(db, null, installationCutoff)
    : db.delete(accessLog).where(logWhere(null, installationCutoff)).run().changes;
  if (!dryRun) purgeExpiredSessions(db, now);
  return report;
}

/** One line per organisation, for the server's log and the CLI. */
export function describePurge(report: PurgeReport): string[] {
  const verb = report.dryRun ? "would remove" : "removed";
  return [
    ...report.organisations.map(
      (o) => `${o.code}: ${verb} ${o.audits} audits, ${o.accessLog} access log entries; ${o.anonymised} leavers anonymised`,
    ),
    `Installation: ${verb} ${report.installationLog} access log entries`,
  ];
}
