// Checklists, audits, their history and the dashboard aggregates.
import { sql } from "drizzle-orm";
import { index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { AUDIT_STATES, AUDIT_TYPES, CHANNELS, EMPLOYEE_RESOLUTIONS } from "../app/domain/enums";
import { departments, employees, users } from "./schema";
import { organisations } from "./schema-organisations";

const now = sql`(unixepoch('subsec') * 1000)`;

// The enums live in app/domain/enums.ts; re-exported for the schema's readers.
export { AUDIT_STATES, type AuditState } from "../app/domain/enums";

export const checklists = sqliteTable("checklists", {
  id: text("id").primaryKey(),
  standard: text("standard").notNull(),
  active: integer("active", { mode: "boolean" }).notNull().default(true),
  currentVersionId: text("current_version_id").notNull(),
  updatedAt: integer("updated_at").notNull().default(now),
});

// A version is identified by the hash of the checklist file's content; audits keep it.
export const checklistVersions = sqliteTable(
  "checklist_versions",
  {
    id: text("id").primaryKey(),
    checklistId: text("checklist_id")
      .notNull()
      .references(() => checklists.id),
    content: text("content", { mode: "json" }).notNull(),
    createdAt: integer("created_at").notNull().default(now),
  },
  (t) => [index("checklist_versions_checklist").on(t.checklistId)],
);

// Groups the audits a supervisor made during one inspection visit of a department.
export const inspections = sqliteTable("inspections", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  departmentId: integer("department_id")
    .notNull()
    .references(() => departments.id),
  supervisorId: integer("supervisor_id")
    .notNull()
    .references(() => users.id),
  appearanceChecklistId: text("appearance_checklist_id"),
  workplaceChecklistId: text("workplace_checklist_id"),
  state: text("state", { enum: ["draft", "submitted"] })
    .notNull()
    .default("draft"),
  inspectedAt: integer("inspected_at").notNull(),
  clientKey: text("client_key").unique(),
  createdAt: integer("created_at").notNull().default(now),
  submittedAt: integer("submitted_at"),
});

export const inspectionAttendance = sqliteTable(
  "inspection_attendance",
  {
    inspectionId: integer("inspection_id")
      .notNull()
      .references(() => inspections.id, { onDelete: "cascade" }),
    employeeId: integer("employee_id")
      .notNull()
      .references(() => employees.id),
    status: text("status", { enum: ["present", "absent", "pending"] })
      .notNull()
      .default("pending"),
  },
  (t) => [primaryKey({ columns: [t.inspectionId, t.employeeId] })],
);

export const audits = sqliteTable(
  "audits",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    checklistId: text("checklist_id")
      .notNull()
      .references(() => checklists.id),
    checklistVersionId: text("checklist_version_id")
      .notNull()
      .references(() => checklistVersions.id),
    auditType: text("audit_type", { enum: AUDIT_TYPES }).notNull(),
    channel: text("channel", { enum: CHANNELS }).notNull(),
    // The department's organisation, kept on the audit so that lists and external references are scoped without a join.
    orgId: integer("org_id")
      .notNull()
      .references(() => organisations.id),
    departmentId: integer("department_id")
      .notNull()
      .references(() => departments.id),
    employeeId: integer("employee_id").references(() => employees.id),
    employeeResolution: text("employee_resolution", { enum: EMPLOYEE_RESOLUTIONS }).notNull().default("roster"),
    unknownEmployeeDescription: text("unknown_employee_description"),
    auditorId: integer("auditor_id").references(() => users.id),
    inspectionId: integer("inspection_id").references(() => inspections.id),
    state: text("state", { enum: AUDIT_STATES }).notNull().default("draft"),
    interactionAt: integer("interaction_at").notNull(),
    location: text("location"),
    scenario: text("scenario"),
    // Key of the scenario from the checklist's library (checklists/<standard>/scenarios), when one was used.
    scenarioKey: text("scenario_key"),
    overallComment: text("overall_comment"),
    reviewComment: text("review_comment"),
    externalRef: text("external_ref"),
    // Set by the form that creates the audit; a resent form finds the same audit.
    clientKey: text("client_key").unique(),
    // The draft's revision, counted by the audit store on every save of its answers or comment
    // (field sync: a write based on an older revision is refused and merged, never by clocks).
    revision: integer("revision").notNull().default(0),
    // The idempotency key of the submit that submitted it: a resent submit gets the same result.
    submitKey: text("submit_key"),
    score: real("score"),
    passed: integer("passed", { mode: "boolean" }),
    criticalFailure: integer("critical_failure", { mode: "boolean" }).notNull().default(false),
    criticalItems: text("critical_items", { mode: "json" }).$type<string[]>(),
    createdAt: integer("created_at").notNull().default(now),
    updatedAt: integer("updated_at").notNull().default(now),
    submittedAt: integer("submitted_at"),
    publishedAt: integer("published_at"),
    // A calibration audit (auditors scoring the same case to compare their judgement) never
    // counts in the dashboards: see countsInAggregates (app/models/audits/aggregate-delta.server.ts).
    calibration: integer("calibration", { mode: "boolean" }).notNull().default(false),
  },
  (t) => [
    index("audits_auditor_state").on(t.auditorId, t.state),
    index("audits_state_submitted").on(t.state, t.submittedAt),
    index("audits_department_state").on(t.departmentId, t.state, t.interactionAt),
    index("audits_employee_state").on(t.employeeId, t.state, t.interactionAt),
    index("audits_inspection").on(t.inspectionId),
    index("audits_org_interaction").on(t.orgId, t.interactionAt),
    uniqueIndex("audits_org_external_ref").on(t.orgId, t.externalRef),
  ],
);

// audit_answers and audit_section_scores are WITHOUT ROWID tables (migration 0001_rollups),
// which drizzle's schema cannot express. drizzle-kit rebuilds a SQLite table for some
// changes (CREATE TABLE __new_… then copy): add `WITHOUT ROWID` to such a generated
// CREATE TABLE by hand, or the table silently goes back to rowid storage.
// tests/integration/schema-storage.test.ts fails if it does.
export const auditAnswers = sqliteTable(
  "audit_answers",
  {
    auditId: integer("audit_id")
      .notNull()
      .references(() => audits.id, { onDelete: "cascade" }),
    itemKey: text("item_key").notNull(),
    sectionKey: text("section_key").notNull(),
    choice: text("choice", { enum: ["yes", "partial", "no", "na"] }),
    number: real("number"),
    phrases: text("phrases", { mode: "json" }).$type<string[]>(),
    otherPhrase: text("other_phrase"),
    // The auditor's judgement of other_phrase: like a recommended phrase (passes) or a forbidden one (fails).
    otherPhraseAs: text("other_phrase_as", { enum: ["recommended", "forbidden"] }),
    comment: text("comment"),
    // The resolved value used in scoring: 1, 0.5, 0, or null for N/A / unanswered.
    value: real("value"),
  },
  (t) => [primaryKey({ columns: [t.auditId, t.itemKey] })],
);

export const auditSectionScores = sqliteTable(
  "audit_section_scores",
  {
    auditId: integer("audit_id")
      .notNull()
      .references(() => audits.id, { onDelete: "cascade" }),
    sectionKey: text("section_key").notNull(),
    score: real("score"),
  },
  (t) => [primaryKey({ columns: [t.auditId, t.sectionKey] })],
);

// Append-only: every state change and every edit of an audit.
export const auditHistory = sqliteTable(
  "audit_history",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    auditId: integer("audit_id")
      .notNull()
      .references(() => audits.id, { onDelete: "cascade" }),
    at: integer("at").notNull(),
    actorId: integer("actor_id").references(() => users.id),
    action: text("action").notNull(),
    fromState: text("from_state"),
    toState: text("to_state"),
    comment: text("comment"),
    details: text("details", { mode: "json" }),
  },
  (t) => [index("audit_history_audit").on(t.auditId, t.at)],
);

export * from "./schema-aggregates";

// The automatic checker's suggestion per audit and item (docs/autocheck.md), with its
// evidence; at submit, whether the auditor's final answer agreed with it.
export const autocheckSuggestions = sqliteTable(
  "autocheck_suggestions",
  {
    auditId: integer("audit_id")
      .notNull()
      .references(() => audits.id, { onDelete: "cascade" }),
    itemKey: text("item_key").notNull(),
    checklistId: text("checklist_id").notNull(),
    answer: text("answer", { enum: ["yes", "partial", "no", "na"] }).notNull(),
    number: real("number"),
    evidence: text("evidence", { mode: "json" }).$type<string[]>().notNull(),
    createdAt: integer("created_at").notNull(),
    // Set when the audit is submitted: the final answer (as yes/partial/no/N/A) equals the suggestion or not.
    outcome: text("outcome", { enum: ["agreed", "overridden"] }),
    finalChoice: text("final_choice", { enum: ["yes", "partial", "no", "na"] }),
  },
  (t) => [primaryKey({ columns: [t.auditId, t.itemKey] }), index("autocheck_suggestions_item").on(t.checklistId, t.itemKey)],
);
