// A user sees where they are signed in and ends one other session or all the others, never
// this one nor anybody else's; each ending is in the security log.
import { desc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { action, loader } from "../../app/routes/account.sessions/route";
import { securityEvents, sessions } from "../../db/schema";
import { testDb } from "../helpers/db";
import { getRequest, postRequest, routeArgs, settle } from "../helpers/requests";
import { makeUser, sessionFor } from "../helpers/users";

const db = testDb();
type Page = { sessions: { key: string; current: boolean }[] };

describe("one's own sessions", () => {
  it("are listed with this one marked, and the others can be ended one by one or all at once", async () => {
    const user = await makeUser(db, "employee");
    const stranger = await makeUser(db, "employee");
    const strangerCookie = sessionFor(db, stranger.id);
    const here = sessionFor(db, user.id);
    for (let i = 0; i < 3; i += 1) sessionFor(db, user.id); // a phone, a laptop, a kiosk
    const page = (await loader(routeArgs(getRequest("/account/sessions", { cookie: here })))) as Page;
    expect(page.sessions).toHaveLength(4);
    expect(page.sessions.filter((s) => s.current)).toHaveLength(1);
    const others = page.sessions.filter((s) => !s.current);

    const end = (session: string, cookie = here) =>
      settle(() => action(routeArgs(postRequest("/account/sessions", { session }, { cookie }))));
    expect((await end(others[0].key)) as Response).toHaveProperty("status", 302);
    expect(db.select().from(sessions).where(eq(sessions.userId, user.id)).all()).toHaveLength(3);
    // Another user's session key changes nothing.
    const strangerKey = ((await loader(routeArgs(getRequest("/account/sessions", { cookie: strangerCookie })))) as Page).sessions[0].key;
    await end(strangerKey);
    expect(db.select().from(sessions).where(eq(sessions.userId, stranger.id)).all()).toHaveLength(1);

    await end("others");
    const left = db.select().from(sessions).where(eq(sessions.userId, user.id)).all();
    expect(left).toHaveLength(1);
    expect(((await loader(routeArgs(getRequest("/account/sessions", { cookie: here })))) as Page).sessions[0].current).toBe(true);
    const event = db.select().from(securityEvents).where(eq(securityEvents.userId, user.id)).orderBy(desc(securityEvents.id)).get();
    expect(event).toMatchObject({ type: "sign_out", detail: "2 other session(s) ended by the user" });
  });

  it("refuses a malformed key", async () => {
    const user = await makeUser(db, "employee");
    const r = await settle(() =>
      action(routeArgs(postRequest("/account/sessions", { session: "'; DROP" }, { cookie: sessionFor(db, user.id) }))),
    );
    expect((r as Response).status).toBe(400);
  });
});
