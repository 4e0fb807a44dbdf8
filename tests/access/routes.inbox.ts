// Access rows for the in-app inbox (issue 19): every signed-in user has one; a message of
// someone else is a 404 and stays unread.
import { desc, eq } from "drizzle-orm";
import { notify } from "../../app/models/notifications/inbox.server";
import { notifications } from "../../db/schema";
import type { AccessArea } from "./types";
import { signedIn } from "./types";

export const inbox: AccessArea = {
  setup: (db, org) => {
    notify(db, [org.users.leadership.id], "dispute_opened", { audit: "1" }, "/disputes");
    const foreign = db
      .select({ id: notifications.id })
      .from(notifications)
      .where(eq(notifications.userId, org.users.leadership.id))
      .orderBy(desc(notifications.id))
      .get()!.id;
    return { foreignMessage: foreign };
  },
  rows: [
    { route: "routes/inbox", path: "/inbox", expect: signedIn(200) },
    { route: "routes/inbox", path: "/inbox", method: "POST", form: { intent: "readAll" }, expect: signedIn(302) },
    {
      // Every role but the owner (leadership, who gets there) finds no such message.
      route: "routes/inbox",
      path: "/inbox",
      method: "POST",
      form: (f) => ({ intent: "read", id: String(f.foreignMessage) }),
      expect: { ...signedIn(404), leadership: 302 },
    },
    { route: "routes/inbox", path: "/inbox", method: "POST", form: { intent: "delete" }, expect: signedIn(400) },
  ],
};
