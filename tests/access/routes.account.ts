import type { AccessArea } from "./types";
import { signedIn } from "./types";

// Every signed-in role may change their own password and confirm it before a sensitive
// action; a wrong current password is a 400 (the form with its error), not a change.
export const account: AccessArea = {
  rows: [
    { route: "routes/account.password", path: "/account/password", expect: signedIn(200) },
    {
      route: "routes/account.password",
      path: "/account/password",
      method: "POST",
      form: { current: "not the password at all", next: "a brand new long passphrase", confirm: "a brand new long passphrase" },
      expect: signedIn(400),
    },
    { route: "routes/account.confirm", path: "/account/confirm", expect: signedIn(200) },
    {
      route: "routes/account.confirm",
      path: "/account/confirm",
      method: "POST",
      form: { password: "not the password at all" },
      expect: signedIn(400),
    },
  ],
};
