import type { AccessArea } from "./types";
import { signedIn } from "./types";

// Every signed-in role may change their own password; a wrong current password is a 400
// (the form with its error), not a change.
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
  ],
};
