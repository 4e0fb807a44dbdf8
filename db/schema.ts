// The whole database schema. Times are integer milliseconds since the epoch (UTC);
// months used for aggregation are "YYYY-MM" in Europe/Vilnius time.
import { sql } from "drizzle-orm";
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";

import { LOCALES, ROLES } from "../app/domain/enums";
import { organisations } from "./schema-organisations";

// The enums live in app/domain/enums.ts; re-exported for the schema's readers.
export { LOCALES, ROLES, type Locale, type Role } from "../app/domain/enums";

const now = sql`(unixepoch('subsec') * 1000)`;

export const users = sqliteTable("users", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  email: text("email").notNull().unique(),
  name: text("name").notNull(),
  role: text("role", { enum: ROLES }).notNull(),
  /** The user's organisation; null only for a platform administrator or a programme viewer. */
  orgId: integer("org_id").references(() => organisations.id),
  passwordHash: text("password_hash").notNull(),
  active: integer("active", { mode: "boolean" }).notNull().default(true),
  locale: text("locale", { enum: LOCALES }).notNull().default("lt"),
  createdAt: integer("created_at").notNull().default(now),
  updatedAt: integer("updated_at").notNull().default(now),
});

export const departments = sqliteTable(
  "departments",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    orgId: integer("org_id")
      .notNull()
      .references(() => organisations.id),
    code: text("code").notNull(),
    name: text("name").notNull(),
    active: integer("active", { mode: "boolean" }).notNull().default(true),
    createdAt: integer("created_at").notNull().default(now),
    updatedAt: integer("updated_at").notNull().default(now),
  },
  (t) => [uniqueIndex("departments_org_code").on(t.orgId, t.code)],
);

// Supervisors are linked to one or more departments; every supervisor query is scoped by this.
export const userDepartments = sqliteTable(
  "user_departments",
  {
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    departmentId: integer("department_id")
      .notNull()
      .references(() => departments.id),
  },
  (t) => [primaryKey({ columns: [t.userId, t.departmentId] }), index("user_departments_dept").on(t.departmentId)],
);

export const employees = sqliteTable(
  "employees",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    orgId: integer("org_id")
      .notNull()
      .references(() => organisations.id),
    code: text("code"),
    firstName: text("first_name").notNull(),
    lastName: text("last_name").notNull(),
    position: text("position").notNull(),
    email: text("email"),
    departmentId: integer("department_id")
      .notNull()
      .references(() => departments.id),
    userId: integer("user_id")
      .unique()
      .references(() => users.id, { onDelete: "set null" }),
    active: integer("active", { mode: "boolean" }).notNull().default(true),
    createdAt: integer("created_at").notNull().default(now),
    updatedAt: integer("updated_at").notNull().default(now),
  },
  (t) => [
    index("employees_department").on(t.departmentId, t.lastName, t.firstName),
    uniqueIndex("employees_org_code").on(t.orgId, t.code),
    uniqueIndex("employees_org_email").on(t.orgId, t.email),
  ],
);

// Server-side sessions. The id stored here is the SHA-256 of the cookie's token, so a
// leaked database does not hand out live sessions.
export const sessions = sqliteTable(
  "sessions",
  {
    id: text("id").primaryKey(),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: integer("created_at").notNull(),
    lastSeenAt: integer("last_seen_at").notNull(),
    ip: text("ip"),
    userAgent: text("user_agent"),
    /** When the password was last entered again in this session (re-authentication). */
    reauthenticatedAt: integer("reauthenticated_at"),
  },
  (t) => [index("sessions_user").on(t.userId)],
);

// Failed sign-in attempts, keyed "pair:<address> <email>", "ip:<address>" or "account:<email>", for rate limiting.
export const loginAttempts = sqliteTable(
  "login_attempts",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    key: text("key").notNull(),
    at: integer("at").notNull(),
  },
  (t) => [index("login_attempts_key_at").on(t.key, t.at)],
);

export const settings = sqliteTable("settings", {
  key: text("key").primaryKey(),
  value: text("value").notNull(),
});

// Who looked at or changed personal data (GDPR accountability).
export const accessLog = sqliteTable(
  "access_log",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    at: integer("at").notNull().default(now),
    userId: integer("user_id").references(() => users.id, { onDelete: "set null" }),
    /** The organisation whose data was looked at or changed (null: the installation's). */
    orgId: integer("org_id").references(() => organisations.id),
    action: text("action").notNull(),
    object: text("object").notNull(),
    /** The employee whose personal data it was, when it was one person's (their audit, results, export). */
    employeeId: integer("employee_id").references(() => employees.id, { onDelete: "set null" }),
    /** What exactly, where the object alone does not say (an export's period and filters). */
    detail: text("detail"),
  },
  (t) => [
    index("access_log_at").on(t.at),
    index("access_log_org_at").on(t.orgId, t.at),
    index("access_log_employee_at").on(t.employeeId, t.at),
  ],
);

export * from "./schema-audits";
export * from "./schema-disputes";
export * from "./schema-notifications";
export * from "./schema-organisations";
export * from "./schema-security";
export * from "./schema-calibration";
export * from "./schema-privacy";
