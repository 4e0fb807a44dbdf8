import type { account as lt } from "../lt/account";

export const account: Record<keyof typeof lt, string> = {
  "shell.account": "Change password",
  "account.password.title": "Change password",
  "account.password.intro":
    "Enter your current password and a new one. Changing it ends all your other sign-ins (in other browsers and devices).",
  "account.password.current": "Current password",
  "account.password.next": "New password",
  "account.password.confirm": "Repeat the new password",
  "account.password.hint": "{min} to {max} characters. Several unrelated words work best; avoid your name, e-mail, dates and common words.",
  "account.password.submit": "Change password",
  "account.password.changed": "Password changed. Your other sign-ins have ended.",
  "account.password.currentWrong": "The current password is wrong.",
  "account.password.rateLimited": "Too many wrong attempts. Wait {seconds} s and try again.",
  "account.password.mismatch": "The passwords do not match.",
  "account.password.same": "The new password must differ from the current one.",
  "account.password.weak.personal": "Too easy to guess: it contains your name or e-mail address.",
  "account.password.weak.lithuanian": "Too easy to guess: it is built on a common Lithuanian word or name. Add more unrelated words.",
  "account.password.weak.common": "Too easy to guess: it is one of the most used passwords.",
  "account.password.weak.word": "Too easy to guess: a single dictionary word, even with digits or symbols. Add more unrelated words.",
  "account.password.weak.keyboard": "Too easy to guess: neighbouring keys (like “qwerty”).",
  "account.password.weak.sequence": "Too easy to guess: repeated or consecutive characters (like “aaa”, “1234”).",
  "account.password.weak.date": "Too easy to guess: dates and years (like a birthday).",
  "account.password.weak.short": "Too easy to guess. Add more unrelated words.",
  "account.confirm.title": "Confirm with your password",
  "account.confirm.intro":
    "This action changes another user's rights or sign-in, so enter your password again. The confirmation lasts 5 minutes.",
  "account.confirm.needed": "Enter your password again before this action, then repeat it.",
  "account.confirm.submit": "Confirm",
  "account.confirm.wrong": "The password is wrong.",
};
