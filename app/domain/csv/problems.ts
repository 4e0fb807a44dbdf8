/**
 * Problems found in an import file: the line (1 = header row) and column they are on and a
 * reason in Lithuanian (English alongside), like the scoring engine's answer errors.
 */
import type { Localized } from "../checklists/schema";

export type Problem = {
  /** Physical line of the file where the record starts (1 = the header row). */
  line: number;
  /** Column header as written in the file, or null when the whole row is concerned. */
  column: string | null;
  code: ProblemCode;
  message: Localized;
};

type P = Record<string, string | number>;
const q = (s: unknown) => `„${String(s)}“`;

const TEXTS = {
  empty_file: () => ({ lt: "failas tuščias arba jame nėra antraštės eilutės", en: "the file is empty or has no header row" }),
  missing_column: (p: P) => ({ lt: `trūksta stulpelio ${q(p.name)}`, en: `column "${p.name}" is missing` }),
  duplicate_column: (p: P) => ({ lt: `stulpelis ${q(p.name)} pasikartoja`, en: `column "${p.name}" appears twice` }),
  unknown_column: (p: P) => ({
    lt: `nežinomas stulpelis ${q(p.name)}: tokio klausimo nėra jokiame klausimyne`,
    en: `unknown column "${p.name}": no checklist has such an item`,
  }),
  unknown_roster_column: (p: P) => ({
    lt: `nežinomas stulpelis ${q(p.name)}`,
    en: `unknown column "${p.name}"`,
  }),
  bad_quotes: () => ({
    lt: 'neuždarytos arba netinkamai įdėtos kabutės (") — patikrinkite šią ir tolesnes eilutes',
    en: 'unclosed or misplaced quotes (") — check this and the following lines',
  }),
  too_many_cells: () => ({ lt: "eilutėje daugiau langelių nei antraštėje", en: "the row has more cells than the header" }),
  required: () => ({ lt: "privaloma reikšmė nenurodyta", en: "a required value is missing" }),
  control_characters: () => ({
    lt: "reikšmėje yra nematomų valdymo simbolių (pvz., NUL): ištaisykite failą",
    en: "the value contains invisible control characters (e.g. NUL): fix the file",
  }),
  too_long: (p: P) => ({
    lt: `per ilga reikšmė (daugiausia ${p.max} simbolių)`,
    en: `the value is too long (at most ${p.max} characters)`,
  }),
  unknown_checklist: (p: P) => ({ lt: `nežinomas klausimynas ${q(p.value)}`, en: `unknown checklist "${p.value}"` }),
  invalid_audit_type: (p: P) => ({
    lt: `nežinomas vertinimo tipas ${q(p.value)} (galima: slaptasis klientas, skyriaus vadovas)`,
    en: `unknown audit type "${p.value}" (allowed: mystery_shopper, supervisor)`,
  }),
  audit_type_not_allowed: (p: P) => ({
    lt: `klausimynas ${q(p.checklist)} šiam vertinimo tipui nenaudojamas`,
    en: `checklist "${p.checklist}" is not used for this audit type`,
  }),
  invalid_channel: (p: P) => ({
    lt: `nežinomas kanalas ${q(p.value)} (galima: kontaktinis, telefonas, el. paštas, vizitas į namus)`,
    en: `unknown channel "${p.value}" (allowed: in_person, phone, email, home_visit)`,
  }),
  channel_not_allowed: (p: P) => ({
    lt: `klausimynas ${q(p.checklist)} šiam kanalui nenaudojamas`,
    en: `checklist "${p.checklist}" is not used for this channel`,
  }),
  unknown_department: (p: P) => ({ lt: `nežinomas skyriaus kodas ${q(p.value)}`, en: `unknown department code "${p.value}"` }),
  unknown_employee: (p: P) => ({
    lt: `darbuotojas ${q(p.value)} nerastas (nei pagal kodą, nei pagal vardą ir pavardę skyriuje)`,
    en: `employee "${p.value}" not found (neither by code nor by name in the department)`,
  }),
  ambiguous_employee: (p: P) => ({
    lt: `keli darbuotojai vardu ${q(p.value)}: nurodykite darbuotojo kodą`,
    en: `several employees are called "${p.value}": give the employee code`,
  }),
  unknown_auditor: (p: P) => ({ lt: `vertintojas ${q(p.value)} nerastas tarp naudotojų`, en: `auditor "${p.value}" is not a user` }),
  invalid_date: (p: P) => ({
    lt: `neteisinga data ${q(p.value)} (tinka 2026-11-21 14:05, 2026-11-21T14:05 arba 2026.11.21 14:05)`,
    en: `invalid date "${p.value}" (use 2026-11-21 14:05, 2026-11-21T14:05 or 2026.11.21 14:05)`,
  }),
  nonexistent_time: (p: P) => ({
    lt: `laiko ${q(p.value)} Vilniuje nebuvo (vasaros laiko perėjimas)`,
    en: `the time "${p.value}" did not exist in Vilnius (daylight-saving change)`,
  }),
  future_date: (p: P) => ({ lt: `data ${q(p.value)} yra ateityje`, en: `the date "${p.value}" is in the future` }),
  too_early_date: (p: P) => ({
    lt: `data ${q(p.value)} neįtikima: ankstesnės nei 2000-01-01 nepriimamos`,
    en: `the date "${p.value}" is implausible: dates before 2000-01-01 are not accepted`,
  }),
  duplicate_ref: (p: P) => ({
    lt: `išorinė nuoroda ${q(p.value)} jau buvo ${p.other} eilutėje`,
    en: `external reference "${p.value}" already used on line ${p.other}`,
  }),
  unknown_audit_ref: (p: P) => ({
    lt: `vertinimo ${q(p.value)} šioje sistemoje nėra`,
    en: `audit "${p.value}" does not exist in this system`,
  }),
  invalid_choice: (p: P) => ({
    lt: `netinkama reikšmė ${q(p.value)} (tinka: taip, ne, iš dalies, n.d., yes, no, partial, na, 1, 0)`,
    en: `invalid value "${p.value}" (allowed: taip, ne, iš dalies, n.d., yes, no, partial, na, 1, 0)`,
  }),
  not_a_number: (p: P) => ({ lt: `${q(p.value)} nėra skaičius`, en: `"${p.value}" is not a number` }),
  item_not_in_checklist: (p: P) => ({
    lt: `klausimyne ${q(p.checklist)} šio klausimo nėra, langelis turi būti tuščias`,
    en: `checklist "${p.checklist}" has no such item; the cell must be empty`,
  }),
  answer: (p: P) => ({ lt: String(p.lt), en: String(p.en) }),
  invalid_email: (p: P) => ({ lt: `neteisingas el. pašto adresas ${q(p.value)}`, en: `invalid e-mail address "${p.value}"` }),
  invalid_flag: (p: P) => ({
    lt: `netinkama reikšmė ${q(p.value)} (tinka: taip, ne)`,
    en: `invalid value "${p.value}" (allowed: yes, no)`,
  }),
  invalid_code: (p: P) => ({
    lt: `kodas ${q(p.value)} netinka: tik raidės, skaitmenys, taškas, brūkšnelis ir pabraukimas`,
    en: `code "${p.value}" is invalid: letters, digits, ".", "-" and "_" only`,
  }),
  department_name_required: () => ({
    lt: "naujam skyriui būtinas pavadinimas",
    en: "a new department needs a name",
  }),
  department_name_conflict: (p: P) => ({
    lt: `skyrius ${q(p.code)} jau turi kitą pavadinimą ${p.other} eilutėje`,
    en: `department "${p.code}" has a different name on line ${p.other}`,
  }),
  duplicate_employee: (p: P) => ({
    lt: `tas pats darbuotojas jau yra ${p.other} eilutėje`,
    en: `the same employee is already on line ${p.other}`,
  }),
  email_taken: (p: P) => ({
    lt: `el. pašto adresas ${q(p.value)} priklauso kitam darbuotojui`,
    en: `the e-mail address "${p.value}" belongs to another employee`,
  }),
  write_failed: (p: P) => ({ lt: `nepavyko įrašyti: ${p.detail}`, en: `could not be written: ${p.detail}` }),
} satisfies Record<string, (p: P) => Localized>;

export type ProblemCode = keyof typeof TEXTS;

export function problem(line: number, column: string | null, code: ProblemCode, params: P = {}): Problem {
  return { line, column, code, message: TEXTS[code](params) };
}

/** Keeps the first `limit` problems (memory stays bounded) and counts all of them. */
export class ProblemList {
  readonly items: Problem[] = [];
  total = 0;
  constructor(readonly limit = 1000) {}
  add(...problems: Problem[]) {
    for (const p of problems) {
      this.total += 1;
      if (this.items.length < this.limit) this.items.push(p);
    }
  }
  get truncated() {
    return this.total > this.items.length;
  }
}

/** "12 eilutė, stulpelis „vmb.greet.phrase“: reason" — for the CLI report. */
export function formatProblem(p: Problem, locale: "lt" | "en" = "lt"): string {
  const where =
    locale === "lt"
      ? `${p.line} eilutė${p.column ? `, stulpelis „${p.column}“` : ""}`
      : `line ${p.line}${p.column ? `, column "${p.column}"` : ""}`;
  return `${where}: ${p.message[locale]}`;
}
