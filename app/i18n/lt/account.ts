// The user's own account: password change.
export const account = {
  "shell.account": "Keisti slaptažodį",
  "account.password.title": "Slaptažodžio keitimas",
  "account.password.intro":
    "Įveskite dabartinį slaptažodį ir naują. Pakeitus slaptažodį, visi kiti jūsų prisijungimai (kitose naršyklėse ir įrenginiuose) baigiami.",
  "account.password.current": "Dabartinis slaptažodis",
  "account.password.next": "Naujas slaptažodis",
  "account.password.confirm": "Pakartokite naują slaptažodį",
  "account.password.hint":
    "Nuo {min} iki {max} simbolių. Geriausia – keli nesusiję žodžiai; venkite savo vardo, el. pašto, datų ir dažnų žodžių.",
  "account.password.submit": "Pakeisti slaptažodį",
  "account.password.changed": "Slaptažodis pakeistas. Kiti prisijungimai baigti.",
  "account.password.currentWrong": "Dabartinis slaptažodis neteisingas.",
  "account.password.rateLimited": "Per daug neteisingų bandymų. Palaukite {seconds} s ir bandykite dar kartą.",
  "account.password.mismatch": "Slaptažodžiai nesutampa.",
  "account.password.same": "Naujas slaptažodis turi skirtis nuo dabartinio.",
  "account.password.weak.personal": "Per lengva atspėti: slaptažodyje yra jūsų vardas, pavardė arba el. pašto adresas.",
  "account.password.weak.lithuanian":
    "Per lengva atspėti: slaptažodis sudarytas iš dažno lietuviško žodžio ar vardo. Pridėkite daugiau nesusijusių žodžių.",
  "account.password.weak.common": "Per lengva atspėti: tai vienas dažniausiai naudojamų slaptažodžių.",
  "account.password.weak.word":
    "Per lengva atspėti: vienas žodis iš žodyno, net su skaičiais ar simboliais. Pridėkite daugiau nesusijusių žodžių.",
  "account.password.weak.keyboard": "Per lengva atspėti: gretimi klaviatūros klavišai (pvz., „qwerty“).",
  "account.password.weak.sequence": "Per lengva atspėti: pasikartojantys arba iš eilės einantys simboliai (pvz., „aaa“, „1234“).",
  "account.password.weak.date": "Per lengva atspėti: datos ir metai (pvz., gimimo data).",
  "account.password.weak.short": "Per lengva atspėti. Pridėkite daugiau nesusijusių žodžių.",
  "account.confirm.title": "Patvirtinkite slaptažodžiu",
  "account.confirm.intro":
    "Šis veiksmas keičia kito naudotojo teises arba prisijungimą, todėl dar kartą įveskite savo slaptažodį. Patvirtinimas galioja 5 minutes.",
  "account.confirm.needed": "Prieš šį veiksmą dar kartą įveskite savo slaptažodį, tada pakartokite veiksmą.",
  "account.confirm.submit": "Patvirtinti",
  "account.confirm.wrong": "Slaptažodis neteisingas.",
} as const;
