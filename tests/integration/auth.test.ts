// Sign-in, rate limits, session expiry and rotation, sign-out, deactivation.
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { sessions } from "../../db/schema";
import { requireUser } from "../../app/lib/auth.server";
import { delayAfter, LIMITS, RATE_WINDOW_MS, reserveSignInAttempt } from "../../app/lib/rate-limit.server";
import { ABSOLUTE_TIMEOUT_MS, IDLE_TIMEOUT_MS } from "../../app/lib/session.server";
import { updateUser } from "../../app/models/people/user.server";
import { action as loginAction } from "../../app/routes/login";
import { action as logoutAction } from "../../app/routes/logout";
import { loader as homeLoader } from "../../app/routes/_index";
import { testDb } from "../helpers/db";
import { cookieFrom, getRequest, postRequest, settle } from "../helpers/requests";
import { makeUser, TEST_PASSWORD } from "../helpers/users";

const db = testDb();
let email: string;
let userId: number;

beforeAll(async () => {
  const user = await makeUser(db, "leadership");
  email = user.email;
  userId = user.id;
});

async function signIn(password: string, ip = "198.51.100.1", who = email, cookie?: string) {
  return (await settle(() =>
    loginAction({ request: postRequest("/login", { email: who, password, redirectTo: "/" }, { ip, cookie }), params: {}, context: {} }),
  )) as Response;
}

function statusOf(result: unknown) {
  return result instanceof Response ? result.status : (result as { init?: { status?: number } }).init?.status;
}

describe("sign-in", () => {
  it("succeeds with the right password: redirect, HttpOnly SameSite=Lax session cookie", async () => {
    const response = await signIn(TEST_PASSWORD);
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toBe("/");
    const setCookie = response.headers.getSetCookie().join("\n");
    expect(setCookie).toMatch(/etalonas_session=[A-Za-z0-9_-]{43}/);
    expect(setCookie).toContain("HttpOnly");
    expect(setCookie).toContain("SameSite=Lax");
    expect(setCookie).not.toContain("Secure"); // served over plain http in this test
    const home = await settle(() => homeLoader({ request: getRequest("/", { cookie: cookieFrom(response) }), params: {}, context: {} }));
    expect(home).not.toBeInstanceOf(Response);
  });

  it("marks the cookie Secure over HTTPS", async () => {
    const request = new Request("https://etalonas.test/login", {
      method: "POST",
      headers: { Origin: "https://etalonas.test", Host: "etalonas.test", "X-Etalonas-Client-Ip": "198.51.100.9" },
      body: new URLSearchParams({ email, password: TEST_PASSWORD }),
    });
    const response = (await settle(() => loginAction({ request, params: {}, context: {} }))) as Response;
    const setCookie = response.headers.getSetCookie().join();
    expect(setCookie).toContain("Secure");
    // The __Host- prefix: only a Secure, Path=/, host-only cookie is accepted under this name.
    expect(setCookie).toMatch(/^__Host-etalonas_session=[A-Za-z0-9_-]{43}; Path=\/;/);
    expect(setCookie).not.toContain("Domain=");
    const cookie = cookieFrom(response);
    const home = (https: boolean) => new Request(`${https ? "https" : "http"}://etalonas.test/`, { headers: { Cookie: cookie } });
    expect(requireUser(home(true), db).id).toBe(userId);
    // The same cookie sent over plain http is not a session there.
    expect(await settle(() => requireUser(home(false), db))).toBeInstanceOf(Response);
  });

  it("fails with a wrong password, with the same message as an unknown account", async () => {
    const wrong = await signIn("not the password at all", "198.51.100.2");
    const unknown = await signIn("not the password at all", "198.51.100.2", "nobody@test.lt");
    expect(statusOf(wrong)).toBe(401);
    expect(statusOf(unknown)).toBe(401);
    expect((wrong as unknown as { data: unknown }).data).toEqual({ error: "login.invalid" });
    expect((unknown as unknown as { data: unknown }).data).toEqual({ error: "login.invalid" });
  });

  it("rotates the session id at sign-in: the old session ends", async () => {
    const first = cookieFrom(await signIn(TEST_PASSWORD, "198.51.100.3"));
    const second = cookieFrom(await signIn(TEST_PASSWORD, "198.51.100.3", email, first));
    expect(second).not.toBe(first);
    expect(await settle(() => requireUser(getRequest("/", { cookie: first }), db))).toBeInstanceOf(Response);
    expect(requireUser(getRequest("/", { cookie: second }), db).id).toBe(userId);
  });
});

describe("rate limits", () => {
  const dataOf = (r: unknown) => (r as unknown as { data: Record<string, unknown> }).data;

  it("do not lock the rightful user out: failures from another address leave their own sign-in alone", async () => {
    const victim = await makeUser(db, "employee");
    for (let i = 0; i < LIMITS.pair.free + 3; i++) await signIn("wrong password 123", "192.0.2.66", victim.email);
    expect(statusOf(await signIn(TEST_PASSWORD, "192.0.2.200", victim.email))).toBe(302);
  });

  it("make the guessing address wait, longer after each failure, even with the right password", async () => {
    const victim = await makeUser(db, "employee");
    const ip = "192.0.2.67";
    for (let i = 0; i < LIMITS.pair.free; i++) expect(statusOf(await signIn("wrong password 123", ip, victim.email))).toBe(401);
    const blocked = await signIn(TEST_PASSWORD, ip, victim.email);
    expect(statusOf(blocked)).toBe(429);
    expect(dataOf(blocked)).toMatchObject({ error: "login.rateLimited", seconds: 1 });
    expect((blocked as unknown as { init: ResponseInit }).init.headers).toMatchObject({ "Retry-After": "1" });
    expect([4, 5, 6, 7, 8].map((n) => delayAfter(n, LIMITS.pair))).toEqual([0, 1000, 2000, 4000, 8000]);
    expect(delayAfter(40, LIMITS.pair)).toBe(LIMITS.pair.capMs);
    expect(delayAfter(400, LIMITS.account)).toBe(60_000);
  });

  it("count concurrent guesses: no more than the free attempts reach the password check", async () => {
    const victim = await makeUser(db, "employee");
    const results = await Promise.all(Array.from({ length: 12 }, () => signIn("wrong password 123", "192.0.2.68", victim.email)));
    const statuses = results.map(statusOf);
    expect(statuses.filter((s) => s === 401)).toHaveLength(LIMITS.pair.free);
    expect(statuses.filter((s) => s === 429)).toHaveLength(12 - LIMITS.pair.free);
  });

  it("make an address that tries many accounts wait", async () => {
    const ip = "192.0.2.250";
    for (let i = 0; i < LIMITS.address.free; i++) await signIn("wrong password 123", ip, `guess${i}@test.lt`);
    expect(statusOf(await signIn(TEST_PASSWORD, ip))).toBe(429);
    // Another address is not affected.
    expect(statusOf(await signIn(TEST_PASSWORD, "192.0.2.251"))).toBe(302);
  });

  it("slow an account guessed from many addresses down, by at most a minute, and forget failures after the window", () => {
    const target = "spread@test.lt";
    const now = Date.now();
    for (let i = 0; i < LIMITS.account.free; i++) expect(reserveSignInAttempt(db, target, `10.1.${i >> 8}.${i & 255}`, now).ok).toBe(true);
    const slowed = reserveSignInAttempt(db, target, "10.9.9.9", now);
    expect(slowed).toMatchObject({ ok: false });
    expect((slowed as { retryAfterMs: number }).retryAfterMs).toBeLessThanOrEqual(60_000);
    expect(reserveSignInAttempt(db, target, "10.9.9.9", now + RATE_WINDOW_MS).ok).toBe(true);
  });
});

describe("sessions", () => {
  it("expire after 30 minutes idle", async () => {
    const cookie = cookieFrom(await signIn(TEST_PASSWORD, "198.51.100.4"));
    const old = Date.now() - IDLE_TIMEOUT_MS - 1000;
    db.update(sessions).set({ lastSeenAt: old }).where(eq(sessions.userId, userId)).run();
    const result = await settle(() => requireUser(getRequest("/audits", { cookie }), db));
    expect(result).toBeInstanceOf(Response);
    expect((result as Response).headers.get("Location")).toBe("/login?redirectTo=%2Faudits");
  });

  it("expire 12 hours after sign-in even when active", async () => {
    const cookie = cookieFrom(await signIn(TEST_PASSWORD, "198.51.100.5"));
    db.update(sessions)
      .set({ createdAt: Date.now() - ABSOLUTE_TIMEOUT_MS - 1000, lastSeenAt: Date.now() })
      .where(eq(sessions.userId, userId))
      .run();
    expect(await settle(() => requireUser(getRequest("/", { cookie }), db))).toBeInstanceOf(Response);
  });

  it("end at sign-out", async () => {
    const cookie = cookieFrom(await signIn(TEST_PASSWORD, "198.51.100.6"));
    const out = (await settle(() =>
      logoutAction({ request: postRequest("/logout", {}, { cookie }), params: {}, context: {} }),
    )) as Response;
    expect(out.status).toBe(302);
    expect(out.headers.getSetCookie().join()).toContain("Max-Age=0");
    expect(await settle(() => requireUser(getRequest("/", { cookie }), db))).toBeInstanceOf(Response);
  });

  it("end when the user is deactivated", async () => {
    const user = await makeUser(db, "mystery_shopper");
    const cookie = cookieFrom(await signIn(TEST_PASSWORD, "198.51.100.7", user.email));
    expect(requireUser(getRequest("/", { cookie }), db).id).toBe(user.id);
    updateUser(db, user.orgId!, user.id, { email: user.email, name: user.name, role: user.role, active: false, departmentIds: [] });
    expect(await settle(() => requireUser(getRequest("/", { cookie }), db))).toBeInstanceOf(Response);
    expect(db.select().from(sessions).where(eq(sessions.userId, user.id)).all()).toEqual([]);
    // and cannot sign in again
    expect(statusOf(await signIn(TEST_PASSWORD, "198.51.100.8", user.email))).toBe(401);
  });

  it("store only a hash of the token", async () => {
    const cookie = cookieFrom(await signIn(TEST_PASSWORD, "198.51.100.10"));
    const token = cookie.split("=")[1];
    const ids = db
      .select({ id: sessions.id })
      .from(sessions)
      .all()
      .map((r) => r.id);
    expect(ids).not.toContain(token);
  });
});
