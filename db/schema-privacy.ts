// Privacy (issue 21): how long each organisation keeps personal data, and the record of
// every person anonymised (on request or when their retention period ran out).
import { sql } from "drizzle-orm";
import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { employees, users } from "./schema";
import { organisations } from "./schema-organisations";

const now = sql`(unixepoch('subsec') * 1000)`;

/** One row per organisation whose administrator has saved the periods; none: the defaults (app/domain/retention). */
export const retentionSettings = sqliteTable("retention_settings", {
  orgId: integer("org_id")
    .primaryKey()
    .references(() => organisations.id),
  /** Months an audit is kept after the interaction it records; null: kept for ever. */
  auditsMonths: integer("audits_months"),
  /** Months an access log entry is kept. */
  accessLogMonths: integer("access_log_months").notNull(),
  /** Months after leaving (set inactive) before an employee's name, e-mail and code are removed. */
  leaversMonths: integer("leavers_months").notNull(),
  updatedAt: integer("updated_at").notNull().default(now),
  updatedBy: integer("updated_by").references(() => users.id, { onDelete: "set null" }),
});

export const anonymisations = sqliteTable(
  "anonymisations",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    orgId: integer("org_id")
      .notNull()
      .references(() => organisations.id),
    employeeId: integer("employee_id")
      .notNull()
      .unique()
      .references(() => employees.id),
    at: integer("at").notNull(),
    /** Who did it; null: the retention purge. */
    byUserId: integer("by_user_id").references(() => users.id, { onDelete: "set null" }),
    reason: text("reason", { enum: ["request", "retention"] }).notNull(),
    /** The linked account that was anonymised with the person, if any. */
    accountId: integer("account_id").references(() => users.id, { onDelete: "set null" }),
  },
  (t) => [index("anonymisations_org_at").on(t.orgId, t.at)],
);

/** The notice telling staff how their data is handled; none saved: the default text. */
export const privacyNotices = sqliteTable("privacy_notices", {
  orgId: integer("org_id")
    .primaryKey()
    .references(() => organisations.id),
  /** Why the data is processed (and on what basis), in the administrator's words. */
  purpose: text("purpose"),
  /** Whom to ask (the data protection officer, the quality office). */
  contact: text("contact"),
  updatedAt: integer("updated_at").notNull().default(now),
  updatedBy: integer("updated_by").references(() => users.id, { onDelete: "set null" }),
});
