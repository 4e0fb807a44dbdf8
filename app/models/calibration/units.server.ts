// A session's answers as reliability data: one unit per checklist item, each auditor's
// scored value (1, 0.5, 0); N/A and unanswered are missing. Shared by the results page and
// the overview across sessions.
import { inArray } from "drizzle-orm";
import type { Db } from "~/db.server";
import type { Checklist } from "~/domain/checklists/schema";
import type { AgreementValue } from "~/domain/stats/agreement";
import { auditAnswers } from "../../../db/schema";

export type Submission = { userId: number; auditId: number };

export function sessionUnits(db: Db, checklist: Checklist, submitted: Submission[]) {
  const items = checklist.sections.flatMap((s) => s.items);
  const units = new Map(items.map((item) => [item.key, new Map<string, AgreementValue>()]));
  if (submitted.length) {
    const raterOfAudit = new Map(submitted.map((p) => [p.auditId, String(p.userId)]));
    const rows = db
      .select({ auditId: auditAnswers.auditId, key: auditAnswers.itemKey, value: auditAnswers.value })
      .from(auditAnswers)
      .where(
        inArray(
          auditAnswers.auditId,
          submitted.map((p) => p.auditId),
        ),
      )
      .all();
    for (const row of rows) {
      if (row.value !== null) units.get(row.key)?.set(raterOfAudit.get(row.auditId)!, row.value);
    }
  }
  return { items, data: items.map((item) => units.get(item.key)!), raters: submitted.map((p) => String(p.userId)) };
}
