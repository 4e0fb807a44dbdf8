import type { twoFactor as lt } from "../lt/two-factor";

export const twoFactor: Record<keyof typeof lt, string> = {
  "twoFactor.title": "Two-factor sign-in",
  "twoFactor.intro":
    "Besides the password, signing in will ask for a code from an authenticator app on your phone (e.g. Google Authenticator, Microsoft Authenticator, FreeOTP). A stolen password is no longer enough.",
  "twoFactor.link": "Two-factor sign-in",
  "twoFactor.requiredNotice":
    "Your organisation requires administrators and leadership to sign in with two factors. Other pages stay closed until you turn it on.",
  "twoFactor.startIntro": "Two-factor sign-in is off.",
  "twoFactor.start": "Turn on",
  "twoFactor.step.scan": "Scan the QR code with an authenticator app, or type the key.",
  "twoFactor.step.confirm": "Enter the 6-digit code the app shows.",
  "twoFactor.qrAlt": "QR code for the authenticator app",
  "twoFactor.manualKey": "Key (if you cannot scan):",
  "twoFactor.code": "Code",
  "twoFactor.codeOrRecovery": "Code from the app or a recovery code",
  "twoFactor.confirm": "Confirm and turn on",
  "twoFactor.wrongCode": "The code is wrong or already used. Enter the code the app shows now.",
  "twoFactor.wrongPassword": "The password is wrong.",
  "twoFactor.rateLimited": "Too many wrong attempts. Wait {seconds} s and try again.",
  "twoFactor.required": "Your organisation requires two-factor sign-in, so it cannot be turned off.",
  "twoFactor.requiredCannotDisable": "Your organisation requires two-factor sign-in, so it cannot be turned off.",
  "twoFactor.alreadyOn": "Two-factor sign-in is already on.",
  "twoFactor.enabled": "Two-factor sign-in is on",
  "twoFactor.onSince": "Two-factor sign-in is on. Unused recovery codes left: {left}.",
  "twoFactor.disabled": "Two-factor sign-in is off.",
  "twoFactor.disable.title": "Turn two-factor sign-in off",
  "twoFactor.disable.submit": "Turn off",
  "twoFactor.recovery.title": "Recovery codes",
  "twoFactor.recovery.intro":
    "If you lose your phone, you can sign in with one of these codes; each works once. Keep them somewhere safe now: they will not be shown again.",
  "twoFactor.recovery.done": "I have saved them, continue",
  "twoFactor.signIn.title": "Sign-in code",
  "twoFactor.signIn.intro": "The password is right. Enter the code your authenticator app shows.",
  "twoFactor.signIn.hint": "6 digits from the app, or one of your recovery codes.",
  "twoFactor.signIn.submit": "Sign in",
  "twoFactor.signIn.wrong": "The code is wrong or already used.",
  "twoFactor.signIn.restart": "Start the sign-in again",
  "twoFactor.adminReset.title": "Two-factor sign-in",
  "twoFactor.adminReset.intro":
    "If the user lost their phone and their recovery codes, turn their two-factor sign-in off: their sessions end and they can turn it on again.",
  "twoFactor.adminReset.submit": "Turn the user's two-factor sign-in off",
  "twoFactor.adminReset.done": "{name}'s two-factor sign-in is off.",
  "org.settings.security": "Security",
  "org.settings.twoFactorRequired": "Administrators and leadership must sign in with two factors",
  "org.settings.twoFactorRequiredHint":
    "Whoever has not turned on two-factor sign-in is sent to do so after signing in and cannot open other pages until they have.",
};
