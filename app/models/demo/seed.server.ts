// The demo for `npm start` on an empty database: two organisations under their own standards,
// each with departments, made-up staff, one user per role and a year of generated audits
// (app/models/demo/generate.server.ts) that tell a story on the dashboards, plus a platform
// administrator and a programme viewer above them.
//   VMB (SĮ „Vilniaus miesto būstas“): KAS improves steadily, BNS keeps forgetting the
//   farewell phrase, TPS had a bad spell in the summer, TS is steadily good.
//   KMSA (Kauno miesto savivaldybės administracija): Centro seniūnija improves, Šilainių
//   seniūnija forgets to paraphrase the request, KAS is steady.
//   KMSA phone calls are weak on "answer by the 3rd ring" (VMB's standard sets no ring limit).
// The mystery shopper klientas@demo.lt works for both organisations.
import { count } from "drizzle-orm";
import type { Db } from "~/db.server";
import { env } from "~/env.server";
import { organisations, userOrganisations, users, type Role } from "../../../db/schema";
import type { DepartmentTendency } from "~/domain/generator";
import { generate } from "./generate.server";
import { createDepartment } from "../people/department.server";
import { createEmployee } from "../people/employee.server";
import { createUser, findUserByEmail } from "../people/user.server";
import { addRecentAuditsAboutDemoEmployee, RECENT_DEMO_AUDITS } from "./recent-audits.server";

type DemoUser = { email: string; name: string; role: Role };
type DemoOrganisation = {
  code: string;
  name: string;
  address: string;
  contact: string;
  standards: string[];
  users: DemoUser[];
  departments: { code: string; name: string }[];
  /** [first, last, position, department code]; the first is the demo employee account's. */
  staff: [string, string, string, string][];
  supervised: string[];
  audits: number;
  seed: number;
  /** The story the dashboards tell, by department code. */
  profiles: Record<string, Partial<DepartmentTendency>>;
};

export const DEMO_ORGANISATIONS: DemoOrganisation[] = [
  {
    code: "VMB",
    name: "SĮ „Vilniaus miesto būstas“",
    address: "Švitrigailos g. 7, LT-03110 Vilnius",
    contact: "Demonstraciniai duomenys",
    standards: ["VMB"],
    users: [
      { email: "admin@demo.lt", name: "Rasa Administratorė", role: "admin" },
      { email: "vadovybe@demo.lt", name: "Vytautas Direktorius", role: "leadership" },
      { email: "vadovas@demo.lt", name: "Laima Vedėja", role: "supervisor" },
      { email: "klientas@demo.lt", name: "Tomas Slaptasis", role: "mystery_shopper" },
      { email: "darbuotojas@demo.lt", name: "Eglė Petraitienė", role: "employee" },
    ],
    departments: [
      { code: "KAS", name: "Klientų aptarnavimo skyrius" },
      { code: "BNS", name: "Būsto nuomos skyrius" },
      { code: "TPS", name: "Techninės priežiūros skyrius" },
      { code: "TS", name: "Teisės skyrius" },
    ],
    staff: [
      ["Eglė", "Petraitienė", "Klientų aptarnavimo specialistė", "KAS"],
      ["Jonas", "Kazlauskas", "Klientų aptarnavimo specialistas", "KAS"],
      ["Aušra", "Jankauskienė", "Vyresnioji klientų aptarnavimo specialistė", "KAS"],
      ["Mindaugas", "Žukauskas", "Klientų aptarnavimo specialistas", "KAS"],
      ["Rūta", "Stankevičienė", "Būsto nuomos specialistė", "BNS"],
      ["Darius", "Vasiliauskas", "Būsto nuomos specialistas", "BNS"],
      ["Ieva", "Butkutė", "Vyriausioji būsto nuomos specialistė", "BNS"],
      ["Paulius", "Urbonas", "Techninės priežiūros inžinierius", "TPS"],
      ["Gintarė", "Navickienė", "Techninės priežiūros specialistė", "TPS"],
      ["Andrius", "Šimkus", "Meistras", "TPS"],
      ["Lina", "Balčiūnienė", "Teisininkė", "TS"],
      ["Tadas", "Grigas", "Vyresnysis teisininkas", "TS"],
    ],
    supervised: ["KAS", "BNS"],
    audits: 1000,
    seed: 2026,
    profiles: {
      KAS: { bias: -0.6, trend: 2.2, dip: 0, brokenShare: 0 },
      BNS: { bias: 0.1, trend: 0.3, dip: 0, brokenItems: ["vmb.close.farewell_phrase"], brokenShare: 0 },
      TPS: { bias: 0.1, trend: 0.4, dip: 1.8, dipAt: 0.55, brokenShare: 0 },
      TS: { bias: 0.7, trend: 0.1, dip: 0, brokenShare: 0 },
    },
  },
  {
    code: "KMSA",
    name: "Kauno miesto savivaldybės administracija",
    address: "Laisvės al. 96, LT-44251 Kaunas",
    contact: "Demonstraciniai duomenys",
    standards: ["KMSA"],
    users: [
      { email: "admin.kaunas@demo.lt", name: "Jurgita Administratorė", role: "admin" },
      { email: "vadovybe.kaunas@demo.lt", name: "Algirdas Direktorius", role: "leadership" },
      { email: "vadovas.kaunas@demo.lt", name: "Dalia Seniūnė", role: "supervisor" },
      { email: "darbuotojas.kaunas@demo.lt", name: "Monika Kairienė", role: "employee" },
    ],
    departments: [
      { code: "KAS", name: "Klientų aptarnavimo skyrius" },
      { code: "CEN", name: "Centro seniūnija" },
      { code: "SIL", name: "Šilainių seniūnija" },
    ],
    staff: [
      ["Monika", "Kairienė", "Klientų aptarnavimo specialistė", "KAS"],
      ["Povilas", "Rimkus", "Klientų aptarnavimo specialistas", "KAS"],
      ["Simona", "Lukoševičienė", "Vyriausioji specialistė", "KAS"],
      ["Karolis", "Mockus", "Seniūno pavaduotojas", "CEN"],
      ["Agnė", "Vaitkutė", "Seniūnijos specialistė", "CEN"],
      ["Vilma", "Sabaliauskienė", "Seniūnijos specialistė", "CEN"],
      ["Rokas", "Pocius", "Seniūnijos specialistas", "SIL"],
      ["Jolanta", "Kavaliauskienė", "Vyresnioji seniūnijos specialistė", "SIL"],
      ["Arūnas", "Gudaitis", "Seniūnijos specialistas", "SIL"],
    ],
    supervised: ["CEN", "SIL"],
    audits: 500,
    seed: 2027,
    profiles: {
      KAS: { bias: 0.5, trend: 0.1, dip: 0, brokenShare: 0 },
      CEN: { bias: -0.6, trend: 2.0, dip: 0, brokenShare: 0 },
      SIL: { bias: 0, trend: 0.2, dip: 0, brokenItems: ["kmsa.needs.paraphrases"], brokenShare: 0 },
    },
  },
];

/** Accounts above the organisations. */
export const DEMO_PLATFORM_USERS: DemoUser[] = [
  { email: "platforma@demo.lt", name: "Rimantas Platformos", role: "platform_admin" },
  { email: "programa@demo.lt", name: "Aistė Programos", role: "programme_viewer" },
];

/** One account per role (the first organisation's, then the platform's): tests sign in as these. */
export const DEMO_USERS: DemoUser[] = [...DEMO_ORGANISATIONS[0].users, ...DEMO_PLATFORM_USERS];

/** Every demo account, with its organisation's code (null: above the organisations). */
export const DEMO_ACCOUNTS = [
  ...DEMO_ORGANISATIONS.flatMap((o) => o.users.map((u) => ({ ...u, org: o.code as string | null }))),
  ...DEMO_PLATFORM_USERS.map((u) => ({ ...u, org: null })),
];

/** The shopper of the first organisation also audits the others (an agency serving several bodies). */
const SHARED_SHOPPER = "klientas@demo.lt";

export const DEMO_AUDITS = DEMO_ORGANISATIONS.reduce((n, o) => n + o.audits, 0);
export const DEMO_MONTHS = 12;

export function demoPassword() {
  return env().DEMO_PASSWORD;
}

export function isDatabaseEmpty(db: Db) {
  return (db.select({ n: count() }).from(users).get()?.n ?? 0) === 0;
}

/** One organisation with its departments, users and staff; returns its id. */
async function seedOrganisation(db: Db, org: DemoOrganisation, password: string) {
  const deptIds = new Map<string, number>();
  const orgId = db.transaction((tx) => {
    const { code, name, address, contact, standards } = org;
    const id = tx.insert(organisations).values({ code, name, address, contact, standards }).returning().get().id;
    for (const d of org.departments) deptIds.set(d.code, createDepartment(tx, id, { ...d, active: true }).id);
    return id;
  });
  const created = new Map<Role, number>();
  for (const u of org.users) {
    const departmentIds = u.role === "supervisor" ? org.supervised.map((c) => deptIds.get(c)!) : [];
    created.set(u.role, (await createUser(db, orgId, { ...u, active: true, password, departmentIds })).id);
  }
  const employeeUser = org.users.find((u) => u.role === "employee");
  db.transaction((tx) => {
    org.staff.forEach(([firstName, lastName, position, code], i) => {
      createEmployee(tx, orgId, {
        firstName,
        lastName,
        position,
        departmentId: deptIds.get(code)!,
        code: `${org.code}${String(i + 1).padStart(3, "0")}`,
        // The demo employee account is the first person's.
        userId: i === 0 ? (created.get("employee") ?? null) : null,
        email: i === 0 ? (employeeUser?.email ?? null) : null,
        active: true,
      });
    });
  });
  return orgId;
}

export async function seedDemoIfEmpty(db: Db, log: (line: string) => void = () => {}) {
  if (!isDatabaseEmpty(db)) return false;
  const password = demoPassword();
  const orgIds: number[] = [];
  for (const org of DEMO_ORGANISATIONS) orgIds.push(await seedOrganisation(db, org, password));
  for (const u of DEMO_PLATFORM_USERS) await createUser(db, null, { ...u, active: true, password, departmentIds: [] });
  const shopper = findUserByEmail(db, SHARED_SHOPPER)!;
  const programme = findUserByEmail(db, DEMO_PLATFORM_USERS[1].email)!;
  db.transaction((tx) => {
    for (const orgId of orgIds.slice(1)) tx.insert(userOrganisations).values({ userId: shopper.id, orgId }).run();
    for (const orgId of orgIds) tx.insert(userOrganisations).values({ userId: programme.id, orgId }).run();
  });
  // Two more mystery shoppers per organisation and supervisors for the other departments are
  // generated accounts that cannot be signed in to (see app/models/demo/generate.server.ts).
  for (const [k, org] of DEMO_ORGANISATIONS.entries()) {
    const report = await generate(db, {
      orgId: orgIds[k],
      // The last ones are recent audits about the demo employee (recent-audits.server.ts).
      audits: org.audits - RECENT_DEMO_AUDITS,
      months: DEMO_MONTHS,
      departments: 0,
      employees: 0,
      seed: org.seed,
      shoppers: 2,
      includeExisting: true,
      profiles: org.profiles,
    });
    log(`Demo data of ${org.code}: ${report.audits} published audits over ${DEMO_MONTHS} months (${report.ms} ms).`);
    addRecentAuditsAboutDemoEmployee(db, orgIds[k], RECENT_DEMO_AUDITS);
  }
  return true;
}

/** Reminds the operator at every start how to sign in, while the demo users exist. */
export function logDemoSignIns(db: Db, log: (line: string) => void) {
  const present = DEMO_ACCOUNTS.filter((u) => findUserByEmail(db, u.email));
  if (present.length === 0) return;
  log(`Demo sign-ins (password: ${demoPassword()}):`);
  for (const u of present) log(`  ${u.email.padEnd(28)} ${u.role}${u.org ? ` (${u.org})` : ""}`);
}
