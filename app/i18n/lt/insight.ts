// The overview's first screen (key figures and their change), chart reference lines and
// collapsed tables.
export const insight = {
  "insight.figures.title": "Svarbiausi rodikliai",
  "insight.figures.mean": "Vidutinis balas",
  "insight.figures.passRate": "Atitiko",
  "insight.figures.critical": "Kritiniai neatitikimai",
  "insight.figures.audits": "Vertinimų",
  "insight.figures.previous": "Ankstesnis laikotarpis ({from} – {to}): {value}",
  "insight.change.up": "Padidėjo {delta}",
  "insight.change.down": "Sumažėjo {delta}",
  "insight.change.same": "Nepasikeitė",
  "insight.change.none": "Nėra su kuo palyginti",
  "insight.change.significant": "daugiau nei atsitiktinis svyravimas",
  "insight.change.noise": "atsitiktinio svyravimo ribose",
  "insight.change.better": "pagerėjo",
  "insight.change.worse": "pablogėjo",
  "insight.change.points": "{value} proc. punkto",
  "insight.figures.tests":
    "Pokytis laikomas didesniu nei atsitiktinis svyravimas, kai 95 % skirtumo pasikliautinasis intervalas neapima nulio: vidutiniam balui – Welcho t kriterijus, atitikusių ir kritinių neatitikimų daliai – Newcombe’o intervalas, vertinimų skaičiui – dviejų Puasono dydžių sąlyginis kriterijus.",
  "insight.passMarkShort": "Slenkstis",
  "insight.passMark": "Slenkstis, nuo kurio vertinimas atitinka, – {mark} balų.",
  "insight.axis": "Vertikalioji ašis rodo balus nuo {low} iki {high}, ne nuo nulio.",
  "insight.showTable": "Rodyti lentelę",
};
