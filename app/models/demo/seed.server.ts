// The demo organisation for `npm start` on an empty database: a few departments shaped
// like the Vilnius housing company's, made-up staff, one user per role, and a year of
// generated audits (app/models/demo/generate.server.ts) that tell a story on the dashboards:
// KAS improves steadily, BNS keeps forgetting the farewell phrase, TPS had a bad spell in
// the summer, TS is steadily good, and phone calls everywhere are weak on "answer by the
// 3rd ring".
import { count } from "drizzle-orm";
import type { Db } from "~/db.server";
import { env } from "~/env.server";
import { departments, employees, users, type Role } from "../../../db/schema";
import type { DepartmentTendency } from "~/domain/generator";
import { generate } from "./generate.server";
import { createUser, findUserByEmail } from "../people/user.server";

export const DEMO_USERS: { email: string; name: string; role: Role }[] = [
  { email: "admin@demo.lt", name: "Rasa Administratorė", role: "admin" },
  { email: "vadovybe@demo.lt", name: "Vytautas Direktorius", role: "leadership" },
  { email: "vadovas@demo.lt", name: "Laima Vedėja", role: "supervisor" },
  { email: "klientas@demo.lt", name: "Tomas Slaptasis", role: "mystery_shopper" },
  { email: "darbuotojas@demo.lt", name: "Eglė Petraitienė", role: "employee" },
];

const DEMO_DEPARTMENTS = [
  { code: "KAS", name: "Klientų aptarnavimo skyrius" },
  { code: "BNS", name: "Būsto nuomos skyrius" },
  { code: "TPS", name: "Techninės priežiūros skyrius" },
  { code: "TS", name: "Teisės skyrius" },
];

// [first, last, position, department code]
const DEMO_STAFF: [string, string, string, string][] = [
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
];

export const DEMO_AUDITS = 1500;
export const DEMO_MONTHS = 12;
const DEMO_SEED = 2026;

/** The story the demo dashboards tell, by department code. */
export const DEMO_PROFILES: Record<string, Partial<DepartmentTendency>> = {
  KAS: { bias: -0.6, trend: 2.2, dip: 0, brokenShare: 0 },
  BNS: { bias: 0.1, trend: 0.3, dip: 0, brokenItems: ["vmb.close.farewell_phrase", "kmsa.close.farewell_phrase"], brokenShare: 0 },
  TPS: { bias: 0.1, trend: 0.4, dip: 1.8, dipAt: 0.55, brokenShare: 0 },
  TS: { bias: 0.7, trend: 0.1, dip: 0, brokenShare: 0 },
};

export function demoPassword() {
  return env().DEMO_PASSWORD;
}

export function isDatabaseEmpty(db: Db) {
  return (db.select({ n: count() }).from(users).get()?.n ?? 0) === 0;
}

export async function seedDemoIfEmpty(db: Db, log: (line: string) => void = () => {}) {
  if (!isDatabaseEmpty(db)) return false;
  const password = demoPassword();
  const deptIds = new Map<string, number>();
  db.transaction((tx) => {
    for (const d of DEMO_DEPARTMENTS) {
      deptIds.set(d.code, tx.insert(departments).values(d).returning().get().id);
    }
  });
  const created = new Map<Role, number>();
  for (const u of DEMO_USERS) {
    const departmentIds = u.role === "supervisor" ? [deptIds.get("KAS")!, deptIds.get("BNS")!] : [];
    created.set(u.role, (await createUser(db, { ...u, active: true, password, departmentIds })).id);
  }
  db.transaction((tx) => {
    DEMO_STAFF.forEach(([firstName, lastName, position, code], i) => {
      tx.insert(employees)
        .values({
          firstName,
          lastName,
          position,
          departmentId: deptIds.get(code)!,
          code: `D${String(i + 1).padStart(3, "0")}`,
          // The demo employee account is Eglė Petraitienė's.
          userId: i === 0 ? created.get("employee")! : null,
          email: i === 0 ? "darbuotojas@demo.lt" : null,
        })
        .run();
    });
  });
  // Two more mystery shoppers and supervisors for TPS and TS are generated accounts that
  // cannot be signed in to (see app/models/demo/generate.server.ts); the demo accounts above can.
  const report = await generate(db, {
    audits: DEMO_AUDITS,
    months: DEMO_MONTHS,
    departments: 0,
    employees: 0,
    seed: DEMO_SEED,
    shoppers: 2,
    includeExisting: true,
    profiles: DEMO_PROFILES,
  });
  log(`Demo data created: ${report.audits} published audits over ${DEMO_MONTHS} months (${report.ms} ms).`);
  return true;
}

/** Reminds the operator at every start how to sign in, while the demo users exist. */
export function logDemoSignIns(db: Db, log: (line: string) => void) {
  const present = DEMO_USERS.filter((u) => findUserByEmail(db, u.email));
  if (present.length === 0) return;
  log(`Demo sign-ins (password: ${demoPassword()}):`);
  for (const u of present) log(`  ${u.email.padEnd(22)} ${u.role}`);
}
