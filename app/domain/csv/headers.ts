/**
 * Header rows of import files. Our own names are ASCII snake_case (external_ref;checklist_id;…);
 * Lithuanian names are accepted too, with or without diacritics and in any case
 * ("Skyriaus kodas" ≡ "skyriaus_kodas"). Item columns are item keys ("vmb.greet.phrase"),
 * with "<key>:comment" (or ":komentaras"), "<key>:other" (or ":kita") and "<key>:other_as"
 * (or ":kita_prilygsta") beside them.
 */
import { problem, type Problem } from "./problems";

/** Lowercase, no diacritics, runs of anything else than letters and digits → "_". */
export function normaliseHeader(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "");
}

export const AUDIT_COLUMNS = [
  "external_ref",
  "checklist_id",
  "audit_type",
  "channel",
  "department_code",
  "employee",
  "auditor_email",
  "interaction_at",
  "location",
  "scenario",
  "overall_comment",
] as const;
export type AuditColumn = (typeof AUDIT_COLUMNS)[number];
export const REQUIRED_AUDIT_COLUMNS: AuditColumn[] = ["external_ref", "checklist_id", "department_code", "interaction_at"];

const AUDIT_ALIASES: Record<AuditColumn, string[]> = {
  external_ref: ["external_reference", "isorine_nuoroda", "nuoroda", "ref"],
  checklist_id: ["checklist", "klausimynas", "klausimyno_id", "klausimyno_kodas", "kontrolinis_sarasas", "kontrolinio_saraso_id"],
  audit_type: ["type", "vertinimo_tipas", "tipas"],
  channel: ["kanalas"],
  department_code: ["department", "skyriaus_kodas", "skyrius"],
  employee: ["employee_code", "employee_name", "darbuotojas", "darbuotojo_kodas"],
  auditor_email: ["auditor", "vertintojas", "vertintojo_el_pastas", "vertintojo_el_p"],
  interaction_at: ["date", "datetime", "data", "data_ir_laikas", "data_laikas", "laikas"],
  location: ["vieta"],
  scenario: ["scenarijus"],
  overall_comment: ["comment", "bendras_komentaras", "komentaras"],
};

/** Export-only columns; the importer reads past them. */
const COMPUTED = new Set(["state", "busena", "score", "balas", "ivertinimas", "passed", "islaike", "critical_failure", "kritine_klaida"]);
const SECTION_PREFIX = /^(section|dalis):/i;

export type ItemColumn = { index: number; name: string; key: string; part: "value" | "comment" | "other" | "other_as" };

export type AuditHeader = {
  fixed: Partial<Record<AuditColumn, number>>;
  /** Item columns by lowercase item key. */
  items: Map<string, { value?: ItemColumn; comment?: ItemColumn; other?: ItemColumn; other_as?: ItemColumn }>;
  names: string[];
};

function aliasMap<C extends string>(aliases: Record<C, string[]>): Map<string, C> {
  const map = new Map<string, C>();
  for (const [column, names] of Object.entries(aliases) as [C, string[]][]) for (const n of [column, ...names]) map.set(n, column);
  return map;
}
const auditAlias = aliasMap(AUDIT_ALIASES);

const ITEM_SUFFIX: Record<string, "comment" | "other" | "other_as"> = {
  comment: "comment",
  komentaras: "comment",
  other: "other",
  kita: "other",
  other_as: "other_as",
  kita_prilygsta: "other_as",
};

/** Maps a header row; problems are reported on line 1. `itemKeys`: every known item key, lowercase. */
export function mapAuditHeader(cells: string[], itemKeys: ReadonlySet<string>): { header: AuditHeader; problems: Problem[] } {
  const header: AuditHeader = { fixed: {}, items: new Map(), names: cells.map((c) => c.trim()) };
  const problems: Problem[] = [];
  const seen = new Set<string>();
  header.names.forEach((name, index) => {
    if (name === "") return;
    const lower = name.toLowerCase();
    const dup = () => problems.push(problem(1, name, "duplicate_column", { name }));
    const fixed = auditAlias.get(normaliseHeader(name));
    if (fixed) {
      if (header.fixed[fixed] !== undefined) return dup();
      header.fixed[fixed] = index;
      return;
    }
    if (COMPUTED.has(normaliseHeader(name)) || SECTION_PREFIX.test(name)) return;
    const [keyPart, suffix] = lower.split(":").map((s) => s.trim());
    const part = suffix === undefined ? "value" : ITEM_SUFFIX[normaliseHeader(suffix)];
    if (!part || !itemKeys.has(keyPart)) return problems.push(problem(1, name, "unknown_column", { name }));
    const id = `${keyPart}:${part}`;
    if (seen.has(id)) return dup();
    seen.add(id);
    const entry = header.items.get(keyPart) ?? {};
    entry[part] = { index, name, key: keyPart, part };
    header.items.set(keyPart, entry);
  });
  for (const column of REQUIRED_AUDIT_COLUMNS)
    if (header.fixed[column] === undefined) problems.push(problem(1, null, "missing_column", { name: column }));
  return { header, problems };
}

export const ROSTER_COLUMNS = [
  "department_code",
  "department_name",
  "first_name",
  "last_name",
  "position",
  "email",
  "active",
  "employee_code",
] as const;
export type RosterColumn = (typeof ROSTER_COLUMNS)[number];
export const REQUIRED_ROSTER_COLUMNS: RosterColumn[] = ["department_code", "department_name", "first_name", "last_name", "position"];

const rosterAlias = aliasMap<RosterColumn>({
  department_code: ["skyriaus_kodas", "department"],
  department_name: ["skyriaus_pavadinimas", "skyrius", "padalinys"],
  first_name: ["vardas", "name"],
  last_name: ["pavarde", "surname"],
  position: ["pareigos", "title"],
  email: ["e_mail", "el_pastas", "el_pasto_adresas", "el_p"],
  active: ["aktyvus", "dirba"],
  employee_code: ["darbuotojo_kodas", "tabelio_nr", "tabelio_numeris", "code", "kodas"],
});

export type RosterHeader = Partial<Record<RosterColumn, number>>;

/** Unknown roster columns are errors too: a misspelt "e-mail" column must not be ignored silently. */
export function mapRosterHeader(cells: string[]): { header: RosterHeader; problems: Problem[] } {
  const header: RosterHeader = {};
  const problems: Problem[] = [];
  cells.forEach((raw, index) => {
    const name = raw.trim();
    if (name === "") return;
    const column = rosterAlias.get(normaliseHeader(name));
    if (!column) return problems.push(problem(1, name, "unknown_roster_column", { name }));
    if (header[column] !== undefined) return problems.push(problem(1, name, "duplicate_column", { name }));
    header[column] = index;
  });
  for (const column of REQUIRED_ROSTER_COLUMNS)
    if (header[column] === undefined) problems.push(problem(1, null, "missing_column", { name: column }));
  return { header, problems };
}
