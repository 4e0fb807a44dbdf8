// Field capture (issue 17): the device's copy of drafts, the sync queue, merging, offline use.
export const field = {
  "field.waiting": {
    one: "{count} pakeitimas laukia išsiuntimo",
    few: "{count} pakeitimai laukia išsiuntimo",
    many: "{count} pakeitimo laukia išsiuntimo",
    other: "{count} pakeitimų laukia išsiuntimo",
  },
  "field.allSent": "Visi pakeitimai išsiųsti.",
  "field.confirmed": "Serveris patvirtino {time}.",
  "field.sending": "Siunčiama…",
  "field.retry": "Bandysime vėl automatiškai, kai atsiras ryšys.",
  "field.submitWaiting": "Pateikimas laukia ryšio: vertinimas bus pateiktas, kai tik atsiras ryšys.",
  "field.conflicts.title": "Šis juodraštis buvo pakeistas kitame lange ar įrenginyje",
  "field.conflicts.intro": "Šie atsakymai skiriasi. Pasirinkite, kurį palikti; kiti pakeitimai sujungti automatiškai.",
  "field.conflicts.mine": "Šiame įrenginyje: {value}",
  "field.conflicts.theirs": "Išsaugota serveryje: {value}",
  "field.conflicts.keepMine": "Palikti šio įrenginio",
  "field.conflicts.takeTheirs": "Imti serverio",
  "field.unanswered": "neatsakyta",
  "field.overallComment": "Bendras komentaras",
  "field.offlinePost": "Nėra ryšio su serveriu. Atsakymai laikomi šiame įrenginyje; bandykite dar kartą, kai atsiras ryšys.",
  "audits.error.stale": "Kol pildėte, šis juodraštis buvo pakeistas kitur. Atnaujinkite puslapį ir patikrinkite atsakymus.",
};
