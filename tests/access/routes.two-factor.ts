import type { AccessArea } from "./types";
import { everyone, only, signedIn } from "./types";

// Two-factor sign-in. Every signed-in role manages its own (a wrong confirmation code is a
// 400, nothing enrolled). The code step of sign-in opens only with a challenge cookie from
// the password step: without one, everybody, signed in or not, is sent back to sign in.
// peopleUser is made by routes.admin.ts's setup.
export const twoFactor: AccessArea = {
  rows: [
    { route: "routes/account.two-factor", path: "/account/two-factor", expect: signedIn(200) },
    {
      route: "routes/account.two-factor",
      path: "/account/two-factor",
      method: "POST",
      form: { intent: "confirm", code: "000000" },
      expect: signedIn(400),
    },
    // An administrator turns off a user's second factor (lost phone); the other
    // organisation's administrator does not find the user (404, the default).
    {
      route: "routes/admin.users.$id",
      path: (f) => `/admin/users/${f.peopleUser}`,
      method: "POST",
      form: { intent: "reset-two-factor" },
      expect: only(["admin"], 302),
    },
    // One's own sessions: every signed-in role; a malformed session key is a 400.
    { route: "routes/account.sessions", path: "/account/sessions", expect: signedIn(200) },
    { route: "routes/account.sessions", path: "/account/sessions", method: "POST", form: { session: "others" }, expect: signedIn(302) },
    { route: "routes/account.sessions", path: "/account/sessions", method: "POST", form: { session: "x" }, expect: signedIn(400) },
    { route: "routes/login_.code", path: "/login/code", expect: everyone("login") },
    { route: "routes/login_.code", path: "/login/code", method: "POST", form: { code: "000000" }, expect: everyone("login") },
  ],
};
