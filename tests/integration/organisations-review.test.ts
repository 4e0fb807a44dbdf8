// Organisations (issue 16), found in a review of every loader and model: places where one
// organisation's page or file showed something of another.
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { loadChecklistFiles } from "../../app/domain/checklists/load.server";
import { loadSessionUser } from "../../app/lib/auth.server";
import { syncChecklists } from "../../app/models/checklists/sync.server";
import { overviewView } from "../../app/models/dashboards/views.server";
import { loader as exportPage } from "../../app/routes/admin.export/route";
import { loader as importPage } from "../../app/routes/admin.import._index/route";
import { loader as templateCsv } from "../../app/routes/checklists.$id.template[.]csv";
import { organisations } from "../../db/schema";
import { testDb } from "../helpers/db";
import { getRequest, routeArgs, settle, statusOf } from "../helpers/requests";
import { makeDepartment, makeOrg, makeOrganisation } from "../helpers/users";

const db = testDb();
let first: Awaited<ReturnType<typeof makeOrganisation>>;
let second: Awaited<ReturnType<typeof makeOrganisation>>;
let secret: { id: number };

beforeAll(async () => {
  syncChecklists(db, loadChecklistFiles());
  first = await makeOrganisation(db, makeOrg(db, "PIRMA", ["VMB", "KMSA"]));
  // The first organisation's department whose code comes first in the whole installation.
  secret = makeDepartment(db, "AAA-SLAPTAS", "Slaptas skyrius", first.orgId);
  db.update(organisations).set({ rankingMinimum: 7, scoreTarget: 93 }).where(eq(organisations.id, first.orgId)).run();
  // Under the other standard only.
  second = await makeOrganisation(db, makeOrg(db, "ANTRA", ["KMSA"]));
});

describe("another organisation", () => {
  it("lends no department code to a checklist's import template", async () => {
    const response = await templateCsv(
      routeArgs(getRequest("/checklists/kmsa-phone/template.csv", { cookie: second.cookies.admin }), { id: "kmsa-phone" }),
    );
    const text = await response.text();
    expect(text).not.toContain("AAA-SLAPTAS");
    // Its own first department code instead.
    expect(text).toContain(`;${[second.own.code, second.other.code].sort()[0]};`);
  });

  it("has a template only for its standards' checklists", async () => {
    const other = await settle(() =>
      templateCsv(routeArgs(getRequest("/checklists/vmb-phone/template.csv", { cookie: second.cookies.admin }), { id: "vmb-phone" })),
    );
    expect(statusOf(other)).toBe(404);
  });

  it("is offered only its standards' checklists on the import and export pages", async () => {
    const imports = await importPage(routeArgs(getRequest("/admin/import", { cookie: second.cookies.admin })));
    const exports = await exportPage(routeArgs(getRequest("/admin/export", { cookie: second.cookies.leadership })));
    for (const { checklists } of [imports, exports]) {
      expect(checklists.length).toBeGreaterThan(0);
      expect(checklists.map((c) => c.id).filter((id) => !id.startsWith("kmsa-"))).toEqual([]);
    }
  });

  it("does not set the overview's ranking minimum and score target through a department filter", () => {
    const leadership = loadSessionUser(db, second.users.leadership.id)!;
    const view = overviewView(db, leadership, new URL(`http://x/dashboards?department=${secret.id}`));
    expect([view.data.minN, view.data.target]).toEqual([3, null]);
    expect(view.data.departments.map((d) => d.code)).not.toContain("AAA-SLAPTAS");
  });
});
