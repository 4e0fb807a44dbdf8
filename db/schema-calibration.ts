// Calibration sessions (issue 18): several auditors judge the same case blind with one
// checklist; their answers are calibration audits (audits.calibration), compared when the
// coordinator closes the session.
import { sql } from "drizzle-orm";
import { index, integer, primaryKey, real, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { CHANNELS } from "../app/domain/enums";
import { departments, users } from "./schema";
import { audits, checklists, checklistVersions } from "./schema-audits";
import { organisations } from "./schema-organisations";

const now = sql`(unixepoch('subsec') * 1000)`;

export const calibrationSessions = sqliteTable(
  "calibration_sessions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    orgId: integer("org_id")
      .notNull()
      .references(() => organisations.id),
    title: text("title").notNull(),
    // The material everyone judges: the written description of the case (staged visit, call, e-mail).
    material: text("material").notNull(),
    checklistId: text("checklist_id")
      .notNull()
      .references(() => checklists.id),
    // Fixed when the session is created: every auditor fills the same version.
    checklistVersionId: text("checklist_version_id")
      .notNull()
      .references(() => checklistVersions.id),
    // The department and channel of the case (a calibration audit needs both, like any audit).
    departmentId: integer("department_id")
      .notNull()
      .references(() => departments.id),
    channel: text("channel", { enum: CHANNELS }).notNull(),
    deadline: integer("deadline").notNull(),
    state: text("state", { enum: ["open", "closed"] })
      .notNull()
      .default("open"),
    createdBy: integer("created_by")
      .notNull()
      .references(() => users.id),
    createdAt: integer("created_at").notNull().default(now),
    closedAt: integer("closed_at"),
  },
  (t) => [index("calibration_sessions_org").on(t.orgId, t.createdAt)],
);

export const calibrationParticipants = sqliteTable(
  "calibration_participants",
  {
    sessionId: integer("session_id")
      .notNull()
      .references(() => calibrationSessions.id, { onDelete: "cascade" }),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id),
    // The participant's calibration audit, once submitted.
    auditId: integer("audit_id").references(() => audits.id),
  },
  (t) => [primaryKey({ columns: [t.sessionId, t.userId] }), index("calibration_participants_user").on(t.userId)],
);

// The expert's reference answer per item, as the scored value: 1 yes, 0.5 partial, 0 no.
export const calibrationReferences = sqliteTable(
  "calibration_references",
  {
    sessionId: integer("session_id")
      .notNull()
      .references(() => calibrationSessions.id, { onDelete: "cascade" }),
    itemKey: text("item_key").notNull(),
    value: real("value").notNull(),
  },
  (t) => [primaryKey({ columns: [t.sessionId, t.itemKey] })],
);

// Discussion notes the coordinator adds after closing, for the session or one item.
export const calibrationNotes = sqliteTable(
  "calibration_notes",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    sessionId: integer("session_id")
      .notNull()
      .references(() => calibrationSessions.id, { onDelete: "cascade" }),
    itemKey: text("item_key"),
    text: text("text").notNull(),
    authorId: integer("author_id")
      .notNull()
      .references(() => users.id),
    createdAt: integer("created_at").notNull().default(now),
  },
  (t) => [index("calibration_notes_session").on(t.sessionId)],
);
