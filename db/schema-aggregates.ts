// Dashboard aggregates, maintained in the same transaction that publishes, changes or
// removes a published audit. employee_id 0 means "no employee" (department-only audits),
// so that every dimension can be part of the primary key.
import { index, integer, primaryKey, real, sqliteTable, text } from "drizzle-orm/sqlite-core";

export const aggScores = sqliteTable(
  "agg_scores",
  {
    month: text("month").notNull(),
    departmentId: integer("department_id").notNull(),
    employeeId: integer("employee_id").notNull(),
    channel: text("channel").notNull(),
    checklistId: text("checklist_id").notNull(),
    auditType: text("audit_type").notNull(),
    audits: integer("audits").notNull().default(0),
    scored: integer("scored").notNull().default(0),
    sumScore: real("sum_score").notNull().default(0),
    sumSqScore: real("sum_sq_score").notNull().default(0),
    criticalFailures: integer("critical_failures").notNull().default(0),
    passes: integer("passes").notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.month, t.departmentId, t.employeeId, t.channel, t.checklistId, t.auditType] }),
    index("agg_scores_department").on(t.departmentId, t.month),
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
    applicable: integer("applicable").notNull().default(0),
    yes: integer("yes").notNull().default(0),
    partial: integer("partial").notNull().default(0),
    no: integer("no").notNull().default(0),
    na: integer("na").notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.month, t.departmentId, t.channel, t.checklistId, t.auditType, t.itemKey] }),
    index("agg_items_department").on(t.departmentId, t.month),
  ],
);
