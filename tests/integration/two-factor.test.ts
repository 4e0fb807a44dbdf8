// Two-factor sign-in end to end through the routes: enrolment on the account page, the
// code step of sign-in (right, wrong, reused and recovery codes, throttling), turning it
// off, and the organisation's requirement for administrators and leadership.
import { desc, eq } from "drizzle-orm";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { totpCode } from "../../app/domain/two-factor/totp";
import { unseal } from "../../app/lib/secret-box.server";
import { action as loginAction } from "../../app/routes/login";
import { action as codeAction, loader as codeLoader } from "../../app/routes/login_.code/route";
import { action as twoFactorAction, loader as twoFactorLoader } from "../../app/routes/account.two-factor/route";
import { loader as passwordLoader } from "../../app/routes/account.password/route";
import { action as orgAction } from "../../app/routes/admin.organisation/route";
import { action as userAdminAction } from "../../app/routes/admin.users.$id/route";
import { organisations, recoveryCodes, securityEvents, sessions, twoFactorChallenges, userTwoFactor } from "../../db/schema";
import { testDb } from "../helpers/db";
import { cookieFrom, getRequest, locationOf, postRequest, routeArgs, settle } from "../helpers/requests";
import { makeOrg, makeUser, sessionFor, TEST_PASSWORD } from "../helpers/users";

const db = testDb();
/** A Response's status, or that of a `data()` result (which is not a Response). */
const statusOf = (r: unknown) => (r instanceof Response ? r.status : ((r as { init?: { status?: number } }).init?.status ?? 200));
let clock = 1_900_000_000_000;
/** Moves the clock to the next 30-second step: a new code, as a phone shows it a little later. */
const nextStep = () => {
  clock += 30_000;
  vi.setSystemTime(clock);
};
beforeAll(() => {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(clock);
});
afterEach(() => nextStep());

const lastEvent = (userId: number) =>
  db.select().from(securityEvents).where(eq(securityEvents.userId, userId)).orderBy(desc(securityEvents.id)).get();
const secretOf = (userId: number) => unseal(db.select().from(userTwoFactor).where(eq(userTwoFactor.userId, userId)).get()!.secret)!;
const post = (path: string, cookie: string | undefined, form: Record<string, string>, ip = "198.51.100.40") =>
  postRequest(path, form, { cookie, ip });

/** Enrols the user through the account page; returns their secret and recovery codes. */
async function enrol(userId: number) {
  const cookie = sessionFor(db, userId);
  expect(locationOf(await settle(() => twoFactorAction(routeArgs(post("/account/two-factor", cookie, { intent: "start" })))))).toBe(
    "/account/two-factor",
  );
  const page = (await twoFactorLoader(routeArgs(getRequest("/account/two-factor", { cookie })))) as {
    state: { status: string; secret: string; qr: string };
  };
  expect(page.state.status).toBe("pending");
  expect(page.state.qr).toMatch(/^data:image\/svg\+xml;base64,/);
  const secret = page.state.secret;
  const done = (await twoFactorAction(
    routeArgs(post("/account/two-factor", cookie, { intent: "confirm", code: totpCode(secret, Date.now()) })),
  )) as { codes: string[] };
  expect(done.codes).toHaveLength(10);
  return { secret, codes: done.codes, cookie };
}

/** The password step: returns the challenge cookie (or the response when it was refused). */
async function password(email: string, ip = "198.51.100.40") {
  const response = await settle(() =>
    loginAction(routeArgs(post("/login", undefined, { email, password: TEST_PASSWORD, redirectTo: "/audits" }, ip))),
  );
  return response as Response;
}
const answer = (challenge: string, code: string, ip = "198.51.100.40") =>
  settle(() => codeAction(routeArgs(post("/login/code", challenge, { code }, ip))));

describe("enrolment", () => {
  it("stores the secret encrypted, the recovery codes hashed, and never shows the secret again", async () => {
    const user = await makeUser(db, "supervisor");
    const { secret, codes, cookie } = await enrol(user.id);
    const row = db.select().from(userTwoFactor).where(eq(userTwoFactor.userId, user.id)).get()!;
    expect(row.confirmedAt).not.toBeNull();
    expect(lastEvent(user.id)).toMatchObject({ type: "two_factor_enrolled", orgId: user.orgId });
    expect(row.secret).not.toContain(secret);
    const hashes = db.select().from(recoveryCodes).where(eq(recoveryCodes.userId, user.id)).all();
    expect(hashes).toHaveLength(10);
    for (const code of codes) expect(hashes.map((h) => h.codeHash).join()).not.toContain(code.replace(/-/g, ""));
    const page = (await twoFactorLoader(routeArgs(getRequest("/account/two-factor", { cookie })))) as { state: Record<string, unknown> };
    expect(page.state).toEqual({ status: "on", since: expect.any(Number), recoveryLeft: 10 });
    // Starting again while it is on changes nothing.
    const again = await settle(() => twoFactorAction(routeArgs(post("/account/two-factor", cookie, { intent: "start" }))));
    expect(statusOf(again)).toBe(400);
    expect(secretOf(user.id)).toBe(secret);
  });

  it("refuses a wrong confirmation code and stays pending", async () => {
    const user = await makeUser(db, "employee");
    const cookie = sessionFor(db, user.id);
    await settle(() => twoFactorAction(routeArgs(post("/account/two-factor", cookie, { intent: "start" }))));
    const wrong = String((Number(totpCode(secretOf(user.id), Date.now())) + 1) % 1_000_000).padStart(6, "0");
    const result = await settle(() => twoFactorAction(routeArgs(post("/account/two-factor", cookie, { intent: "confirm", code: wrong }))));
    expect(statusOf(result)).toBe(400);
    expect(db.select().from(userTwoFactor).where(eq(userTwoFactor.userId, user.id)).get()!.confirmedAt).toBeNull();
  });
});

describe("signing in with two factors", () => {
  it("asks for the code after the password, without a session until the code is right", async () => {
    const user = await makeUser(db, "mystery_shopper");
    const { secret } = await enrol(user.id);
    nextStep();
    const step1 = await password(user.email);
    expect(locationOf(step1)).toBe("/login/code");
    const challenge = cookieFrom(step1);
    expect(challenge).toMatch(/^etalonas_two_factor=/);
    expect(db.select().from(sessions).where(eq(sessions.userId, user.id)).all()).toHaveLength(1); // enrol()'s own
    // The challenge opens no page.
    expect(locationOf(await settle(() => passwordLoader(routeArgs(getRequest("/account/password", { cookie: challenge })))))).toContain(
      "/login",
    );
    expect(await codeLoader(routeArgs(getRequest("/login/code", { cookie: challenge })))).toBeNull();
    const done = await answer(challenge, totpCode(secret, Date.now()));
    expect(locationOf(done)).toBe("/audits");
    const session = cookieFrom(done as Response);
    expect(session).toMatch(/^etalonas_session=/);
    expect(await passwordLoader(routeArgs(getRequest("/account/password", { cookie: session })))).toMatchObject({
      rule: expect.any(Object),
    });
    // The challenge is used up.
    expect(locationOf(await answer(challenge, totpCode(secret, Date.now())))).toBe("/login");
  });

  it("refuses a wrong code, and a right code a second time within its window", async () => {
    const user = await makeUser(db, "mystery_shopper");
    const { secret } = await enrol(user.id);
    nextStep();
    const challenge = cookieFrom(await password(user.email));
    expect(statusOf(await answer(challenge, "000000"))).toBe(401);
    const code = totpCode(secret, Date.now());
    expect(locationOf(await answer(challenge, code))).toBe("/audits");
    const again = cookieFrom(await password(user.email));
    expect(statusOf(await answer(again, code))).toBe(401);
    vi.setSystemTime(Date.now() + 10_000); // still the same step or the next: both refuse the used code
    expect(statusOf(await answer(again, code))).toBe(401);
  });

  it("accepts each recovery code once", async () => {
    const user = await makeUser(db, "mystery_shopper");
    const { codes } = await enrol(user.id);
    const challenge = cookieFrom(await password(user.email));
    expect(locationOf(await answer(challenge, codes[3].toUpperCase()))).toBe("/audits");
    const again = cookieFrom(await password(user.email));
    expect(statusOf(await answer(again, codes[3]))).toBe(401);
    expect(locationOf(await answer(again, codes[4]))).toBe("/audits");
    expect(lastEvent(user.id)).toMatchObject({ type: "sign_in", detail: "two factors (recovery)" });
    expect(
      db
        .select()
        .from(securityEvents)
        .where(eq(securityEvents.userId, user.id))
        .all()
        .filter((e) => e.type === "recovery_code_used"),
    ).toHaveLength(2);
    expect(
      db
        .select()
        .from(recoveryCodes)
        .where(eq(recoveryCodes.userId, user.id))
        .all()
        .filter((c) => c.usedAt).length,
    ).toBe(2);
  });

  it("throttles code guesses like passwords and ends the challenge after five wrong codes", async () => {
    const user = await makeUser(db, "mystery_shopper");
    const { secret } = await enrol(user.id);
    nextStep();
    const challenge = cookieFrom(await password(user.email, "198.51.100.41"));
    for (let i = 0; i < 5; i += 1) expect(statusOf(await answer(challenge, `00000${i}`, "198.51.100.41"))).toBe(401);
    expect(db.select().from(twoFactorChallenges).where(eq(twoFactorChallenges.userId, user.id)).all()).toHaveLength(0);
    expect(locationOf(await answer(challenge, totpCode(secret, Date.now()), "198.51.100.41"))).toBe("/login");
    // The five wrong codes count for this address and account: the next attempt must wait.
    const waited = await password(user.email, "198.51.100.41");
    expect(statusOf(waited)).toBe(429);
    // Another address (the rightful user elsewhere) is not held up.
    const elsewhere = cookieFrom(await password(user.email, "198.51.100.42"));
    expect(locationOf(await answer(elsewhere, totpCode(secret, Date.now()), "198.51.100.42"))).toBe("/audits");
  });

  it("leaves accounts without two factors signing in with the password alone", async () => {
    const user = await makeUser(db, "employee");
    const response = await password(user.email);
    expect(locationOf(response)).toBe("/audits");
    expect(cookieFrom(response)).toMatch(/^etalonas_session=/);
  });
});

describe("turning it off", () => {
  it("needs the password and a code", async () => {
    const user = await makeUser(db, "supervisor");
    const { secret, cookie } = await enrol(user.id);
    nextStep();
    const wrongPassword = await settle(() =>
      twoFactorAction(
        routeArgs(
          post("/account/two-factor", cookie, { intent: "disable", password: "wrong password!!", code: totpCode(secret, Date.now()) }),
        ),
      ),
    );
    expect(statusOf(wrongPassword)).toBe(400);
    const wrongCode = await settle(() =>
      twoFactorAction(routeArgs(post("/account/two-factor", cookie, { intent: "disable", password: TEST_PASSWORD, code: "123456" }))),
    );
    expect(statusOf(wrongCode)).toBe(400);
    const done = await settle(() =>
      twoFactorAction(
        routeArgs(post("/account/two-factor", cookie, { intent: "disable", password: TEST_PASSWORD, code: totpCode(secret, Date.now()) })),
      ),
    );
    expect(locationOf(done)).toBe("/account/two-factor");
    expect(db.select().from(userTwoFactor).where(eq(userTwoFactor.userId, user.id)).all()).toHaveLength(0);
    expect(db.select().from(recoveryCodes).where(eq(recoveryCodes.userId, user.id)).all()).toHaveLength(0);
    expect(lastEvent(user.id)).toMatchObject({ type: "two_factor_disabled" });
  });
});

describe("reset by an administrator", () => {
  it("turns a user's second factor off and ends their sessions, after the password again; not across organisations", async () => {
    const user = await makeUser(db, "supervisor");
    await enrol(user.id); // also signs the user in: the reset ends that session
    const admin = await makeUser(db, "admin");
    const reset = (cookie: string) =>
      settle(() =>
        userAdminAction(routeArgs(post(`/admin/users/${user.id}`, cookie, { intent: "reset-two-factor" }), { id: String(user.id) })),
      );
    const otherAdmin = await makeUser(db, "admin", { orgId: makeOrg(db, "MFA3") });
    expect(statusOf(await reset(sessionFor(db, otherAdmin.id)))).toBe(404);
    // A session older than five minutes must confirm the password first.
    const stale = sessionFor(db, admin.id);
    nextStep();
    vi.setSystemTime(Date.now() + 6 * 60_000);
    expect(locationOf(await reset(stale))).toMatch(/^\/account\/confirm/);
    expect(db.select().from(userTwoFactor).where(eq(userTwoFactor.userId, user.id)).all()).toHaveLength(1);
    expect(locationOf(await reset(sessionFor(db, admin.id)))).toBe("/admin/users");
    expect(db.select().from(userTwoFactor).where(eq(userTwoFactor.userId, user.id)).all()).toHaveLength(0);
    expect(db.select().from(recoveryCodes).where(eq(recoveryCodes.userId, user.id)).all()).toHaveLength(0);
    expect(db.select().from(sessions).where(eq(sessions.userId, user.id)).all()).toHaveLength(0);
    expect(lastEvent(user.id)).toMatchObject({ type: "two_factor_disabled", actorId: admin.id, detail: "reset by an administrator" });
  });
});

describe("required by the organisation", () => {
  it("is off by default and set on the organisation page", async () => {
    const orgId = makeOrg(db, "MFA1");
    expect(db.select().from(organisations).where(eq(organisations.id, orgId)).get()!.twoFactorRequired).toBe(false);
    const admin = await makeUser(db, "admin", { orgId });
    const form = {
      name: "Organizacija MFA1",
      legalCode: "",
      address: "",
      contact: "",
      passMark: "",
      rankingMinimum: "3",
      scoreTarget: "",
      disputeWindowDays: "10",
      twoFactorRequired: "on",
    };
    const saved = await settle(() => orgAction(routeArgs(post("/admin/organisation", sessionFor(db, admin.id), form))));
    expect(locationOf(saved)).toBe("/admin/organisation");
    expect(db.select().from(organisations).where(eq(organisations.id, orgId)).get()!.twoFactorRequired).toBe(true);
  });

  it("sends administrators and leadership without it to enrolment from every page until they enrol", async () => {
    const orgId = makeOrg(db, "MFA2");
    db.update(organisations).set({ twoFactorRequired: true }).where(eq(organisations.id, orgId)).run();
    const [admin, leadership, supervisor] = [
      await makeUser(db, "admin", { orgId }),
      await makeUser(db, "leadership", { orgId }),
      await makeUser(db, "supervisor", { orgId }),
    ];
    for (const user of [admin, leadership]) {
      const cookie = sessionFor(db, user.id);
      expect(locationOf(await settle(() => passwordLoader(routeArgs(getRequest("/account/password", { cookie })))))).toBe(
        "/account/two-factor",
      );
      const page = (await twoFactorLoader(routeArgs(getRequest("/account/two-factor", { cookie })))) as { required: boolean };
      expect(page.required).toBe(true);
      await enrol(user.id);
      expect(statusOf(await settle(() => passwordLoader(routeArgs(getRequest("/account/password", { cookie })))))).toBe(200);
      // Required: it cannot be turned off.
      const off = await settle(() =>
        twoFactorAction(routeArgs(post("/account/two-factor", cookie, { intent: "disable", password: TEST_PASSWORD, code: "000000" }))),
      );
      expect(statusOf(off)).toBe(400);
      expect(db.select().from(userTwoFactor).where(eq(userTwoFactor.userId, user.id)).all()).toHaveLength(1);
    }
    const other = sessionFor(db, supervisor.id);
    expect(statusOf(await settle(() => passwordLoader(routeArgs(getRequest("/account/password", { cookie: other })))))).toBe(200);
  });
});
