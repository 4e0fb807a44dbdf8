// The programme view in Chromium: a programme viewer opens /programme from the navigation on a
// phone and on a laptop, sees their organisations' stage means (a bar chart after hydration,
// the same numbers in the table, "Per mažai duomenų" where an organisation has fewer than 3
// audits), never an organisation not granted to them; no console error, axe finds nothing
// serious. The server starts without the demo and the test writes its own organisations (the
// demo gets a programme viewer with the organisations work).
import { describe, expect, it } from "vitest";
import { openDatabase } from "../../app/db.server";
import { currentVersionId, getChecklistVersion } from "../../app/models/audits/checklists.server";
import { insertCompletedAudit } from "../../app/models/audits/store.server";
import { createUser } from "../../app/models/people/user.server";
import { departments, organisations, userOrganisations } from "../../db/schema";
import { completeAnswers } from "../integration/audits-fixtures";
import { seriousA11yViolations } from "./axe";
import { newPage, PHONE, serverAndBrowserForFile, signIn } from "./harness";
import { ambiguousOptions, hiddenSidewaysContent, horizontalOverflow, smallTargets } from "./page-checks";

const app = serverAndBrowserForFile({ SEED_DEMO: "0" });
const PASSWORD = "programos stebėtojo slaptažodis";
const EMAIL = "stebetojas@programa.lt";

async function seed(dbFile: string) {
  const db = openDatabase(dbFile);
  try {
    const org = (code: string, name: string, standards: string[]) => {
      const id = db.insert(organisations).values({ code, name, standards }).returning().get().id;
      const dept = db
        .insert(departments)
        .values({ orgId: id, code: `${code}1`, name: `Skyrius ${code}` })
        .returning()
        .get().id;
      return { id, dept };
    };
    const vmb = org("VMB", "SĮ „Vilniaus miesto būstas“", ["VMB"]);
    const kmsa = org("KMSA", "Kauno miesto savivaldybės administracija", ["KMSA"]);
    const hidden = org("SLP", "Slapta įstaiga", ["VMB"]);
    const viewer = await createUser(db, null, {
      email: EMAIL,
      name: "Programos Stebėtoja",
      role: "programme_viewer",
      active: true,
      password: PASSWORD,
      departmentIds: [],
    });
    db.insert(userOrganisations)
      .values([
        { userId: viewer.id, orgId: vmb.id },
        { userId: viewer.id, orgId: kmsa.id },
      ])
      .run();
    const audit = (departmentId: number, checklistId: string, overrides = {}) => {
      const versionId = currentVersionId(db, checklistId)!;
      const checklist = getChecklistVersion(db, versionId);
      insertCompletedAudit(db, {
        checklistVersionId: versionId,
        auditType: checklist.audit_types[0],
        channel: checklist.channels[0],
        departmentId,
        employeeId: null,
        auditorId: null,
        interactionAt: Date.now() - 86_400_000,
        answers: completeAnswers(checklist, overrides),
        state: "published",
        actorId: null,
      });
    };
    for (let i = 0; i < 3; i++)
      audit(vmb.dept, "vmb-in-person", i ? {} : { "vmb.greet.greets_first": { choice: "no", comment: "Nepasisveikino." } });
    for (let i = 0; i < 3; i++) audit(kmsa.dept, "kmsa-in-person");
    audit(kmsa.dept, "kmsa-phone");
    audit(hidden.dept, "vmb-in-person");
  } finally {
    db.$client.close();
  }
}

describe("programme view", () => {
  it("a programme viewer compares their organisations by stage on a phone and on a laptop", async () => {
    await seed(app.server.dbFile);
    // The every-page checks (tests/browser/every-page.test.ts) with their target sizes.
    for (const [size, minTarget] of [
      [PHONE, 44],
      [{ viewport: { width: 1280, height: 720 } }, 24],
    ] as const) {
      const context = await app.browser.newContext(size);
      const { page, errors } = await newPage(context);
      await signIn(page, app.server.url, EMAIL, PASSWORD);
      const nav = page.getByRole("navigation", { name: "Pagrindinė navigacija" }).getByRole("link", { name: "Programos palyginimas" });
      await Promise.all([page.waitForURL(/\/programme/), nav.click()]);
      await page.getByRole("heading", { level: 1, name: "Organizacijų palyginimas pagal aptarnavimo etapus" }).waitFor();

      // The chart is drawn after hydration: bars for the organisations with 3 audits.
      await page.locator('[data-testid="chart-stages"] .recharts-bar-rectangle').first().waitFor();
      const orgs = await page.getByTestId("programme-org").allTextContents();
      expect(orgs.join(" | ")).toContain("Vilniaus miesto būstas");
      expect(orgs.join(" | ")).toContain("Kauno miesto savivaldybės administracija");
      expect(orgs.join(" | ")).toContain("Standartas: KMSA");
      expect(await page.content()).not.toContain("Slapta įstaiga");
      // Greeting: VMB 3 audits, one rule broken once → a mean with a decimal comma below 100.
      const greeting = page.getByTestId("stage-greeting");
      const means = await greeting.getByTestId("stage-mean").allTextContents();
      expect(means).toHaveLength(2);
      expect(means.some((m) => /^\d+,\d$/.test(m.trim()))).toBe(true);
      expect(await greeting.textContent()).toContain("n = 3");
      // Phone: one KMSA audit → no number to rank by.
      expect(await page.getByTestId("stage-phone").getByTestId("too-few").textContent()).toContain("Per mažai duomenų");
      // No employee, department or rule on the page.
      expect(await page.content()).not.toMatch(/Skyrius (VMB|KMSA)|vmb\.greet|Programos Stebėtoja.*Skyrius/);
      // The table fits or scrolls in its own region; the page itself does not scroll sideways.
      expect(await horizontalOverflow(page)).toBeNull();
      expect(await hiddenSidewaysContent(page)).toEqual([]);
      expect(await smallTargets(page, minTarget)).toEqual([]);
      expect(await ambiguousOptions(page)).toEqual([]);
      expect(await seriousA11yViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    }
  });
});
