// Gathering everything held about one employee of the organisation for their data-subject
// access request: their record, every audit that names them with its answers and comments,
// and the access log entries about them. Like the employee's own view, it leaves out who
// audited them (a shopper's identity is not the employee's to know) and the reviewer's notes.
import { and, asc, desc, eq, inArray } from "drizzle-orm";
import type { Db } from "~/db.server";
import type { Checklist } from "~/domain/checklists/schema";
import { subjectCounts, SUBJECT_FILES, type SubjectData } from "~/domain/privacy/subject-archive";
import { employeeFullName } from "~/domain/people/names";
import { formatDateTime, makeT, type Locale } from "~/i18n";
import { isAccessAction } from "~/domain/access-log/actions";
import {
  accessLog,
  anonymisations,
  auditAcknowledgements,
  auditAnswers,
  disputeItems,
  disputes,
  audits,
  checklistVersions,
  departments,
  employees,
  organisations,
  users,
} from "../../../db/schema";

function itemTexts(db: Db, versionIds: string[], locale: Locale): Map<string, string> {
  const texts = new Map<string, string>();
  if (!versionIds.length) return texts;
  for (const v of db.select().from(checklistVersions).where(inArray(checklistVersions.id, versionIds)).all()) {
    const content = v.content as Checklist;
    for (const section of content.sections) for (const item of section.items) texts.set(`${v.id} ${item.key}`, item.text[locale]);
  }
  return texts;
}

/** Everything about the employee, or undefined when they are not of this organisation. */
export function gatherSubjectData(
  db: Db,
  orgId: number,
  employeeId: number,
  by: { name: string; locale: Locale },
  now = Date.now(),
): SubjectData | undefined {
  const e = db
    .select({ employee: employees, department: departments.name, organisation: organisations.name })
    .from(employees)
    .innerJoin(departments, eq(departments.id, employees.departmentId))
    .innerJoin(organisations, eq(organisations.id, employees.orgId))
    .where(and(eq(employees.id, employeeId), eq(employees.orgId, orgId)))
    .get();
  if (!e) return undefined;
  const account = e.employee.userId ? db.select().from(users).where(eq(users.id, e.employee.userId)).get() : undefined;
  const anonymised = db.select().from(anonymisations).where(eq(anonymisations.employeeId, employeeId)).get();
  const rows = db
    .select()
    .from(audits)
    .where(and(eq(audits.employeeId, employeeId), eq(audits.orgId, orgId)))
    .orderBy(asc(audits.interactionAt))
    .all();
  const texts = itemTexts(db, [...new Set(rows.map((a) => a.checklistVersionId))], by.locale);
  const answers = rows.length
    ? db
        .select()
        .from(auditAnswers)
        .where(
          inArray(
            auditAnswers.auditId,
            rows.map((a) => a.id),
          ),
        )
        .all()
    : [];
  const auditIds = rows.map((a) => a.id);
  const acknowledged = new Map(
    (auditIds.length ? db.select().from(auditAcknowledgements).where(inArray(auditAcknowledgements.auditId, auditIds)).all() : []).map(
      (k) => [k.auditId, k.at],
    ),
  );
  const disputed = db
    .select({ dispute: disputes, item: disputeItems })
    .from(disputes)
    .innerJoin(disputeItems, eq(disputeItems.disputeId, disputes.id))
    .where(and(eq(disputes.employeeId, employeeId), eq(disputes.orgId, orgId)))
    .orderBy(asc(disputes.openedAt), asc(disputeItems.itemKey))
    .all();
  const t = makeT(by.locale);
  const log = db
    .select({
      at: accessLog.at,
      action: accessLog.action,
      object: accessLog.object,
      detail: accessLog.detail,
      name: users.name,
      role: users.role,
    })
    .from(accessLog)
    .leftJoin(users, eq(users.id, accessLog.userId))
    .where(and(eq(accessLog.employeeId, employeeId), eq(accessLog.orgId, orgId)))
    .orderBy(desc(accessLog.at))
    .all();
  return {
    exportedAt: now,
    exportedBy: by.name,
    organisation: e.organisation,
    employee: {
      id: e.employee.id,
      firstName: e.employee.firstName,
      lastName: e.employee.lastName,
      position: e.employee.position,
      department: e.department,
      email: e.employee.email,
      code: e.employee.code,
      active: e.employee.active,
      account: account ? `${account.email} (${account.role})` : null,
      anonymisedAt: anonymised?.at ?? null,
    },
    audits: rows.map((a) => ({
      id: a.id,
      interactionAt: a.interactionAt,
      channel: a.channel,
      checklist: a.checklistId,
      auditType: a.auditType,
      state: a.state,
      score: a.score,
      passed: a.passed,
      criticalFailure: a.criticalFailure,
      location: a.location,
      overallComment: a.overallComment,
      acknowledgedAt: acknowledged.get(a.id) ?? null,
      answers: answers
        .filter((x) => x.auditId === a.id)
        .map((x) => ({
          itemKey: x.itemKey,
          itemText: texts.get(`${a.checklistVersionId} ${x.itemKey}`) ?? "",
          sectionKey: x.sectionKey,
          choice: x.choice,
          number: x.number,
          phrases: x.phrases,
          otherPhrase: x.otherPhrase,
          comment: x.comment,
          value: x.value,
        })),
    })),
    disputes: disputed.map(({ dispute, item }) => ({
      auditId: dispute.auditId,
      openedAt: dispute.openedAt,
      itemKey: item.itemKey,
      original: item.original,
      proposed: item.proposed,
      reason: item.reason,
      outcome: item.outcome,
      corrected: item.corrected ?? null,
      decisionReason: item.decisionReason,
      decidedAt: dispute.decidedAt,
    })),
    accessLog: log.map((l) => ({
      at: l.at,
      // A mystery shopper is named by role only, as on the employee's own page.
      who:
        l.role === "mystery_shopper"
          ? t("privacy.own.shopper")
          : l.name
            ? `${l.name} (${t(`role.${l.role ?? "employee"}`)})`
            : t("privacy.log.system"),
      action: isAccessAction(l.action) ? t(`privacy.action.${l.action}`) : l.action,
      object: l.object,
      detail: l.detail,
    })),
  };
}

/** The readable summary of the archive, in the reader's language. */
export function subjectSummary(data: SubjectData, locale: Locale): string {
  const t = makeT(locale);
  const c = subjectCounts(data);
  const when = (ms: number) => formatDateTime(locale, ms);
  return [
    t("privacy.export.summaryTitle", { name: employeeFullName(data.employee) }),
    "",
    t("privacy.export.summaryWho", { organisation: data.organisation, by: data.exportedBy, at: when(data.exportedAt) }),
    t("privacy.export.summaryPerson", { position: data.employee.position, department: data.employee.department }),
    data.employee.anonymisedAt ? t("privacy.export.summaryAnonymised", { at: when(data.employee.anonymisedAt) }) : "",
    "",
    t("privacy.export.summaryCounts", {
      audits: c.audits,
      published: c.published,
      answers: c.answers,
      comments: c.comments,
      disputed: c.disputedItems,
      log: c.accessLog,
    }),
    "",
    t("privacy.export.summaryFiles"),
    `  ${SUBJECT_FILES.person}: ${t("privacy.export.filePerson")}`,
    `  ${SUBJECT_FILES.audits}: ${t("privacy.export.fileAudits")}`,
    `  ${SUBJECT_FILES.answers}: ${t("privacy.export.fileAnswers")}`,
    `  ${SUBJECT_FILES.disputes}: ${t("privacy.export.fileDisputes")}`,
    `  ${SUBJECT_FILES.accessLog}: ${t("privacy.export.fileAccessLog")}`,
    `  ${SUBJECT_FILES.json}: ${t("privacy.export.fileJson")}`,
    "",
    t("privacy.export.summaryLeftOut"),
  ]
    .filter((line, i, all) => line !== "" || all[i - 1] !== "")
    .join("\r\n");
}
