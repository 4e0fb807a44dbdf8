// Organisations: one installation serves several public bodies, each under its own
// standard(s). Departments, employees, users and audits carry their organisation; every
// model function scopes by it (app/lib/auth.server.ts: orgScope).
import { sql } from "drizzle-orm";
import { integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";

const now = sql`(unixepoch('subsec') * 1000)`;

export const organisations = sqliteTable("organisations", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  /** Short name, unique: shown in lists and used by the CLI (`--org VMB`). */
  code: text("code").notNull().unique(),
  name: text("name").notNull(),
  /** Įmonės kodas. */
  legalCode: text("legal_code"),
  /** Address and contact lines for printed reports. */
  address: text("address"),
  contact: text("contact"),
  /** The standards it follows ("VMB", "KMSA"): its people may use only these checklists. */
  standards: text("standards", { mode: "json" }).$type<string[]>().notNull(),
  /** Pass mark for every checklist of the organisation; null: each checklist's own. */
  passMark: integer("pass_mark"),
  /** Nobody is ranked on fewer audits than this. */
  rankingMinimum: integer("ranking_minimum").notNull().default(3),
  /** The score the organisation aims at, drawn on its dashboards; null: none. */
  scoreTarget: integer("score_target"),
  /** Administrators and leadership must sign in with a second factor (TOTP); off by default. */
  twoFactorRequired: integer("two_factor_required", { mode: "boolean" }).notNull().default(false),
  /** Working days (Lithuanian calendar) after publication in which an employee may dispute an audit. */
  disputeWindowDays: integer("dispute_window_days").notNull().default(10),
  active: integer("active", { mode: "boolean" }).notNull().default(true),
  createdAt: integer("created_at").notNull().default(now),
  updatedAt: integer("updated_at").notNull().default(now),
});

/**
 * Further organisations a user works for: a mystery shopper of an agency that serves several
 * bodies, or a programme viewer's institutions. A user's own organisation is users.org_id.
 */
export const userOrganisations = sqliteTable(
  "user_organisations",
  {
    userId: integer("user_id").notNull(),
    orgId: integer("org_id")
      .notNull()
      .references(() => organisations.id),
  },
  (t) => [primaryKey({ columns: [t.userId, t.orgId] })],
);

/**
 * A checklist switched off (or back on) by one organisation's administrator. The checklist
 * files are shared: without a row here a checklist is as active as checklists.active says.
 */
export const organisationChecklists = sqliteTable(
  "organisation_checklists",
  {
    orgId: integer("org_id")
      .notNull()
      .references(() => organisations.id),
    checklistId: text("checklist_id").notNull(),
    active: integer("active", { mode: "boolean" }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.checklistId] })],
);
