// Automatic checks of e-mail replies and transcripts (issue 14): the panel on the fill-in
// form, the suggestions beside the items and the admin page of agreement.
export const autocheck = {
  "nav.autocheck": "Automatinės patikros",

  "audits.autocheck.emailTitle": "Patikrinti laišką automatiškai",
  "audits.autocheck.emailIntro":
    "Pridėkite gautą atsakymą (ir automatinį patvirtinimą, jei jis buvo) kaip .eml failus arba įklijuokite atsakymo tekstą. Pasiūlymai užpildys dar neatsakytus reikalavimus; juos patikrinkite ir prireikus pakeiskite.",
  "audits.autocheck.files": "Laiškai (.eml)",
  "audits.autocheck.text": "Arba įklijuokite atsakymo tekstą",
  "audits.autocheck.transcriptTitle": "Patikrinti pokalbio užrašus automatiškai",
  "audits.autocheck.transcriptIntro":
    "Įklijuokite pokalbio užrašus (eilutės „Darbuotojas: …“ ir „Klientas: …“ arba pastabos su darbuotojo žodžiais kabutėse „…“). Pasiūlymai užpildys dar neatsakytus posakių reikalavimus.",
  "audits.autocheck.transcript": "Pokalbio užrašai",
  "audits.autocheck.run": "Patikrinti",
  "audits.autocheck.done": {
    one: "Automatinė patikra pasiūlė {count} atsakymą; užpildyta neatsakytų reikalavimų: {filled}.",
    few: "Automatinė patikra pasiūlė {count} atsakymus; užpildyta neatsakytų reikalavimų: {filled}.",
    many: "Automatinė patikra pasiūlė {count} atsakymo; užpildyta neatsakytų reikalavimų: {filled}.",
    other: "Automatinė patikra pasiūlė {count} atsakymų; užpildyta neatsakytų reikalavimų: {filled}.",
  },
  "audits.autocheck.none": "Automatinė patikra negalėjo pasiūlyti atsakymų: užpildykite reikalavimus patys.",
  "audits.autocheck.notAnEmail": "Failas „{file}“ nėra el. laiškas. Išsaugokite atsakymą pašto programoje kaip .eml failą ir pridėkite jį.",
  "audits.autocheck.nothingToCheck": "Pridėkite .eml failą arba įklijuokite tekstą.",
  "audits.autocheck.noEmployeeWords":
    "Užrašuose nerasta darbuotojo žodžių: rašykite eilutes „Darbuotojas: …“ ir „Klientas: …“ arba darbuotojo žodžius kabutėse „…“.",
  "audits.autocheck.tooLarge":
    "Failai per dideli: kartu jie gali būti iki {max} MB. Pridėkite tik atsakymo laiškus be didelių priedų arba įklijuokite atsakymo tekstą.",
  "audits.autocheck.isAnEmail": "Tai el. laiškas, o ne pokalbio užrašai.",
  "audits.autocheck.wrongChannel": "Šio kanalo vertinimui automatinė patikra netinka.",
  "audits.autocheck.suggestion": "Automatinis pasiūlymas: {answer}",
  "audits.autocheck.suggestionValue": "Automatinis pasiūlymas: {value} ({answer})",
  "audits.autocheck.evidence": "Įrodymai",

  "admin.autocheck.title": "Automatinių patikrų tikslumas",
  "admin.autocheck.intro":
    "Kaip dažnai vertintojai sutiko su automatinės patikros pasiūlymu. Skaičiuojami tik vertinimai, jau pateikti peržiūrai.",
  "admin.autocheck.empty": "Pateiktų vertinimų su automatiniais pasiūlymais dar nėra.",
  "admin.autocheck.checklist": "Kontrolinis sąrašas",
  "admin.autocheck.item": "Reikalavimas",
  "admin.autocheck.suggestions": "Pasiūlymai",
  "admin.autocheck.agreed": "Sutiko",
  "admin.autocheck.overridden": "Pakeitė",
  "admin.autocheck.rate": "Sutapimas",
};
