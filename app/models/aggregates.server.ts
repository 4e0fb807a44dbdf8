// Dashboard aggregates. Every change to a *published* audit goes through here, inside the
// same transaction as the change: subtract the audit's old contribution (sign -1) before
// the change, add the new one (sign +1) after. Dashboards read only these tables.
import { and, eq, sql } from "drizzle-orm";
import type { Db } from "~/db.server";
import { vilniusMonth } from "~/lib/month";
import { aggItems, aggScores, auditAnswers, audits } from "../../db/schema";

/** Adds (sign 1) or removes (sign -1) a published audit's contribution. Others are ignored. */
export function applyAuditToAggregates(db: Db, auditId: number, sign: 1 | -1) {
  const audit = db.select().from(audits).where(eq(audits.id, auditId)).get();
  if (!audit || audit.state !== "published") return;
  const month = vilniusMonth(audit.interactionAt);
  const scored = audit.score === null ? 0 : 1;
  const score = audit.score ?? 0;
  const keys = {
    month,
    departmentId: audit.departmentId,
    employeeId: audit.employeeId ?? 0,
    channel: audit.channel,
    checklistId: audit.checklistId,
    auditType: audit.auditType,
  };
  const delta = {
    audits: sign,
    scored: sign * scored,
    sumScore: sign * score,
    sumSqScore: sign * score * score,
    criticalFailures: sign * (audit.criticalFailure ? 1 : 0),
    passes: sign * (audit.passed ? 1 : 0),
  };
  db.insert(aggScores)
    .values({ ...keys, ...delta })
    .onConflictDoUpdate({
      target: [aggScores.month, aggScores.departmentId, aggScores.employeeId, aggScores.channel, aggScores.checklistId, aggScores.auditType],
      set: {
        audits: sql`${aggScores.audits} + ${delta.audits}`,
        scored: sql`${aggScores.scored} + ${delta.scored}`,
        sumScore: sql`${aggScores.sumScore} + ${delta.sumScore}`,
        sumSqScore: sql`${aggScores.sumSqScore} + ${delta.sumSqScore}`,
        criticalFailures: sql`${aggScores.criticalFailures} + ${delta.criticalFailures}`,
        passes: sql`${aggScores.passes} + ${delta.passes}`,
      },
    })
    .run();

  const answers = db.select().from(auditAnswers).where(eq(auditAnswers.auditId, auditId)).all();
  for (const answer of answers) {
    const v = answer.value;
    const counts = {
      applicable: sign * (v === null ? 0 : 1),
      yes: sign * (v === 1 ? 1 : 0),
      partial: sign * (v === 0.5 ? 1 : 0),
      no: sign * (v === 0 ? 1 : 0),
      na: sign * (v === null ? 1 : 0),
    };
    const { employeeId: _e, ...itemKeys } = keys;
    db.insert(aggItems)
      .values({ ...itemKeys, itemKey: answer.itemKey, ...counts })
      .onConflictDoUpdate({
        target: [aggItems.month, aggItems.departmentId, aggItems.channel, aggItems.checklistId, aggItems.auditType, aggItems.itemKey],
        set: {
          applicable: sql`${aggItems.applicable} + ${counts.applicable}`,
          yes: sql`${aggItems.yes} + ${counts.yes}`,
          partial: sql`${aggItems.partial} + ${counts.partial}`,
          no: sql`${aggItems.no} + ${counts.no}`,
          na: sql`${aggItems.na} + ${counts.na}`,
        },
      })
      .run();
  }
  // Rows that fell to zero audits are removed so that a recomputation compares equal.
  if (sign === -1) {
    db.delete(aggScores).where(and(eq(aggScores.audits, 0), eq(aggScores.month, month))).run();
    db.delete(aggItems)
      .where(and(eq(aggItems.month, month), sql`${aggItems.applicable} + ${aggItems.na} = 0`))
      .run();
  }
}
