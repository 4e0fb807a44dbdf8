// The access log in a real browser: leadership opens an employee's results; the employee
// sees that on their own page (phone); the administrator finds it in the access log,
// filters it through the form (the filters land in the URL) and narrows it to the employee,
// on a laptop and on a phone. Then the administrator downloads everything held about the
// employee as a ZIP and anonymises her. No console error, no serious axe finding.
import fs from "node:fs";
import Database from "better-sqlite3";
import { strFromU8, unzipSync } from "fflate";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { seriousA11yViolations } from "./axe";
import { newPage, PHONE, signIn, serverAndBrowserForFile } from "./harness";
import { waitForHydration } from "./page-checks";

const app = serverAndBrowserForFile({ SEED_DEMO: "1" });

function employeeId(name: [string, string]): number {
  const db = new Database(app.server.dbFile, { readonly: true });
  try {
    return (db.prepare("SELECT id FROM employees WHERE first_name = ? AND last_name = ?").get(...name) as { id: number }).id;
  } finally {
    db.close();
  }
}

async function checkPage(page: Page, errors: string[]) {
  expect(await page.locator(".error-page").count()).toBe(0);
  expect(await seriousA11yViolations(page)).toEqual([]);
  expect(errors).toEqual([]);
}

describe("access log of personal data", () => {
  it("leadership's view is shown to the employee and found by the administrator", async () => {
    const egle = employeeId(["Eglė", "Petraitienė"]);

    const lead = await app.browser.newContext({ viewport: { width: 1280, height: 720 } });
    const { page: leadPage, errors: leadErrors } = await newPage(lead);
    await signIn(leadPage, app.server.url, "vadovybe@demo.lt");
    await leadPage.goto(`${app.server.url}/dashboards/employees/${egle}`);
    await waitForHydration(leadPage);
    expect(await leadPage.getByTestId("own-viewers").count()).toBe(0);
    expect(leadErrors).toEqual([]);
    await lead.close();

    // The employee, on a phone: their own page lists who looked.
    const own = await app.browser.newContext(PHONE);
    const { page: ownPage, errors: ownErrors } = await newPage(own);
    await signIn(ownPage, app.server.url, "darbuotojas@demo.lt");
    await ownPage.goto(`${app.server.url}/dashboards/me`);
    await waitForHydration(ownPage);
    await ownPage.getByRole("heading", { name: "Kas žiūrėjo jūsų rezultatus" }).waitFor();
    const viewers = ownPage.getByTestId("own-viewers");
    expect(await viewers.textContent()).toMatch(/vadovybė/);
    expect(await viewers.textContent()).toMatch(/Žiūrėjo darbuotojo rezultatus/);
    await checkPage(ownPage, ownErrors);
    await own.close();

    for (const options of [{ viewport: { width: 1280, height: 720 } }, PHONE]) {
      const context = await app.browser.newContext(options);
      const { page, errors } = await newPage(context);
      await signIn(page, app.server.url, "admin@demo.lt");
      // The navigation offers the log (on the phone inside the menu).
      expect(await page.locator('nav a[href="/admin/access-log"]').count()).toBeGreaterThan(0);
      await page.goto(`${app.server.url}/admin/access-log`);
      await waitForHydration(page);
      await page.getByRole("heading", { name: "Prieigos prie asmens duomenų žurnalas", level: 1 }).waitFor();
      await checkPage(page, errors);

      // Filter through the form: the choice goes into the URL.
      await page.getByTestId("log-action").selectOption("view_dashboard");
      await Promise.all([page.waitForURL(/action=view_dashboard/), page.getByRole("button", { name: "Rodyti" }).click()]);
      const table = page.getByTestId("access-log");
      await table.waitFor();
      const rows = table.locator("tbody tr");
      expect(await rows.count()).toBeGreaterThan(0);
      for (const text of await rows.allTextContents()) expect(text).toContain("Žiūrėjo darbuotojo rezultatus");
      const leadRow = rows.filter({ hasText: "vadovybe@demo.lt" }).filter({ hasText: "Eglė Petraitienė" }).first();
      await leadRow.waitFor();

      // The employee's name narrows the log to entries about her.
      await Promise.all([page.waitForURL(new RegExp(`employee=${egle}`)), leadRow.getByRole("link", { name: "Eglė Petraitienė" }).click()]);
      await page.getByTestId("log-employee").waitFor();
      expect(await page.getByTestId("log-employee").textContent()).toContain("Eglė Petraitienė");
      for (const text of await page.getByTestId("access-log").locator("tbody tr").allTextContents())
        expect(text).toContain("Eglė Petraitienė");
      await checkPage(page, errors);
      await context.close();
    }
  });

  it("the administrator exports everything about an employee, then anonymises her", async () => {
    const egle = employeeId(["Eglė", "Petraitienė"]);
    for (const options of [PHONE, { viewport: { width: 1280, height: 720 } }]) {
      const context = await app.browser.newContext({ ...options, acceptDownloads: true });
      const { page, errors } = await newPage(context);
      await signIn(page, app.server.url, "admin@demo.lt");
      await page.goto(`${app.server.url}/admin/employees/${egle}`);
      await waitForHydration(page);
      const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("employee-export").click()]);
      expect(download.suggestedFilename()).toMatch(new RegExp(`^asmens-duomenys-${egle}-\\d{4}-\\d{2}-\\d{2}\\.zip$`));
      const zip = unzipSync(new Uint8Array(fs.readFileSync((await download.path())!)));
      expect(Object.keys(zip)).toContain("santrauka.txt");
      expect(strFromU8(zip["santrauka.txt"])).toContain("Eglė Petraitienė");
      expect(strFromU8(zip["vertinimai.csv"]).split("\r\n").length).toBeGreaterThan(2);
      await checkPage(page, errors);
      await context.close();
    }

    const context = await app.browser.newContext(PHONE);
    const { page, errors } = await newPage(context);
    await signIn(page, app.server.url, "admin@demo.lt");
    await page.goto(`${app.server.url}/admin/employees/${egle}`);
    await Promise.all([page.waitForURL(/\/anonymise$/), page.getByTestId("employee-anonymise").click()]);
    await waitForHydration(page);
    await checkPage(page, errors);
    // Without the confirmation the form says what is missing and sends nothing.
    await page.getByTestId("anonymise-submit").click();
    await page.getByText("Pažymėkite, kad suprantate pasekmes.").waitFor();
    await page.getByLabel(/Suprantu, kad Eglė Petraitienė/).check();
    await Promise.all([page.waitForURL(new RegExp(`/admin/employees/${egle}$`)), page.getByTestId("anonymise-submit").click()]);
    await page.getByText("Asmens duomenys nuasmeninti.").waitFor();
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(`Darbuotojas: Anonimizuotas darbuotojas Nr. ${egle}`);
    await checkPage(page, errors);
    await context.close();
  });
});
