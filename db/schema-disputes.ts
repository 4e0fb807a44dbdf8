// After publishing: the employee's acknowledgement of an audit about them, and disputes of
// its answers (issue 19). The decided corrections change the audit through the audit store.
import { index, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";
import type { RawAnswer } from "../app/domain/scoring";
import { DISPUTE_OUTCOMES } from "../app/domain/enums";
import { audits } from "./schema-audits";
import { employees, users } from "./schema";
import { organisations } from "./schema-organisations";

/** „Susipažinau“: the employee saw the published audit. Once per audit. */
export const auditAcknowledgements = sqliteTable("audit_acknowledgements", {
  auditId: integer("audit_id")
    .primaryKey()
    .references(() => audits.id, { onDelete: "cascade" }),
  userId: integer("user_id")
    .notNull()
    .references(() => users.id),
  at: integer("at").notNull(),
});

/** One dispute per audit, by the employee it is about; decided when every item is. */
export const disputes = sqliteTable(
  "disputes",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    auditId: integer("audit_id")
      .notNull()
      .unique()
      .references(() => audits.id, { onDelete: "cascade" }),
    // Copied from the audit so that lists are scoped without a join.
    orgId: integer("org_id")
      .notNull()
      .references(() => organisations.id),
    departmentId: integer("department_id").notNull(),
    employeeId: integer("employee_id")
      .notNull()
      .references(() => employees.id),
    openedBy: integer("opened_by")
      .notNull()
      .references(() => users.id),
    openedAt: integer("opened_at").notNull(),
    /** The department supervisor's first opinion. */
    opinion: text("opinion"),
    opinionBy: integer("opinion_by").references(() => users.id),
    opinionAt: integer("opinion_at"),
    decidedBy: integer("decided_by").references(() => users.id),
    decidedAt: integer("decided_at"),
  },
  (t) => [index("disputes_org_decided").on(t.orgId, t.decidedAt), index("disputes_employee").on(t.employeeId)],
);

export const disputeItems = sqliteTable(
  "dispute_items",
  {
    disputeId: integer("dispute_id")
      .notNull()
      .references(() => disputes.id, { onDelete: "cascade" }),
    itemKey: text("item_key").notNull(),
    /** The answer when the dispute was opened. */
    original: text("original", { mode: "json" }).$type<RawAnswer>().notNull(),
    /** What the employee believes is right, and why. */
    proposed: text("proposed", { mode: "json" }).$type<RawAnswer>().notNull(),
    reason: text("reason").notNull(),
    outcome: text("outcome", { enum: DISPUTE_OUTCOMES }),
    /** The answer the audit now has (accepted: the proposal; partly accepted: leadership's). */
    corrected: text("corrected", { mode: "json" }).$type<RawAnswer>(),
    decisionReason: text("decision_reason"),
  },
  (t) => [primaryKey({ columns: [t.disputeId, t.itemKey] }), index("dispute_items_key").on(t.itemKey, t.outcome)],
);
