// Two-factor sign-in: enrolment on the account page, the code step of sign-in, the
// organisation's requirement.
export const twoFactor = {
  "twoFactor.title": "Dviejų veiksnių prisijungimas",
  "twoFactor.intro":
    "Prisijungiant be slaptažodžio bus prašoma ir kodo iš autentifikavimo programėlės telefone (pvz., Google Authenticator, Microsoft Authenticator, FreeOTP). Pavogto slaptažodžio nebepakaks.",
  "twoFactor.link": "Dviejų veiksnių prisijungimas",
  "twoFactor.requiredNotice":
    "Jūsų organizacija reikalauja, kad administratoriai ir vadovybė jungtųsi dviem veiksniais. Kol jo neįjungsite, kiti puslapiai neatsidarys.",
  "twoFactor.startIntro": "Dviejų veiksnių prisijungimas išjungtas.",
  "twoFactor.start": "Įjungti",
  "twoFactor.step.scan": "Autentifikavimo programėle nuskenuokite QR kodą arba įveskite raktą ranka.",
  "twoFactor.step.confirm": "Įveskite programėlės rodomą 6 skaitmenų kodą.",
  "twoFactor.qrAlt": "QR kodas autentifikavimo programėlei",
  "twoFactor.manualKey": "Raktas (jei negalite nuskenuoti):",
  "twoFactor.code": "Kodas",
  "twoFactor.codeOrRecovery": "Kodas iš programėlės arba atsarginis kodas",
  "twoFactor.confirm": "Patvirtinti ir įjungti",
  "twoFactor.wrongCode": "Kodas neteisingas arba jau panaudotas. Įveskite dabar programėlės rodomą kodą.",
  "twoFactor.wrongPassword": "Slaptažodis neteisingas.",
  "twoFactor.rateLimited": "Per daug neteisingų bandymų. Palaukite {seconds} s ir bandykite dar kartą.",
  "twoFactor.required": "Jūsų organizacija reikalauja dviejų veiksnių prisijungimo, todėl jo išjungti negalima.",
  "twoFactor.requiredCannotDisable": "Jūsų organizacija reikalauja dviejų veiksnių prisijungimo, todėl jo išjungti negalima.",
  "twoFactor.alreadyOn": "Dviejų veiksnių prisijungimas jau įjungtas.",
  "twoFactor.enabled": "Dviejų veiksnių prisijungimas įjungtas",
  "twoFactor.onSince": "Dviejų veiksnių prisijungimas įjungtas. Liko nepanaudotų atsarginių kodų: {left}.",
  "twoFactor.disabled": "Dviejų veiksnių prisijungimas išjungtas.",
  "twoFactor.disable.title": "Išjungti dviejų veiksnių prisijungimą",
  "twoFactor.disable.submit": "Išjungti",
  "twoFactor.recovery.title": "Atsarginiai kodai",
  "twoFactor.recovery.intro":
    "Jei prarasite telefoną, prisijungti galėsite vienu iš šių kodų; kiekvienas tinka tik kartą. Išsisaugokite juos saugioje vietoje dabar: daugiau jie nebus rodomi.",
  "twoFactor.recovery.done": "Išsisaugojau, tęsti",
  "twoFactor.signIn.title": "Prisijungimo kodas",
  "twoFactor.signIn.intro": "Slaptažodis teisingas. Įveskite autentifikavimo programėlės rodomą kodą.",
  "twoFactor.signIn.hint": "6 skaitmenys iš programėlės arba vienas iš atsarginių kodų.",
  "twoFactor.signIn.submit": "Prisijungti",
  "twoFactor.signIn.wrong": "Kodas neteisingas arba jau panaudotas.",
  "twoFactor.signIn.restart": "Prisijungti iš naujo",
  "twoFactor.adminReset.title": "Dviejų veiksnių prisijungimas",
  "twoFactor.adminReset.intro":
    "Jei naudotojas prarado telefoną ir atsarginius kodus, išjunkite jam dviejų veiksnių prisijungimą: jo prisijungimai baigsis, ir jis galės jį įjungti iš naujo.",
  "twoFactor.adminReset.submit": "Išjungti naudotojo dviejų veiksnių prisijungimą",
  "twoFactor.adminReset.done": "Naudotojo {name} dviejų veiksnių prisijungimas išjungtas.",
  "org.settings.security": "Sauga",
  "org.settings.twoFactorRequired": "Administratoriai ir vadovybė privalo jungtis dviem veiksniais",
  "org.settings.twoFactorRequiredHint":
    "Kas dar neįjungė dviejų veiksnių prisijungimo, po prisijungimo bus nukreiptas jo įjungti ir kitų puslapių neatidarys, kol neįjungs.",
} as const;
