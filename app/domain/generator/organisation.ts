/**
 * A made-up organisation shaped like a Lithuanian municipal housing company or city
 * administration: departments (skyriai, seniūnijos), their staff, and each one's tendency
 * to follow the standard. Pure and deterministic: the same seed gives the same organisation.
 */
import { randomPerson, type Gender, type PersonName } from "./names";
import { int, normal, pick, subRng, type Rng } from "./prng";
import { randomDepartmentTendency, randomEmployeeTendency, type DepartmentTendency, type EmployeeTendency } from "./tendency";

export const DEPARTMENT_NAMES = [
  "Klientų aptarnavimo skyrius",
  "Būsto nuomos skyrius",
  "Socialinio būsto skyrius",
  "Būsto administravimo skyrius",
  "Techninės priežiūros skyrius",
  "Teisės skyrius",
  "Mokėjimų ir skolų administravimo skyrius",
  "Renovacijos projektų skyrius",
  "Nekilnojamojo turto skyrius",
  "Statybos leidimų skyrius",
  "Civilinės metrikacijos skyrius",
  "Socialinių išmokų skyrius",
  "Gyventojų aptarnavimo skyrius",
  "Žemėtvarkos skyrius",
  "Miesto tvarkymo skyrius",
  "Transporto skyrius",
  "Architektūros ir urbanistikos skyrius",
  "Švietimo skyrius",
  "Kultūros skyrius",
  "Sveikatos apsaugos skyrius",
  "Antakalnio seniūnija",
  "Žirmūnų seniūnija",
  "Šilainių seniūnija",
  "Dainavos seniūnija",
  "Aleksoto seniūnija",
  "Centro seniūnija",
  "Eigulių seniūnija",
  "Naujamiesčio seniūnija",
  "Pašilaičių seniūnija",
  "Fabijoniškių seniūnija",
  "Lazdynų seniūnija",
  "Karoliniškių seniūnija",
  "Justiniškių seniūnija",
  "Verkių seniūnija",
  "Šnipiškių seniūnija",
  "Senamiesčio seniūnija",
  "Naujininkų seniūnija",
  "Panerių seniūnija",
  "Petrašiūnų seniūnija",
  "Vilijampolės seniūnija",
] as const;

/** Branch offices used when more departments are asked for than there are names. */
const BRANCHES = ["Pietinis", "Šiaurinis", "Rytinis", "Vakarinis", "Centrinis", "Žvėryno", "Pilaitės", "Gričiupio"];

/** [man's title, woman's title]. */
const POSITIONS: [string, string][] = [
  ["Klientų aptarnavimo specialistas", "Klientų aptarnavimo specialistė"],
  ["Vyresnysis specialistas", "Vyresnioji specialistė"],
  ["Vyriausiasis specialistas", "Vyriausioji specialistė"],
  ["Referentas", "Referentė"],
  ["Inžinierius", "Inžinierė"],
  ["Vadybininkas", "Vadybininkė"],
  ["Teisininkas", "Teisininkė"],
  ["Raštvedys", "Raštvedė"],
];
const HEAD: [string, string] = ["Skyriaus vedėjas", "Skyriaus vedėja"];

export type GenDepartment = { index: number; code: string; name: string; tendency: DepartmentTendency };
export type GenEmployee = PersonName & {
  index: number;
  departmentIndex: number;
  position: string;
  tendency: EmployeeTendency;
};
export type Organisation = { departments: GenDepartment[]; employees: GenEmployee[] };

/** "Socialinio būsto skyrius" → "SBS"; "Antakalnio seniūnija" → "ANS" (first letters, ascii). */
export function departmentCode(name: string): string {
  const words = name.split(/\s+/).filter((w) => !/^(ir|\(.*)$/.test(w));
  const letters = words.length >= 2 ? words.map((w) => w[0]) : [name.slice(0, 3)];
  if (words.length === 2 && words[1] === "seniūnija") letters.splice(0, 1, ...words[0].slice(0, 2));
  return letters
    .join("")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toUpperCase();
}

function departmentNames(count: number): string[] {
  const names: string[] = [];
  for (let i = 0; names.length < count; i++) {
    const base = DEPARTMENT_NAMES[i % DEPARTMENT_NAMES.length];
    const round = Math.floor(i / DEPARTMENT_NAMES.length);
    names.push(
      round === 0 ? base : `${base} (${BRANCHES[(round - 1) % BRANCHES.length]} padalinys${round > BRANCHES.length ? ` ${round}` : ""})`,
    );
  }
  return names;
}

function uniqueCodes(names: string[]): string[] {
  const used = new Map<string, number>();
  return names.map((name) => {
    const base = departmentCode(name);
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    return n === 1 ? base : `${base}${n}`;
  });
}

export function positionFor(rng: Rng, gender: Gender, isHead = false): string {
  const [male, female] = isHead ? HEAD : pick(rng, POSITIONS);
  return gender === "male" ? male : female;
}

/** Department sizes: every department has at least one person; some are much larger. */
function departmentSizes(rng: Rng, departments: number, employees: number): number[] {
  const weights = Array.from({ length: departments }, () => Math.exp(0.6 * normal(rng)));
  const total = weights.reduce((a, b) => a + b, 0);
  const spare = Math.max(0, employees - departments);
  const sizes = weights.map((w) => 1 + Math.floor((spare * w) / total));
  // Hand out what rounding left over, one each, from the first department on.
  let left = employees - sizes.reduce((a, b) => a + b, 0);
  for (let i = 0; left > 0; i = (i + 1) % departments, left--) sizes[i] += 1;
  return sizes;
}

export function generateOrganisation(seed: number, departments: number, employees: number): Organisation {
  if (departments < 1) throw new Error("at least one department");
  if (employees < departments) throw new Error("at least one employee per department");
  const rng = subRng(seed, "organisation");
  const names = departmentNames(departments);
  const codes = uniqueCodes(names);
  const depts: GenDepartment[] = names.map((name, index) => ({
    index,
    code: codes[index],
    name,
    tendency: randomDepartmentTendency(subRng(seed, `department:${index}`)),
  }));
  const staff: GenEmployee[] = [];
  departmentSizes(rng, departments, employees).forEach((size, departmentIndex) => {
    for (let k = 0; k < size; k++) {
      const person = randomPerson(rng);
      staff.push({
        ...person,
        index: staff.length,
        departmentIndex,
        position: positionFor(rng, person.gender, k === 0 && size >= 4 && int(rng, 0, 1) === 0),
        tendency: randomEmployeeTendency(subRng(seed, `employee:${staff.length}`)),
      });
    }
  });
  return { departments: depts, employees: staff };
}
