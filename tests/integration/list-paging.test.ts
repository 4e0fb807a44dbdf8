// The long lists (audits, review queue, employees, users) are paged by SQL: 50 rows a page, a
// total count, and sort and filters from the URL, in Lithuanian alphabetical order.
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "~/db.server";
import { createEmployee } from "~/models/people/employee.server";
import { loader as auditsLoader } from "~/routes/audits._index/route";
import { loader as employeesLoader } from "~/routes/admin.employees._index/route";
import { loader as reviewLoader } from "~/routes/review._index/route";
import { loader as usersLoader } from "~/routes/admin.users._index/route";
import { audits } from "../../db/schema";
import { testDb } from "../helpers/db";
import { getRequest, routeArgs, settle } from "../helpers/requests";
import { makeUser, testOrgId } from "../helpers/users";
import { dashboardOrganisation } from "./dashboards-fixtures";
import { and, eq } from "drizzle-orm";

let db: Db;
let fixture: Awaited<ReturnType<typeof dashboardOrganisation>>;
const SURNAMES = [
  "Žukauskas",
  "Zabiela",
  "Šimkus",
  "Sabonis",
  "Čepas",
  "Cibulskis",
  "Ąžuolaitis",
  "Adomaitis",
  "Yla",
  "Ivanauskas",
  "Jonaitis",
];

beforeAll(async () => {
  db = testDb();
  fixture = await dashboardOrganisation(db, { audits: 130 });
  const { org } = fixture;
  // 4 from the fixture + 66 = 70 employees.
  for (let i = 0; i < 66; i += 1) {
    createEmployee(db, testOrgId(db), {
      firstName: `Vardas${String(i).padStart(2, "0")}`,
      lastName: SURNAMES[i % SURNAMES.length],
      position: "Specialistė",
      departmentId: i % 2 ? org.own.id : org.other.id,
      email: null,
      code: null,
      active: i % 5 !== 0,
      userId: null,
    });
  }
  for (let i = 0; i < 55; i += 1) await makeUser(db, i % 3 ? "mystery_shopper" : "supervisor", { departmentIds: [org.own.id] });
  // Some submitted audits for the review queue.
  const ids = db.select({ id: audits.id }).from(audits).where(eq(audits.auditType, "mystery_shopper")).limit(60).all();
  for (const { id } of ids)
    db.update(audits)
      .set({ state: "submitted", submittedAt: 1_700_000_000_000 + id })
      .where(eq(audits.id, id))
      .run();
});

async function load<T>(loader: (a: ReturnType<typeof routeArgs>) => T, path: string, cookie: string) {
  return (await settle(() => loader(routeArgs(getRequest(path, { cookie }))))) as Awaited<T>;
}

describe("paged lists", () => {
  it("the employees list: 50 a page, the total, Lithuanian order, sort and filter in the URL", async () => {
    const cookie = fixture.org.cookies.admin;
    const first = await load(employeesLoader, "/admin/employees", cookie);
    expect(first.total).toBe(70);
    expect(first.employees).toHaveLength(50);
    const second = await load(employeesLoader, "/admin/employees?page=2", cookie);
    expect(second.employees).toHaveLength(20);
    const all = [...first.employees, ...second.employees];
    expect(new Set(all.map((e) => e.id)).size).toBe(70);
    const surnames = all.map((e) => e.name.split(" ").slice(1).join(" "));
    const collator = new Intl.Collator("lt");
    expect(surnames).toEqual([...surnames].sort(collator.compare));
    expect(surnames.indexOf("Čepas")).toBeGreaterThan(surnames.lastIndexOf("Cibulskis"));
    expect(surnames.indexOf("Šimkus")).toBeLessThan(surnames.indexOf("Zabiela"));

    const desc = await load(employeesLoader, "/admin/employees?sort=name&dir=desc", cookie);
    expect(desc.employees[0].name).toMatch(/Žukauskas$/);
    const inactiveFirst = await load(employeesLoader, "/admin/employees?sort=status&dir=asc", cookie);
    expect(inactiveFirst.employees[0].active).toBe(false);
    const search = await load(employeesLoader, "/admin/employees?q=zukausk", cookie);
    expect(search.total).toBe(6);
    expect(search.employees.every((e) => e.name.endsWith("Žukauskas"))).toBe(true);
    // A LIKE wildcard in the search is a character, not "anything".
    expect((await load(employeesLoader, "/admin/employees?q=%25", cookie)).total).toBe(0);
    const own = await load(employeesLoader, `/admin/employees?department=${fixture.org.own.id}`, cookie);
    expect(own.employees.every((e) => e.departmentName === "Skyrius " + fixture.org.own.code)).toBe(true);
  });

  it("the users list: 50 a page, the total, a role filter and sort", async () => {
    const cookie = fixture.org.cookies.admin;
    const first = await load(usersLoader, "/admin/users", cookie);
    expect(first.total).toBeGreaterThan(50);
    expect(first.users).toHaveLength(50);
    const shoppers = await load(usersLoader, "/admin/users?role=mystery_shopper", cookie);
    expect(shoppers.users.every((u) => u.role === "mystery_shopper")).toBe(true);
    expect(shoppers.total).toBe(37);
    const byEmail = await load(usersLoader, "/admin/users?sort=email&dir=desc&page=2", cookie);
    const emails = byEmail.users.map((u) => u.email);
    expect(emails).toEqual([...emails].sort().reverse());
    // A supervisor's departments come with each row of the page.
    expect(first.users.find((u) => u.role === "supervisor")!.departments.length).toBeGreaterThan(0);
  });

  it("the audit list: 50 a page, the total, and sort by score", async () => {
    const cookie = fixture.org.cookies.leadership;
    const first = await load(auditsLoader, "/audits", cookie);
    expect(first.total).toBe(130);
    expect(first.audits).toHaveLength(50);
    const third = await load(auditsLoader, "/audits?page=3", cookie);
    expect(third.audits).toHaveLength(30);
    const byScore = await load(auditsLoader, "/audits?sort=score&dir=asc", cookie);
    const scores = byScore.audits.map((a) => a.score ?? -1);
    expect(scores).toEqual([...scores].sort((a, b) => a - b));
    // An unknown column is not passed to SQL: the default order.
    const unknown = await load(auditsLoader, "/audits?sort=auditor_id", cookie);
    expect(unknown.audits.map((a) => a.id)).toEqual(first.audits.map((a) => a.id));
  });

  it("the review queue: 50 a page with the count of all that wait, oldest first", async () => {
    const cookie = fixture.org.cookies.leadership;
    const waiting = db
      .select({ id: audits.id })
      .from(audits)
      .where(and(eq(audits.state, "submitted"), eq(audits.auditType, "mystery_shopper"), eq(audits.orgId, fixture.org.orgId)))
      .all().length;
    expect(waiting).toBeGreaterThan(50);
    const first = await load(reviewLoader, "/review", cookie);
    expect(first.total).toBe(waiting);
    expect(first.queue).toHaveLength(50);
    const submitted = first.queue.map((a) => a.submittedAt!);
    expect(submitted).toEqual([...submitted].sort((a, b) => a - b));
    const second = await load(reviewLoader, "/review?page=2&sort=score&dir=desc", cookie);
    expect(second.queue).toHaveLength(waiting - 50);
  });
});
