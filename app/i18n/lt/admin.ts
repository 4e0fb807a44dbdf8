export const admin = {
  "admin.departments.title": "Skyriai",
  "admin.departments.new": "Naujas skyrius",
  "admin.departments.empty": "Skyrių dar nėra.",
  "admin.department.code": "Kodas",
  "admin.department.codeHint": "Trumpas unikalus kodas, pvz., KAS. Naudojamas importuojant failus.",
  "admin.department.codeFormat": "Kodą gali sudaryti tik raidės, skaitmenys, taškas, brūkšnelis ir pabraukimas.",
  "admin.department.codeTaken": "Skyrius su tokiu kodu jau yra.",
  "admin.department.name": "Pavadinimas",
  "admin.department.editTitle": "Skyrius: {name}",
  "admin.department.saved": "Skyrius „{name}“ išsaugotas.",
};
