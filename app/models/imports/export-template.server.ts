// Import templates: per checklist, the header row and one example row.
import { and, asc, eq } from "drizzle-orm";
import type { Db } from "~/db.server";
import type { Checklist } from "~/domain/checklists/schema";
import { formatVilniusDateTime } from "~/domain/time";
import { templateRows } from "~/domain/csv/layout";
import { toCsv } from "~/domain/csv/write";
import { checklists, checklistVersions, departments } from "../../../db/schema";
import { checklistUsableIn } from "../organisations/organisation.server";

/** Active checklists: of the organisation's standards when one is given (the CLI without --org: all). */
function activeChecklists(db: Db, orgId?: number) {
  return db
    .select({ id: checklists.id, content: checklistVersions.content })
    .from(checklists)
    .innerJoin(checklistVersions, eq(checklistVersions.id, checklists.currentVersionId))
    .where(orgId === undefined ? eq(checklists.active, true) : checklistUsableIn(orgId))
    .orderBy(asc(checklists.id))
    .all()
    .map((r) => ({ id: r.id, checklist: r.content as Checklist }));
}

export function listTemplateChecklists(db: Db, orgId?: number) {
  return activeChecklists(db, orgId).map((c) => ({ id: c.id, title: c.checklist.title }));
}

/**
 * The template CSV (UTF-8 with BOM, ";"), or null for an unknown or retired checklist (or one
 * of another standard than the organisation's). Its example department is the organisation's.
 */
export function checklistTemplateCsv(db: Db, checklistId: string, separator: ";" | "," = ";", orgId?: number): string | null {
  const found = activeChecklists(db, orgId).find((c) => c.id === checklistId);
  if (!found) return null;
  const department = db
    .select({ code: departments.code })
    .from(departments)
    .where(and(eq(departments.active, true), orgId === undefined ? undefined : eq(departments.orgId, orgId)))
    .orderBy(asc(departments.code))
    .get();
  const rows = templateRows(found.checklist, {
    departmentCode: department?.code ?? "SKYRIUS",
    // Yesterday at 10:00 Vilnius time: a date the importer accepts (not in the future).
    interactionAt: `${formatVilniusDateTime(Date.now() - 86_400_000).slice(0, 10)} 10:00`,
  });
  return toCsv(rows, { separator, bom: true });
}
