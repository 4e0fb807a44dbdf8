// Dashboard aggregates, maintained in the same transaction that publishes, changes or
// removes a published audit. employee_id 0 means "no employee" (department-only audits),
// so that every dimension can be part of the primary key.
//
// Rollups drop dimensions the overview does not need: agg_department_scores (no employee),
// agg_channel_scores (nor checklist and audit type), agg_org_items (no department) and
// agg_department_items (no channel, checklist or audit type).
// Triggers (migration 0001_rollups) keep each equal to the sums of the table it rolls up,
// so every writer of agg_scores and agg_items maintains them without knowing about them.
import { index, integer, primaryKey, real, sqliteTable, text } from "drizzle-orm/sqlite-core";

const scoreSumColumns = () => ({
  audits: integer("audits").notNull().default(0),
  scored: integer("scored").notNull().default(0),
  sumScore: real("sum_score").notNull().default(0),
  sumSqScore: real("sum_sq_score").notNull().default(0),
  criticalFailures: integer("critical_failures").notNull().default(0),
  passes: integer("passes").notNull().default(0),
});

const itemCountColumns = () => ({
  applicable: integer("applicable").notNull().default(0),
  yes: integer("yes").notNull().default(0),
  partial: integer("partial").notNull().default(0),
  no: integer("no").notNull().default(0),
  na: integer("na").notNull().default(0),
});

export const aggScores = sqliteTable(
  "agg_scores",
  {
    month: text("month").notNull(),
    departmentId: integer("department_id").notNull(),
    employeeId: integer("employee_id").notNull(),
    channel: text("channel").notNull(),
    checklistId: text("checklist_id").notNull(),
    auditType: text("audit_type").notNull(),
    ...scoreSumColumns(),
  },
  (t) => [
    primaryKey({ columns: [t.month, t.departmentId, t.employeeId, t.channel, t.checklistId, t.auditType] }),
    // Covering: a department's employee table reads only this index.
    index("agg_scores_department_cover").on(
      t.departmentId,
      t.month,
      t.employeeId,
      t.channel,
      t.checklistId,
      t.auditType,
      t.audits,
      t.scored,
      t.sumScore,
      t.sumSqScore,
      t.criticalFailures,
      t.passes,
    ),
    index("agg_scores_employee").on(t.employeeId, t.month),
  ],
);

export const aggItems = sqliteTable(
  "agg_items",
  {
    month: text("month").notNull(),
    departmentId: integer("department_id").notNull(),
    channel: text("channel").notNull(),
    checklistId: text("checklist_id").notNull(),
    auditType: text("audit_type").notNull(),
    itemKey: text("item_key").notNull(),
    ...itemCountColumns(),
  },
  (t) => [
    primaryKey({ columns: [t.month, t.departmentId, t.channel, t.checklistId, t.auditType, t.itemKey] }),
    // Covering: a department's rules × months heat map reads only this index.
    index("agg_items_department_cover").on(t.departmentId, t.month, t.channel, t.checklistId, t.auditType, t.itemKey, t.no, t.applicable),
  ],
);

/** agg_scores without the employee: score views filtered by checklist or audit type. */
export const aggDepartmentScores = sqliteTable(
  "agg_department_scores",
  {
    month: text("month").notNull(),
    departmentId: integer("department_id").notNull(),
    channel: text("channel").notNull(),
    checklistId: text("checklist_id").notNull(),
    auditType: text("audit_type").notNull(),
    ...scoreSumColumns(),
  },
  (t) => [
    primaryKey({ columns: [t.month, t.departmentId, t.channel, t.checklistId, t.auditType] }),
    index("agg_department_scores_department").on(t.departmentId, t.month),
  ],
);

/** agg_items without the department: the organisation's most broken rules. */
export const aggOrgItems = sqliteTable(
  "agg_org_items",
  {
    month: text("month").notNull(),
    channel: text("channel").notNull(),
    checklistId: text("checklist_id").notNull(),
    auditType: text("audit_type").notNull(),
    itemKey: text("item_key").notNull(),
    ...itemCountColumns(),
  },
  (t) => [primaryKey({ columns: [t.month, t.channel, t.checklistId, t.auditType, t.itemKey] })],
);

/**
 * agg_department_scores without checklist and audit type: the overview's default view
 * (no checklist or audit-type filter) reads some 8 times fewer rows from it.
 */
export const aggChannelScores = sqliteTable(
  "agg_channel_scores",
  {
    month: text("month").notNull(),
    departmentId: integer("department_id").notNull(),
    channel: text("channel").notNull(),
    ...scoreSumColumns(),
  },
  (t) => [primaryKey({ columns: [t.month, t.departmentId, t.channel] })],
);

/**
 * agg_items without channel, checklist and audit type (a rule belongs to one checklist):
 * a department's rules × months heat map without those filters.
 */
export const aggDepartmentItems = sqliteTable(
  "agg_department_items",
  {
    departmentId: integer("department_id").notNull(),
    month: text("month").notNull(),
    itemKey: text("item_key").notNull(),
    ...itemCountColumns(),
  },
  (t) => [primaryKey({ columns: [t.departmentId, t.month, t.itemKey] })],
);

/**
 * The programme view (issue 16): per Vilnius month, organisation and process stage, the
 * running sums of the audits' stage scores (app/domain/programme/score.ts): audits with a
 * score for the stage, Σ score and Σ score². Kept by the audit store's aggregate delta with
 * agg_scores; the organisation is the audit's department's. No department, employee or item:
 * the programme view shows organisation-level stage scores only.
 */
export const aggStageScores = sqliteTable(
  "agg_stage_scores",
  {
    month: text("month").notNull(),
    orgId: integer("org_id").notNull(),
    stage: text("stage").notNull(),
    audits: integer("audits").notNull().default(0),
    sumScore: real("sum_score").notNull().default(0),
    sumSqScore: real("sum_sq_score").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.month, t.orgId, t.stage] })],
);
