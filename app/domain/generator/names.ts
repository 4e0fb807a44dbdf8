/**
 * Made-up Lithuanian staff names. Surnames are gendered the Lithuanian way: a man's
 * surname (Kazlauskas) gives a married woman's (Kazlauskienė) and an unmarried woman's
 * (Kazlauskaitė) form. Any resemblance to real people is a coincidence of common names.
 */
import { pick, type Rng } from "./prng";

export type Gender = "male" | "female";

export const MALE_FIRST = [
  "Jonas",
  "Mindaugas",
  "Darius",
  "Paulius",
  "Andrius",
  "Tadas",
  "Tomas",
  "Vytautas",
  "Marius",
  "Giedrius",
  "Saulius",
  "Arūnas",
  "Rimantas",
  "Gediminas",
  "Žygimantas",
  "Lukas",
  "Mantas",
  "Donatas",
  "Kęstutis",
  "Algirdas",
  "Edvinas",
  "Justinas",
  "Karolis",
  "Linas",
  "Rolandas",
  "Aurimas",
  "Dainius",
  "Evaldas",
  "Ignas",
  "Šarūnas",
  "Vaidas",
  "Povilas",
  "Julius",
  "Rokas",
] as const;

export const FEMALE_FIRST = [
  "Eglė",
  "Rūta",
  "Aušra",
  "Ieva",
  "Gintarė",
  "Lina",
  "Jūratė",
  "Rasa",
  "Dalia",
  "Ingrida",
  "Kristina",
  "Agnė",
  "Greta",
  "Monika",
  "Justina",
  "Vilma",
  "Asta",
  "Laura",
  "Živilė",
  "Jolanta",
  "Daiva",
  "Neringa",
  "Simona",
  "Goda",
  "Indrė",
  "Inga",
  "Renata",
  "Violeta",
  "Aistė",
  "Miglė",
  "Sigita",
  "Vaida",
  "Loreta",
  "Irena",
  "Danutė",
  "Birutė",
  "Ugnė",
  "Skaistė",
] as const;

/** Men's surnames; the women's forms are derived by femaleSurname. */
export const SURNAMES = [
  "Kazlauskas",
  "Jankauskas",
  "Petrauskas",
  "Stankevičius",
  "Vasiliauskas",
  "Žukauskas",
  "Butkus",
  "Urbonas",
  "Kavaliauskas",
  "Paulauskas",
  "Rimkus",
  "Balčiūnas",
  "Navickas",
  "Ramanauskas",
  "Sakalauskas",
  "Šimkus",
  "Lukoševičius",
  "Adomaitis",
  "Mockus",
  "Žilinskas",
  "Vaitkus",
  "Račkauskas",
  "Baranauskas",
  "Kairys",
  "Grigas",
  "Morkūnas",
  "Bernotas",
  "Gudaitis",
  "Jonaitis",
  "Petraitis",
  "Vitkus",
  "Tamošiūnas",
  "Marcinkevičius",
  "Bagdonas",
  "Norkus",
  "Sabaliauskas",
  "Dambrauskas",
  "Savickas",
  "Kazakevičius",
  "Čepulis",
  "Šukys",
  "Valančius",
  "Juška",
  "Bružas",
  "Gaidys",
  "Ąžuolas",
  "Liutkus",
  "Čėsna",
  "Dirgėla",
] as const;

/**
 * The woman's form of a man's surname: -as → -ienė / -aitė, -is and -ys → -ienė / -ytė,
 * -ius → -ienė / -iūtė, -us → -ienė / -utė, -a and -ė stay as they are (Juška, Dirgėla).
 */
export function femaleSurname(male: string, married: boolean): string {
  const forms: [string, string, string][] = [
    ["ius", "ienė", "iūtė"],
    ["as", "ienė", "aitė"],
    ["is", "ienė", "ytė"],
    ["ys", "ienė", "ytė"],
    ["us", "ienė", "utė"],
  ];
  for (const [ending, wife, daughter] of forms)
    if (male.endsWith(ending)) return male.slice(0, -ending.length) + (married ? wife : daughter);
  return male;
}

export type PersonName = { firstName: string; lastName: string; gender: Gender };

export function randomPerson(rng: Rng): PersonName {
  const gender: Gender = rng() < 0.68 ? "female" : "male"; // customer service is mostly women
  const surname = pick(rng, SURNAMES);
  if (gender === "male") return { firstName: pick(rng, MALE_FIRST), lastName: surname, gender };
  return { firstName: pick(rng, FEMALE_FIRST), lastName: femaleSurname(surname, rng() < 0.7), gender };
}

/** Ascii e-mail local part of a name: "Žygimantas Šukys" → "zygimantas.sukys". */
export function emailLocal(name: PersonName): string {
  const ascii = (s: string) =>
    s
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z]/g, "");
  return `${ascii(name.firstName)}.${ascii(name.lastName)}`;
}
