// Changing one's own password: the current one is required, weak and common passwords are
// refused with a reason, other sessions end, this browser gets a fresh session.
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { requireUser } from "../../app/lib/auth.server";
import { verifyPassword } from "../../app/lib/password.server";
import { checkPasswordStrength, personalWords, weaknessReason } from "../../app/lib/password-strength.server";
import { action, loader } from "../../app/routes/account.password/route";
import { sessions, users } from "../../db/schema";
import { testDb } from "../helpers/db";
import { cookieFrom, getRequest, postRequest, routeArgs, settle } from "../helpers/requests";
import { makeUser, sessionFor, TEST_PASSWORD } from "../helpers/users";

const db = testDb();
let user: Awaited<ReturnType<typeof makeUser>>;
beforeAll(async () => {
  user = await makeUser(db, "supervisor", { email: "ruta.zilinskiene@test.lt" });
});

type Refused = { init?: { status?: number }; data?: { error?: Record<string, string[]> } };
const change = (cookie: string, form: Record<string, string>, ip = "198.51.100.30") =>
  settle(() => action(routeArgs(postRequest("/account/password", form, { cookie, ip })))) as Promise<Refused | Response>;
const errors = (r: unknown) => (r as Refused).data?.error ?? {};

describe("password strength (offline)", () => {
  it("refuses common, Lithuanian, personal and repeated passwords, each with its reason", async () => {
    const cases: [string, string][] = [
      ["password1234", "account.password.weak.common"],
      ["Slaptazodis2024", "account.password.weak.lithuanian"],
      ["Vilnius123456", "account.password.weak.lithuanian"],
      ["ruta.zilinskiene1", "account.password.weak.personal"],
      ["aaaaaaaaaaaaaa", "account.password.weak.sequence"],
    ];
    const inputs = personalWords({ name: "Rūta Žilinskienė", email: "ruta.zilinskiene@test.lt" });
    for (const [password, reason] of cases)
      expect(await checkPasswordStrength(password, inputs), password).toEqual({ score: expect.any(Number), reason });
  }, 60_000);

  it("accepts a passphrase of unrelated words", async () => {
    expect((await checkPasswordStrength("kopūstas laikrodis debesis 7", [])).reason).toBeNull();
  }, 30_000);

  it("names a reason for every kind of match", () => {
    expect(weaknessReason([{ pattern: "repeat" }])).toBe("account.password.weak.sequence");
    expect(weaknessReason([{ pattern: "spatial" }])).toBe("account.password.weak.keyboard");
    expect(weaknessReason([{ pattern: "dictionary", dictionaryName: "wikipedia" }])).toBe("account.password.weak.word");
    expect(weaknessReason([{ pattern: "bruteforce" }, { pattern: "date" }])).toBe("account.password.weak.date");
    expect(weaknessReason([{ pattern: "bruteforce" }])).toBe("account.password.weak.short");
  });
});

describe("changing one's own password", () => {
  it("shows the form to a signed-in user and sends others to sign in", async () => {
    expect(await loader(routeArgs(getRequest("/account/password", { cookie: sessionFor(db, user.id) })))).toMatchObject({
      rule: { min: 12 },
    });
    const anonymous = await settle(() => loader(routeArgs(getRequest("/account/password"))));
    expect((anonymous as Response).headers.get("Location")).toContain("/login");
  });

  it("requires the right current password, and nothing changes without it", async () => {
    const result = await change(sessionFor(db, user.id), {
      current: "wrong password 123",
      next: "kopūstas laikrodis debesis 7",
      confirm: "kopūstas laikrodis debesis 7",
    });
    expect((result as Refused).init?.status).toBe(400);
    expect(errors(result).current).toEqual(["account.password.currentWrong"]);
    const row = db.select().from(users).where(eq(users.id, user.id)).get()!;
    expect(await verifyPassword(row.passwordHash, TEST_PASSWORD)).toBe(true);
  });

  it("refuses a weak new password with the reason, and a mismatched confirmation", async () => {
    const cookie = sessionFor(db, user.id);
    const weak = await change(cookie, { current: TEST_PASSWORD, next: "Slaptazodis2024", confirm: "Slaptazodis2024" });
    expect((weak as Refused).init?.status).toBe(400);
    expect(errors(weak).next).toEqual(["account.password.weak.lithuanian"]);
    const mismatch = await change(cookie, {
      current: TEST_PASSWORD,
      next: "kopūstas laikrodis debesis 7",
      confirm: "kopūstas laikrodis debesis 8",
    });
    expect(errors(mismatch).confirm).toEqual(["account.password.mismatch"]);
    // The passwords are never sent back to the page.
    expect(JSON.stringify((weak as Refused).data)).not.toContain(TEST_PASSWORD);
  }, 30_000);

  it("changes it, ends the other sessions and starts a fresh one here", async () => {
    const here = sessionFor(db, user.id);
    const elsewhere = sessionFor(db, user.id);
    const response = (await change(here, {
      current: TEST_PASSWORD,
      next: "kopūstas laikrodis debesis 7",
      confirm: "kopūstas laikrodis debesis 7",
    })) as Response;
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toBe("/");
    const fresh = cookieFrom(response);
    expect(requireUser(getRequest("/", { cookie: fresh }), db).id).toBe(user.id);
    for (const old of [here, elsewhere])
      expect(await settle(() => requireUser(getRequest("/", { cookie: old }), db))).toBeInstanceOf(Response);
    expect(db.select().from(sessions).where(eq(sessions.userId, user.id)).all()).toHaveLength(1);
    const row = db.select().from(users).where(eq(users.id, user.id)).get()!;
    expect(await verifyPassword(row.passwordHash, "kopūstas laikrodis debesis 7")).toBe(true);
  }, 30_000);
});
