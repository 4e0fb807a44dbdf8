// Prints the query plans (EXPLAIN QUERY PLAN) of every statement the dashboard pages run,
// and times the overview loader, on a scratch database with ~1500 published audits.
//   node --import tsx scripts/explain-dashboards.ts [--audits 1500]
// Statements are captured from the real model functions, so the plans cannot drift from
// the code. The scratch database lives in a temporary folder and is deleted afterwards.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";

const { values } = parseArgs({ options: { audits: { type: "string", default: "1500" } } });
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "etalonas-explain-"));
process.env.DATABASE_URL = path.join(dir, "explain.db");

const { getDb, closeDb } = await import("../app/db.server");
const { loadChecklistFiles } = await import("../app/domain/checklists/load.server");
const { syncChecklists } = await import("../app/models/checklists/sync.server");
const { createDepartment } = await import("../app/models/people/department.server");
const { createEmployee } = await import("../app/models/people/employee.server");
const { createUser } = await import("../app/models/people/user.server");
const { createSession } = await import("../app/lib/session.server");
const { requireRole } = await import("../app/lib/auth.server");
const { insertSampleAudits } = await import("../tests/helpers/dashboard-sample");
const views = await import("../app/models/dashboards/views.server");

const db = getDb();
syncChecklists(db, loadChecklistFiles());
const { organisations } = await import("../db/schema");
const orgId = db
  .insert(organisations)
  .values({ code: "EXPLAIN", name: "Explain", standards: ["VMB", "KMSA"] })
  .returning()
  .get().id;
const depts = ["KAS", "BNS", "TPS", "TS", "VS", "PS"].map((code) =>
  createDepartment(db, orgId, { code, name: `Skyrius ${code}`, active: true }),
);
let employeeId = 0;
for (const d of depts)
  for (let i = 0; i < 8; i++)
    employeeId = createEmployee(db, orgId, {
      firstName: `Vardas${i}`,
      lastName: d.code,
      position: "Specialistas",
      departmentId: d.id,
      email: null,
      code: null,
      active: true,
      userId: null,
    }).id;
const leader = await createUser(db, orgId, {
  email: "vadovybe@explain.lt",
  name: "Vadovybė",
  role: "leadership",
  active: true,
  password: "explain-password-123",
  departmentIds: [],
});
const count = Number(values.audits);
const seeded = insertSampleAudits(db, { count, seed: 7 });
console.log(`Scratch database: ${count} published audits, ${seeded.scoreRows} agg_scores rows, ${seeded.itemRows} agg_items rows.\n`);

const cookie = createSession(db, new Request("http://x/"), leader.id).split(";")[0];
const request = () => new Request("http://x/dashboards", { headers: { Cookie: cookie } });
const user = requireRole(request(), views.DASHBOARD_ROLES.overview);

// Capture every statement (with its parameters) that a view runs.
type Captured = { source: string; params: unknown[] };
function capture(fn: () => unknown): Captured[] {
  const seen: Captured[] = [];
  const client = db.$client;
  const prepare = client.prepare.bind(client);
  client.prepare = ((source: string) => {
    const stmt = prepare(source);
    for (const method of ["all", "get", "run", "raw"] as const) {
      if (typeof stmt[method] !== "function") continue;
      const original = (stmt[method] as (...a: unknown[]) => unknown).bind(stmt);
      if (method === "raw") {
        (stmt as unknown as Record<string, unknown>).raw = (...a: unknown[]) => {
          original(...a);
          return stmt;
        };
        continue;
      }
      (stmt as unknown as Record<string, unknown>)[method] = (...params: unknown[]) => {
        seen.push({ source, params });
        return original(...params);
      };
    }
    return stmt;
  }) as typeof client.prepare;
  try {
    fn();
  } finally {
    client.prepare = prepare as typeof client.prepare;
  }
  return seen;
}

function explain(title: string, fn: () => unknown) {
  console.log(`=== ${title} ===`);
  const seen = new Set<string>();
  for (const { source, params } of capture(fn)) {
    if (!/^\s*select/i.test(source) || seen.has(source) || /from "(users|sessions|user_departments|settings)"/.test(source)) continue;
    seen.add(source);
    const plan = db.$client.prepare(`EXPLAIN QUERY PLAN ${source}`).all(...(params as never[])) as {
      id: number;
      parent: number;
      detail: string;
    }[];
    console.log(`\n${source.replace(/\s+/g, " ").slice(0, 400)}${source.length > 400 ? " …" : ""}`);
    const depth = new Map<number, number>([[0, 0]]);
    for (const row of plan) {
      const d = (depth.get(row.parent) ?? 0) + 1;
      depth.set(row.id, d);
      console.log(`${"  ".repeat(d)}${row.detail}`);
    }
  }
  console.log("");
}

const url = new URL("http://x/dashboards");
explain("Overview (/dashboards)", () => views.overviewView(db, user, url));
explain("Channels (/dashboards/channels)", () => views.channelsView(db, user, url));
explain(`Department (/dashboards/departments/${depts[0].id})`, () => views.departmentView(db, user, depts[0].id, url));
explain(`Employee (/dashboards/employees/${employeeId})`, () => views.employeeView(db, user, employeeId, url));

// Overview loader time: the guard (session lookup) plus the view, as the route runs them.
const times: number[] = [];
for (let i = 0; i < 30; i++) {
  const t0 = performance.now();
  views.overviewView(db, requireRole(request(), views.DASHBOARD_ROLES.overview), url);
  times.push(performance.now() - t0);
}
times.sort((a, b) => a - b);
const ms = (x: number) => `${x.toFixed(1)} ms`;
const viewOnly: number[] = [];
for (let i = 0; i < 30; i++) {
  const t0 = performance.now();
  views.overviewView(db, user, url);
  viewOnly.push(performance.now() - t0);
}
viewOnly.sort((a, b) => a - b);
console.log(`Overview queries alone (no session lookup): median ${ms(viewOnly[15])}, best ${ms(viewOnly[0])}.`);
console.log(
  `Overview loader on ${count} audits (30 runs): first ${ms(times.at(-1)!)} worst, median ${ms(times[15])}, best ${ms(times[0])}.`,
);

closeDb();
fs.rmSync(dir, { recursive: true, force: true });
