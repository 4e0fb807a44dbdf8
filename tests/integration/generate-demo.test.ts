// The demo of `npm start`: two organisations (VMB and KMSA) with their demo accounts, a
// platform administrator and a programme viewer, and a year of audits per organisation whose
// dashboards tell a story (VMB: an improving department, a recurring broken rule, a dip;
// KMSA: an improving ward, a forgotten rule; everywhere a weak phone rule). Department codes
// repeat across organisations (KAS is in both), so every look-up names the organisation.
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../app/db.server";
import { isWithinWindow } from "../../app/domain/calendar/window";
import { loadChecklistFiles } from "../../app/domain/checklists/load.server";
import { verifyPassword } from "../../app/lib/password.server";
import { syncChecklists } from "../../app/models/checklists/sync.server";
import {
  DEMO_ACCOUNTS,
  DEMO_AUDITS,
  DEMO_MONTHS,
  DEMO_ORGANISATIONS,
  DEMO_USERS,
  demoPassword,
  seedDemoIfEmpty,
} from "../../app/models/demo/seed.server";
import { testDb } from "../helpers/db";

let db: Db;
let seedMs = 0;
const rows = <T>(q: string) => db.all<T>(sql.raw(q));

beforeAll(async () => {
  db = testDb();
  syncChecklists(db, loadChecklistFiles());
  const started = performance.now();
  expect(await seedDemoIfEmpty(db)).toBe(true);
  seedMs = performance.now() - started;
});

/** Monthly average score of a department of an organisation, oldest month first. */
function monthly(org: string, code: string) {
  return rows<{ month: string; avg: number }>(`
    SELECT month, sum(sum_score) / sum(scored) AS avg FROM agg_scores s
    JOIN departments d ON d.id = s.department_id JOIN organisations o ON o.id = d.org_id
    WHERE o.code = '${org}' AND d.code = '${code}' GROUP BY month ORDER BY month`).map((r) => r.avg);
}

/** Average score of a department over the first and over the second half of the months. */
function halves(org: string, code: string) {
  const months = rows<{ month: string; sum: number; scored: number }>(`
    SELECT month, sum(sum_score) AS sum, sum(scored) AS scored FROM agg_scores s
    JOIN departments d ON d.id = s.department_id JOIN organisations o ON o.id = d.org_id
    WHERE o.code = '${org}' AND d.code = '${code}' GROUP BY month ORDER BY month`);
  const average = (ms: typeof months) => ms.reduce((a, m) => a + m.sum, 0) / ms.reduce((a, m) => a + m.scored, 0);
  const half = Math.floor(months.length / 2);
  return [average(months.slice(0, half)), average(months.slice(half))];
}

/** Share of "no" among applicable answers of an organisation's items matching a condition on i (agg_items) and d (departments). */
function failRate(org: string, where: string) {
  const [r] = rows<{ no: number; applicable: number }>(`
    SELECT sum(no) AS no, sum(applicable) AS applicable FROM agg_items i
    JOIN departments d ON d.id = i.department_id JOIN organisations o ON o.id = d.org_id
    WHERE o.code = '${org}' AND ${where}`);
  expect(r.applicable, `${org}: ${where}`).toBeGreaterThan(0);
  return r.no / r.applicable;
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

describe("demo data", () => {
  it("creates both organisations with their accounts and links, and a year of published audits in each", async () => {
    expect(rows<{ n: number }>("SELECT count(*) n FROM audits WHERE state = 'published'")[0].n).toBe(DEMO_AUDITS);
    expect(DEMO_AUDITS).toBe(DEMO_ORGANISATIONS.reduce((n, o) => n + o.audits, 0));
    expect(DEMO_ORGANISATIONS.map((o) => o.code)).toEqual(["VMB", "KMSA"]);
    for (const org of DEMO_ORGANISATIONS) {
      const [o] = rows<{ id: number; name: string; standards: string }>(
        `SELECT id, name, standards FROM organisations WHERE code = '${org.code}'`,
      );
      expect(o, org.code).toMatchObject({ name: org.name, standards: JSON.stringify(org.standards) });
      const [counts] = rows<{ audits: number; months: number; departments: number; foreign: number }>(`
        SELECT (SELECT count(*) FROM audits WHERE org_id = ${o.id} AND state = 'published') AS audits,
               (SELECT count(DISTINCT month) FROM agg_scores s JOIN departments d ON d.id = s.department_id WHERE d.org_id = ${o.id}) AS months,
               (SELECT count(*) FROM departments WHERE org_id = ${o.id}) AS departments,
               (SELECT count(*) FROM audits a JOIN departments d ON d.id = a.department_id WHERE a.org_id = ${o.id} AND d.org_id <> ${o.id}) AS "foreign"`);
      expect(counts, org.code).toEqual({ audits: org.audits, months: DEMO_MONTHS, departments: org.departments.length, foreign: 0 });
      // Only checklists of the organisation's own standard(s).
      const standards = rows<{ standard: string }>(`
        SELECT DISTINCT c.standard FROM audits a JOIN checklists c ON c.id = a.checklist_id WHERE a.org_id = ${o.id}`).map(
        (r) => r.standard,
      );
      expect(standards, org.code).toEqual(org.standards);
    }
    expect(rows<{ n: number }>("SELECT count(DISTINCT month) n FROM agg_scores")[0].n).toBe(DEMO_MONTHS);
    // One account per role in DEMO_USERS (the first organisation's and the platform's); every account in its organisation.
    expect(new Set(DEMO_USERS.map((u) => u.role)).size).toBe(DEMO_USERS.length);
    for (const u of DEMO_ACCOUNTS) {
      const [user] = rows<{ role: string; org: string | null }>(`
        SELECT u.role, o.code AS org FROM users u LEFT JOIN organisations o ON o.id = u.org_id WHERE u.email = '${u.email}'`);
      expect(user, u.email).toEqual({ role: u.role, org: u.org });
    }
    expect(DEMO_ACCOUNTS.filter((u) => u.org === null).map((u) => u.role)).toEqual(["platform_admin", "programme_viewer"]);
    const [admin] = rows<{ password_hash: string }>("SELECT password_hash FROM users WHERE email = 'admin@demo.lt'");
    expect(await verifyPassword(admin.password_hash, demoPassword())).toBe(true);
    const [egle] = rows<{ org: string; code: string; audits: number }>(`
      SELECT o.code AS org, d.code, (SELECT count(*) FROM audits a WHERE a.employee_id = e.id) AS audits
      FROM employees e JOIN users u ON u.id = e.user_id JOIN departments d ON d.id = e.department_id JOIN organisations o ON o.id = e.org_id
      WHERE u.email = 'darbuotojas@demo.lt' AND e.first_name = 'Eglė' AND e.last_name = 'Petraitienė'`);
    expect(egle).toMatchObject({ org: "VMB", code: "KAS" });
    expect(egle.audits).toBeGreaterThan(20);
    const supervised = (email: string) =>
      rows<{ org: string; code: string }>(`
        SELECT o.code AS org, d.code FROM user_departments ud JOIN users u ON u.id = ud.user_id
        JOIN departments d ON d.id = ud.department_id JOIN organisations o ON o.id = d.org_id
        WHERE u.email = '${email}' ORDER BY d.code`).map((r) => `${r.org}/${r.code}`);
    expect(supervised("vadovas@demo.lt")).toEqual(["VMB/BNS", "VMB/KAS"]);
    expect(supervised("vadovas.kaunas@demo.lt")).toEqual(["KMSA/CEN", "KMSA/SIL"]);
    // The shopper works for both organisations (VMB is theirs, KMSA granted) and has audits in each.
    const shopperAudits = rows<{ org: string; n: number }>(`
      SELECT o.code AS org, count(*) n FROM audits a JOIN users u ON u.id = a.auditor_id JOIN organisations o ON o.id = a.org_id
      WHERE u.email = 'klientas@demo.lt' GROUP BY o.code ORDER BY o.code`);
    expect(shopperAudits.map((r) => r.org)).toEqual(["KMSA", "VMB"]);
    expect(shopperAudits.reduce((n, r) => n + r.n, 0)).toBeGreaterThan(100);
    const granted = (email: string) =>
      rows<{ org: string }>(`
        SELECT o.code AS org FROM user_organisations uo JOIN users u ON u.id = uo.user_id JOIN organisations o ON o.id = uo.org_id
        WHERE u.email = '${email}' ORDER BY o.id`).map((r) => r.org);
    expect(granted("klientas@demo.lt")).toEqual(["KMSA"]);
    expect(granted("programa@demo.lt")).toEqual(["VMB", "KMSA"]);
    // Seeding stays fast enough for start-up (the benchmark measures it precisely).
    expect(seedMs).toBeLessThan(60_000);
  });

  it("tells VMB's story: KAS improves, BNS forgets the farewell phrase, TPS dips", () => {
    const kas = monthly("VMB", "KAS");
    expect(kas).toHaveLength(DEMO_MONTHS);
    expect(mean(kas.slice(-3))).toBeGreaterThan(mean(kas.slice(0, 3)) + 5);

    const farewell = "(i.item_key LIKE '%.close.farewell_phrase')";
    expect(failRate("VMB", `d.code = 'BNS' AND ${farewell}`)).toBeGreaterThan(0.3);
    expect(failRate("VMB", `d.code = 'BNS' AND ${farewell}`)).toBeGreaterThan(3 * failRate("VMB", `d.code <> 'BNS' AND ${farewell}`));

    const tps = monthly("VMB", "TPS");
    expect(Math.min(...tps.slice(4, 9))).toBeLessThan(mean(tps) - 3);
  });

  it("tells KMSA's story: Centro seniūnija improves, Šilainių forgets to paraphrase, the phone rings too long", () => {
    // Half as many audits as VMB, spread over three wards: single months are noisy, so the
    // halves of the year are compared (each the average over its audits).
    expect(monthly("KMSA", "CEN")).toHaveLength(DEMO_MONTHS);
    const [first, second] = halves("KMSA", "CEN");
    expect(second).toBeGreaterThan(first + 4);

    const paraphrase = "(i.item_key = 'kmsa.needs.paraphrases')";
    expect(failRate("KMSA", `d.code = 'SIL' AND ${paraphrase}`)).toBeGreaterThan(0.2);
    expect(failRate("KMSA", `d.code = 'SIL' AND ${paraphrase}`)).toBeGreaterThan(3 * failRate("KMSA", `d.code <> 'SIL' AND ${paraphrase}`));

    // The "answer by the 3rd ring" rule is KMSA's (VMB's phone checklist has none).
    expect(failRate("KMSA", "i.channel = 'phone' AND i.item_key LIKE '%.rings'")).toBeGreaterThan(
      2 * failRate("KMSA", "i.channel = 'phone' AND i.item_key NOT LIKE '%.rings'"),
    );
  });

  it("has recent published audits about each demo employee, still open to a dispute", () => {
    for (const org of DEMO_ORGANISATIONS) {
      const recent = rows<{ id: number; publishedAt: number }>(`
        SELECT a.id, a.published_at AS publishedAt FROM audits a JOIN employees e ON e.id = a.employee_id
        JOIN users u ON u.id = e.user_id JOIN organisations o ON o.id = a.org_id
        WHERE o.code = '${org.code}' AND u.role = 'employee' AND a.state = 'published' ORDER BY a.published_at DESC LIMIT 2`);
      expect(recent, org.code).toHaveLength(2);
      for (const a of recent) expect(isWithinWindow(a.publishedAt, 10, Date.now()), org.code).toBe(true);
    }
  });

  it("does nothing on a database that is not empty", async () => {
    expect(await seedDemoIfEmpty(db)).toBe(false);
  });
});
