// Writes a generated organisation and its audits into the database: departments, employees,
// mystery shoppers and supervisors (app/domain/generator decides who and what), then the
// published audits through the audit store (bulkInsertAudits, app/models/audits/store.server.ts),
// 10 000 per transaction, so answers, section scores, history and aggregates stay consistent.
//
// Generated accounts share one password hash, computed once (argon2 per user would take
// minutes for thousands of accounts). Without GENERATED_PASSWORD in the environment it is
// the argon2 hash of a random secret nobody keeps (unusablePasswordHash), so nobody can sign
// in as a generated account and a sign-in attempt takes as long as for a real one; with it,
// every generated account signs in with that password (benchmarks, load tests).
import { and, eq, like } from "drizzle-orm";
import type { Db } from "~/db.server";
import { env } from "~/env.server";
import type { Checklist } from "~/domain/checklists/schema";
import {
  generateOrganisation,
  planAudits,
  randomDepartmentTendency,
  randomEmployeeTendency,
  randomPerson,
  subRng,
  type DepartmentTendency,
  type Population,
} from "~/domain/generator";
import { vilniusMonth } from "~/domain/time";
import { hashPassword, unusablePasswordHash } from "~/lib/password.server";
import { checklists, checklistVersions, departments, employees, organisations, userDepartments, users } from "../../../db/schema";
import { checklistUsableIn, userWorksIn } from "../organisations/organisation.server";
import { bulkInsertAudits, type NewAudit } from "../audits/store.server";

export const GENERATED_EMAIL_DOMAIN = "generuota.example";

export type GenerateOptions = {
  audits: number;
  /** Generate into this organisation. Without it: `organisations` new ones, or the only one there is (one is created in an empty database). */
  orgId?: number;
  /** New organisations to spread everything over (departments, staff, shoppers, audits), alternately under the VMB and KMSA standards. */
  organisations?: number;
  /** New departments and employees to create (0: use the ones in the database). */
  departments: number;
  employees: number;
  months: number;
  seed: number;
  /** "YYYY-MM", default the current month (Vilnius). */
  endMonth?: string;
  /** Audits are never later than this (default: now). */
  now?: number;
  /** New mystery-shopper accounts (default: one per 2 000 audits, 3 to 60). */
  shoppers?: number;
  /** Also audit the departments, staff and shoppers already in the database. */
  includeExisting?: boolean;
  /** Tendencies by department code, for a demo that tells a story. */
  profiles?: Record<string, Partial<DepartmentTendency>>;
  batchSize?: number;
  log?: (line: string) => void;
};

export type GenerateReport = {
  departments: number;
  employees: number;
  shoppers: number;
  supervisors: number;
  audits: number;
  firstAuditId: number | null;
  lastAuditId: number | null;
  ms: number;
};

async function generatedPasswordHash() {
  const password = env().GENERATED_PASSWORD;
  return password ? hashPassword(password) : unusablePasswordHash();
}

function activeChecklists(db: Db, orgId: number): Population["checklists"] {
  return db
    .select({ id: checklists.id, versionId: checklists.currentVersionId, content: checklistVersions.content })
    .from(checklists)
    .innerJoin(checklistVersions, eq(checklistVersions.id, checklists.currentVersionId))
    .where(checklistUsableIn(orgId))
    .orderBy(checklists.id)
    .all()
    .map((c) => ({ id: c.id, versionId: c.versionId, checklist: c.content as Checklist }));
}

/** A code not yet used by another department: "KAS", else "KAS-2", "KAS-3", … */
function freeCode(taken: Set<string>, code: string) {
  let candidate = code;
  for (let k = 2; taken.has(candidate); k++) candidate = `${code}-${k}`;
  taken.add(candidate);
  return candidate;
}

/** The organisations to generate into (see GenerateOptions.orgId and .organisations). */
function targetOrganisations(db: Db, options: GenerateOptions): number[] {
  if (options.orgId !== undefined) return [options.orgId];
  if (options.organisations) {
    const ids: number[] = [];
    for (let k = 1; k <= options.organisations; k++) {
      const standards = k % 2 ? ["VMB"] : ["KMSA"];
      const values = { code: `G${options.seed}-${k}`, name: `Generuota organizacija ${k}`, standards };
      ids.push(db.insert(organisations).values(values).returning({ id: organisations.id }).get().id);
    }
    return ids;
  }
  const existing = db.select({ id: organisations.id }).from(organisations).all();
  if (existing.length === 1) return [existing[0].id];
  if (existing.length > 1) throw new Error("there are several organisations: say which one (orgId) or how many new ones (organisations)");
  const values = { code: `G${options.seed}`, name: "Generuota organizacija", standards: ["VMB", "KMSA"] };
  return [db.insert(organisations).values(values).returning({ id: organisations.id }).get().id];
}

/** `total` split into `parts` nearly equal whole shares. */
const share = (total: number, parts: number, k: number) => Math.floor(total / parts) + (k < total % parts ? 1 : 0);

export async function generate(db: Db, options: GenerateOptions): Promise<GenerateReport> {
  const started = performance.now();
  const { seed } = options;
  const now = options.now ?? Date.now();
  const endMonth = options.endMonth ?? vilniusMonth(now);
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(endMonth)) throw new Error(`endMonth must be YYYY-MM, not "${endMonth}"`);
  if (options.months < 1 || options.audits < 0) throw new Error("months must be ≥ 1 and audits ≥ 0");
  const marker = db
    .select({ id: users.id })
    .from(users)
    .where(like(users.email, `%-${seed}-%@${GENERATED_EMAIL_DOMAIN}`))
    .get();
  if (marker) throw new Error(`data of seed ${seed} was already generated in this database: use another --seed`);
  const orgIds = targetOrganisations(db, options);
  const passwordHash = await generatedPasswordHash();
  const total: GenerateReport = {
    departments: 0,
    employees: 0,
    shoppers: 0,
    supervisors: 0,
    audits: 0,
    firstAuditId: null,
    lastAuditId: null,
    ms: 0,
  };
  const shoppers = options.shoppers ?? Math.min(60, Math.max(3, Math.ceil(options.audits / 2000)));
  const counters = { shopper: 0, supervisor: 0 };
  for (const [k, orgId] of orgIds.entries()) {
    const part = (n: number) => share(n, orgIds.length, k);
    const one = await generateInOrganisation(db, orgId, passwordHash, counters, {
      ...options,
      // Each organisation gets its own stream of random numbers, so one organisation's data does not depend on the others'.
      seed: orgIds.length > 1 ? seed * 1000 + k : seed,
      emailSeed: seed,
      audits: part(options.audits),
      departments: part(options.departments),
      employees: part(options.employees),
      shoppers: Math.max(1, part(shoppers)),
      endMonth,
      now,
    });
    for (const key of ["departments", "employees", "shoppers", "supervisors", "audits"] as const) total[key] += one[key];
    total.firstAuditId ??= one.firstAuditId;
    total.lastAuditId = one.lastAuditId ?? total.lastAuditId;
  }
  total.ms = Math.round(performance.now() - started);
  return total;
}

async function generateInOrganisation(
  db: Db,
  orgId: number,
  passwordHash: string,
  counters: { shopper: number; supervisor: number },
  options: GenerateOptions & { emailSeed: number; shoppers: number; endMonth: string; now: number },
): Promise<GenerateReport> {
  const started = performance.now();
  const log = options.log ?? (() => {});
  const { seed, now, endMonth } = options;
  const checklistList = activeChecklists(db, orgId);
  if (!checklistList.length) throw new Error("no active checklists of the organisation's standards: they are synced at start-up");
  const client = db.$client;
  const email = (role: string, n: number) => `${role}-${options.emailSeed}-${n}@${GENERATED_EMAIL_DOMAIN}`;
  const rng = subRng(seed, "accounts");

  const population: Population = { departments: [], shopperIds: [], supervisorIds: [], checklists: checklistList };
  const report = { departments: 0, employees: 0, shoppers: 0, supervisors: 0 };
  const createdAt = now;

  client.transaction(() => {
    const insertUser = client.prepare(
      "INSERT INTO users (email, name, role, password_hash, active, locale, org_id, created_at, updated_at) VALUES (?, ?, ?, ?, 1, 'lt', ?, ?, ?)",
    );
    const addUser = (role: "mystery_shopper" | "supervisor") => {
      const person = randomPerson(rng);
      const n = role === "supervisor" ? ++counters.supervisor : ++counters.shopper;
      const address = email(role === "supervisor" ? "vadovas" : "klientas", n);
      return Number(
        insertUser.run(address, `${person.firstName} ${person.lastName}`, role, passwordHash, orgId, createdAt, createdAt).lastInsertRowid,
      );
    };
    const linkSupervisor = client.prepare("INSERT INTO user_departments (user_id, department_id) VALUES (?, ?)");

    if (options.departments > 0) {
      const org = generateOrganisation(seed, options.departments, options.employees);
      const taken = new Set(
        db
          .select({ code: departments.code })
          .from(departments)
          .where(eq(departments.orgId, orgId))
          .all()
          .map((d) => d.code),
      );
      const insertDept = client.prepare(
        "INSERT INTO departments (org_id, code, name, active, created_at, updated_at) VALUES (?, ?, ?, 1, ?, ?)",
      );
      const insertEmployee = client.prepare(
        `INSERT INTO employees (org_id, code, first_name, last_name, position, department_id, active, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?)`,
      );
      const ids = org.departments.map((d) => {
        const profile = options.profiles?.[d.code];
        const id = Number(insertDept.run(orgId, freeCode(taken, d.code), d.name, createdAt, createdAt).lastInsertRowid);
        population.departments.push({ id, tendency: { ...d.tendency, ...profile }, employees: [], supervisorIds: [] });
        return id;
      });
      for (const e of org.employees) {
        const code = `G${seed}-${String(e.index + 1).padStart(5, "0")}`;
        const id = Number(
          insertEmployee.run(orgId, code, e.firstName, e.lastName, e.position, ids[e.departmentIndex], createdAt, createdAt)
            .lastInsertRowid,
        );
        population.departments[e.departmentIndex].employees.push({ id, tendency: e.tendency });
      }
      report.departments = org.departments.length;
      report.employees = org.employees.length;
    }

    if (options.includeExisting || options.departments === 0) {
      const generatedIds = new Set(population.departments.map((d) => d.id));
      const staff = db
        .select({ id: employees.id, departmentId: employees.departmentId })
        .from(employees)
        .where(and(eq(employees.active, true), eq(employees.orgId, orgId)))
        .all();
      const links = db
        .select({ userId: userDepartments.userId, departmentId: userDepartments.departmentId })
        .from(userDepartments)
        .innerJoin(users, eq(users.id, userDepartments.userId))
        .where(eq(users.active, true))
        .all();
      const existing = db
        .select()
        .from(departments)
        .where(and(eq(departments.active, true), eq(departments.orgId, orgId)))
        .orderBy(departments.id)
        .all();
      for (const d of existing) {
        if (generatedIds.has(d.id)) continue;
        const tendency = { ...randomDepartmentTendency(subRng(seed, `existing-department:${d.id}`)), ...options.profiles?.[d.code] };
        population.departments.push({
          id: d.id,
          tendency,
          employees: staff
            .filter((e) => e.departmentId === d.id)
            .map((e) => ({ id: e.id, tendency: randomEmployeeTendency(subRng(seed, `existing-employee:${e.id}`)) })),
          supervisorIds: links.filter((l) => l.departmentId === d.id).map((l) => l.userId),
        });
      }
      population.shopperIds.push(
        ...db
          .select({ id: users.id })
          .from(users)
          .where(and(eq(users.role, "mystery_shopper"), userWorksIn(orgId)))
          .orderBy(users.id)
          .all()
          .map((u) => u.id),
      );
    }

    // Every department gets a supervisor of its own (skyriaus vedėjas) if it has none.
    for (const d of population.departments) {
      if (d.supervisorIds.length) continue;
      const id = addUser("supervisor");
      report.supervisors++;
      linkSupervisor.run(id, d.id);
      d.supervisorIds.push(id);
    }
    population.supervisorIds = population.departments.flatMap((d) => d.supervisorIds);
    for (let n = 1; n <= options.shoppers; n++) population.shopperIds.push(addUser("mystery_shopper"));
    report.shoppers = options.shoppers;
  })();
  log(
    `Organisation: ${report.departments} new departments, ${report.employees} new employees, ` +
      `${report.shoppers} mystery shoppers, ${report.supervisors} supervisors.`,
  );

  const plan = planAudits(population, { seed, audits: options.audits, months: options.months, endMonth, now });
  const inputs = (function* (): Generator<NewAudit> {
    for (const a of plan) {
      const list = population.checklists[a.checklistIndex];
      yield {
        checklistVersionId: list.versionId,
        auditType: a.auditType,
        channel: a.channel,
        departmentId: a.departmentId,
        employeeId: a.employeeId,
        auditorId: a.auditorId,
        interactionAt: a.interactionAt,
        overallComment: a.overallComment,
        answers: a.answers,
        state: "published",
        actorId: a.auditorId,
        historyAction: "created",
        submittedAt: a.submittedAt,
        publishedAt: a.publishedAt,
        createdAt: a.interactionAt,
        historyAt: a.publishedAt,
      };
    }
  })();
  const step = Math.max(options.batchSize ?? 10_000, Math.ceil(options.audits / 10));
  let nextLog = step;
  // Generated rows reference only rows generated or read just before, so foreign-key
  // lookups (one per answer row) are skipped while writing; a bigger page cache keeps the
  // index pages of a growing database in memory. Both are restored afterwards.
  const foreignKeys = client.pragma("foreign_keys", { simple: true });
  const cacheSize = client.pragma("cache_size", { simple: true });
  client.pragma("foreign_keys = OFF");
  client.pragma("cache_size = -262144");
  let written: ReturnType<typeof bulkInsertAudits>;
  try {
    written = bulkInsertAudits(db, inputs, {
      batchSize: options.batchSize ?? 10_000,
      onBatch: (n) => {
        if (n >= nextLog && n < options.audits) {
          log(`  ${n} / ${options.audits} audits (${Math.round((performance.now() - started) / 1000)} s)`);
          nextLog += step;
        }
      },
    });
  } finally {
    client.pragma(`foreign_keys = ${foreignKeys ? "ON" : "OFF"}`);
    client.pragma(`cache_size = ${cacheSize}`);
  }
  const ms = Math.round(performance.now() - started);
  log(`Generated ${written.written} published audits over ${options.months} months ending ${endMonth} in ${(ms / 1000).toFixed(1)} s.`);
  return { ...report, audits: written.written, firstAuditId: written.firstId, lastAuditId: written.lastId, ms };
}
