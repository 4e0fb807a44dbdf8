// Re-authentication before role changes, password resets and the full audit export: a session whose password is
// more than a few minutes old is sent to /account/confirm, and nothing changes until then.
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { REAUTH_WINDOW_MS } from "../../app/lib/reauth.server";
import { action as confirmAction } from "../../app/routes/account.confirm/route";
import { loader as exportCsv } from "../../app/routes/admin.export[.]csv";
import { action as userAction } from "../../app/routes/admin.users.$id/route";
import { sessions, users } from "../../db/schema";
import { testDb } from "../helpers/db";
import { getRequest, locationOf, postRequest, routeArgs, settle, statusOf } from "../helpers/requests";
import { makeUser, sessionFor, TEST_PASSWORD } from "../helpers/users";

const db = testDb();
let admin: Awaited<ReturnType<typeof makeUser>>;
let target: Awaited<ReturnType<typeof makeUser>>;
beforeAll(async () => {
  admin = await makeUser(db, "admin");
  target = await makeUser(db, "employee");
});

/** A session of the admin (or another user) signed in `ageMs` ago (and active since). */
function oldSession(ageMs: number, userId = admin.id) {
  const cookie = sessionFor(db, userId);
  db.update(sessions)
    .set({ createdAt: Date.now() - ageMs })
    .where(eq(sessions.userId, userId))
    .run();
  return cookie;
}
const edit = (cookie: string, form: Record<string, string>) =>
  settle(() => userAction(routeArgs(postRequest(`/admin/users/${target.id}`, form, { cookie }), { id: String(target.id) })));
const asLeadership = { email: "", name: "", role: "leadership" };
const roleOf = () => db.select().from(users).where(eq(users.id, target.id)).get()!.role;

describe("re-authentication", () => {
  beforeAll(() => {
    asLeadership.email = target.email;
    asLeadership.name = target.name;
  });

  it("sends a role change from a session signed in long ago to the password confirmation, changing nothing", async () => {
    const cookie = oldSession(REAUTH_WINDOW_MS + 60_000);
    const result = await edit(cookie, { ...asLeadership, active: "on" });
    expect(statusOf(result)).toBe(302);
    expect(locationOf(result)).toBe(`/account/confirm?redirectTo=${encodeURIComponent(`/admin/users/${target.id}`)}`);
    expect(roleOf()).toBe("employee");

    const wrong = await settle(() =>
      confirmAction(
        routeArgs(postRequest("/account/confirm", { password: "not my password", redirectTo: `/admin/users/${target.id}` }, { cookie })),
      ),
    );
    expect((wrong as { init?: { status?: number } }).init?.status).toBe(400);
    expect(statusOf(await edit(cookie, { ...asLeadership, active: "on" }))).toBe(302);
    expect(roleOf()).toBe("employee");

    const right = await settle(() =>
      confirmAction(
        routeArgs(postRequest("/account/confirm", { password: TEST_PASSWORD, redirectTo: `/admin/users/${target.id}` }, { cookie })),
      ),
    );
    expect(locationOf(right)).toBe(`/admin/users/${target.id}`);
    const done = await edit(cookie, { ...asLeadership, active: "on" });
    expect(locationOf(done)).toBe("/admin/users");
    expect(roleOf()).toBe("leadership");
  });

  it("lets a fresh sign-in change roles, and other edits need no confirmation", async () => {
    expect(locationOf(await edit(oldSession(60_000), { ...asLeadership, role: "mystery_shopper", active: "on" }))).toBe("/admin/users");
    expect(roleOf()).toBe("mystery_shopper");
    // Same role, new name: not sensitive.
    const renamed = await edit(oldSession(REAUTH_WINDOW_MS * 3), {
      ...asLeadership,
      role: "mystery_shopper",
      name: "Naujas Vardas",
      active: "on",
    });
    expect(locationOf(renamed)).toBe("/admin/users");
  });

  it("asks again before setting another user's password", async () => {
    const result = await edit(oldSession(REAUTH_WINDOW_MS + 1000), { intent: "reset-password", password: "a brand new long passphrase" });
    expect(locationOf(result)).toMatch(/^\/account\/confirm\?redirectTo=/);
  });

  it("asks again before the export of every audit, and comes back to the form with the same filter", async () => {
    const leadership = await makeUser(db, "leadership");
    const query = "?from=2026-01-01&to=2026-12-31&separator=comma";
    const download = (cookie: string) =>
      settle(() => exportCsv({ request: getRequest(`/admin/export.csv${query}`, { cookie }), params: {}, context: {} }));
    const cookie = oldSession(REAUTH_WINDOW_MS + 1000, leadership.id);
    const asked = await download(cookie);
    expect(statusOf(asked)).toBe(302);
    expect(locationOf(asked)).toBe(`/account/confirm?redirectTo=${encodeURIComponent(`/admin/export${query}`)}`);

    const right = await settle(() =>
      confirmAction(
        routeArgs(postRequest("/account/confirm", { password: TEST_PASSWORD, redirectTo: `/admin/export${query}` }, { cookie })),
      ),
    );
    expect(locationOf(right)).toBe(`/admin/export${query}`);
    const file = (await download(cookie)) as Response;
    expect(file.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
  });
});
