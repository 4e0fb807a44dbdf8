// The demo of `npm start`: the five demo accounts, and a year of audits whose dashboards
// tell a story (an improving department, a recurring broken rule, a dip, a weak phone rule).
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../app/db.server";
import { loadChecklistFiles } from "../../app/domain/checklists/load.server";
import { verifyPassword } from "../../app/lib/password.server";
import { syncChecklists } from "../../app/models/checklists/sync.server";
import { DEMO_AUDITS, DEMO_USERS, demoPassword, seedDemoIfEmpty } from "../../app/models/demo/seed.server";
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

/** Monthly average score of a department, oldest month first. */
function monthly(code: string) {
  return rows<{ month: string; avg: number }>(`
    SELECT month, sum(sum_score) / sum(scored) AS avg FROM agg_scores s JOIN departments d ON d.id = s.department_id
    WHERE d.code = '${code}' GROUP BY month ORDER BY month`).map((r) => r.avg);
}

/** Share of "no" among applicable answers of items matching a LIKE pattern. */
function failRate(where: string) {
  const [r] = rows<{ no: number; applicable: number }>(`
    SELECT sum(no) AS no, sum(applicable) AS applicable FROM agg_items i JOIN departments d ON d.id = i.department_id WHERE ${where}`);
  return r.no / r.applicable;
}

describe("demo data", () => {
  it("keeps the demo accounts and their links and adds a year of published audits", async () => {
    expect(rows<{ n: number }>("SELECT count(*) n FROM audits WHERE state = 'published'")[0].n).toBe(DEMO_AUDITS);
    expect(rows<{ n: number }>("SELECT count(DISTINCT month) n FROM agg_scores")[0].n).toBe(12);
    for (const u of DEMO_USERS) {
      const [user] = rows<{ role: string; password_hash: string }>(`SELECT role, password_hash FROM users WHERE email = '${u.email}'`);
      expect(user.role).toBe(u.role);
    }
    const [admin] = rows<{ password_hash: string }>("SELECT password_hash FROM users WHERE email = 'admin@demo.lt'");
    expect(await verifyPassword(admin.password_hash, demoPassword())).toBe(true);
    const [egle] = rows<{ code: string; audits: number }>(`
      SELECT d.code, (SELECT count(*) FROM audits a WHERE a.employee_id = e.id) AS audits
      FROM employees e JOIN users u ON u.id = e.user_id JOIN departments d ON d.id = e.department_id
      WHERE u.email = 'darbuotojas@demo.lt' AND e.first_name = 'Eglė' AND e.last_name = 'Petraitienė'`);
    expect(egle.code).toBe("KAS");
    expect(egle.audits).toBeGreaterThan(20);
    const supervised = rows<{ code: string }>(`
      SELECT d.code FROM user_departments ud JOIN users u ON u.id = ud.user_id JOIN departments d ON d.id = ud.department_id
      WHERE u.email = 'vadovas@demo.lt' ORDER BY d.code`).map((r) => r.code);
    expect(supervised).toEqual(["BNS", "KAS"]);
    const [mine] = rows<{ n: number }>(
      "SELECT count(*) n FROM audits a JOIN users u ON u.id = a.auditor_id WHERE u.email = 'klientas@demo.lt'",
    );
    expect(mine.n).toBeGreaterThan(100);
    // Seeding stays fast enough for start-up (the benchmark measures it precisely).
    expect(seedMs).toBeLessThan(60_000);
  });

  it("tells a story: KAS improves, BNS forgets the farewell phrase, TPS dips, the phone rings too long", () => {
    const kas = monthly("KAS");
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    expect(mean(kas.slice(-3))).toBeGreaterThan(mean(kas.slice(0, 3)) + 5);

    const farewell = "(i.item_key LIKE '%.close.farewell_phrase')";
    expect(failRate(`d.code = 'BNS' AND ${farewell}`)).toBeGreaterThan(0.3);
    expect(failRate(`d.code = 'BNS' AND ${farewell}`)).toBeGreaterThan(3 * failRate(`d.code <> 'BNS' AND ${farewell}`));

    const tps = monthly("TPS");
    expect(Math.min(...tps.slice(4, 9))).toBeLessThan(mean(tps) - 3);

    expect(failRate("i.channel = 'phone' AND i.item_key LIKE '%.rings'")).toBeGreaterThan(
      2 * failRate("i.channel = 'phone' AND i.item_key NOT LIKE '%.rings'"),
    );
  });

  it("does nothing on a database that is not empty", async () => {
    expect(await seedDemoIfEmpty(db)).toBe(false);
  });
});
