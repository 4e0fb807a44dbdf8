// Two-factor sign-in (TOTP) and its recovery codes, the half-signed-in state between
// the password and the code (app/models/two-factor), and the security event log
// (app/models/security-log). See docs/decisions.md (Security).
import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { SECURITY_EVENT_TYPES } from "../app/domain/security-log/events";
import { users } from "./schema";

/**
 * A user's TOTP secret, encrypted with the installation's key (app/lib/secret-box.server.ts).
 * confirmedAt null: enrolment started, not yet confirmed with a code (not in force).
 */
export const userTwoFactor = sqliteTable("user_two_factor", {
  userId: integer("user_id")
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  secret: text("secret").notNull(),
  confirmedAt: integer("confirmed_at"),
  /** The last TOTP time step accepted: a code is never accepted twice (replay). */
  lastTimeStep: integer("last_time_step"),
  createdAt: integer("created_at").notNull(),
});

/** Single-use recovery codes, stored as keyed hashes (HMAC with the installation's key). */
export const recoveryCodes = sqliteTable(
  "recovery_codes",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    codeHash: text("code_hash").notNull(),
    usedAt: integer("used_at"),
  },
  (t) => [index("recovery_codes_user").on(t.userId)],
);

/**
 * Password accepted, code still to come: not a session (it opens no page). The browser holds
 * a random token in a cookie; this row holds its SHA-256, expires in minutes and allows a
 * few wrong codes.
 */
export const twoFactorChallenges = sqliteTable("two_factor_challenges", {
  id: text("id").primaryKey(),
  userId: integer("user_id")
    .notNull()
    .references(() => users.id, { onDelete: "cascade" }),
  createdAt: integer("created_at").notNull(),
  failures: integer("failures").notNull().default(0),
  redirectTo: text("redirect_to").notNull(),
});

/**
 * The security event log, append-only: triggers in the migration refuse UPDATE and DELETE.
 * No foreign keys, so that no cascade or "set null" ever rewrites a row; ids are kept as
 * they were. orgId null: an event of no organisation (a failed sign-in for an unknown
 * e-mail, a platform administrator's own sign-in), seen by the platform administrator only.
 */
export const securityEvents = sqliteTable(
  "security_events",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    at: integer("at").notNull(),
    orgId: integer("org_id"),
    type: text("type", { enum: SECURITY_EVENT_TYPES }).notNull(),
    /** Whose account the event is about (the one signing in, the user changed). */
    userId: integer("user_id"),
    /** Who did it, when someone else did (an administrator changing a user). */
    actorId: integer("actor_id"),
    ip: text("ip"),
    /** A short description: the old and new role, the path refused, the unknown e-mail typed. */
    detail: text("detail"),
  },
  (t) => [index("security_events_org_at").on(t.orgId, t.at), index("security_events_user").on(t.userId)],
);
