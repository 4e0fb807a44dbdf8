// The in-app inbox (issue 19): one row per message to one user. The text is made when it is
// shown, in the reader's language, from the kind and its parameters; the link leads to the
// object, where access is checked again.
import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { NOTIFICATION_KINDS } from "../app/domain/enums";
import { users } from "./schema";

export const notifications = sqliteTable(
  "notifications",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: NOTIFICATION_KINDS }).notNull(),
    /** Values for the message (an audit number, a date), never a score or another person's data. */
    params: text("params", { mode: "json" }).$type<Record<string, string>>().notNull(),
    link: text("link").notNull(),
    createdAt: integer("created_at").notNull(),
    readAt: integer("read_at"),
  },
  (t) => [index("notifications_user").on(t.userId, t.readAt, t.createdAt)],
);
