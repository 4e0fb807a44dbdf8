// The calibration journey (issue 18): leadership creates a session with three mystery
// shoppers, each fills the checklist blind on a phone, leadership closes the session and sees
// α with its interval, percent agreement and each shopper's agreement; a shopper then reads
// the results on the phone.
import { eq } from "drizzle-orm";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { openDatabase } from "../../app/db.server";
import { createUser } from "../../app/models/people/user.server";
import { users } from "../../db/schema";
import { answerItem, itemKeys } from "./audit-fill";
import { seriousA11yViolations } from "./axe";
import { newPage, PHONE, signIn, signOut, serverAndBrowserForFile } from "./harness";
import { horizontalOverflow } from "./page-checks";

const app = serverAndBrowserForFile();
const PASSWORD = "kalibravimo slaptažodis 2026";
const EXTRA = [
  { email: "klientas2@demo.lt", name: "Greta Antroji" },
  { email: "klientas3@demo.lt", name: "Paulius Trečiasis" },
];

/** Two more shoppers of the demo's first organisation (the demo has one). */
async function addShoppers() {
  const db = openDatabase(app.server.dbFile);
  try {
    const orgId = db.select().from(users).where(eq(users.email, "vadovybe@demo.lt")).get()!.orgId;
    for (const s of EXTRA)
      await createUser(db, orgId, { ...s, role: "mystery_shopper", active: true, password: PASSWORD, departmentIds: [] });
  } finally {
    db.$client.close();
  }
}

/** Fills the whole checklist with good answers, except the first `noCount` choice items answered "Ne". */
async function fillBlind(page: Page, noCount: number) {
  const keys = await itemKeys(page, '[data-testid="calibration-form"]');
  expect(keys.length).toBeGreaterThan(5);
  let no = 0;
  for (const key of keys) {
    if (key.endsWith("_women")) {
      await answerItem(page, key, { kind: "choice", label: "Netaikoma" });
      continue;
    }
    const choice = (await page.locator(`fieldset[data-testid="item-${key}"]`).getByLabel("Ne", { exact: true }).count()) > 0;
    if (choice && no < noCount) {
      no++;
      await answerItem(page, key, { kind: "choice", label: "Ne", comment: "Darbuotoja neprisistatė." });
    } else await answerItem(page, key);
  }
}

describe("calibration session", () => {
  it("three shoppers judge the same case blind; leadership closes it and sees α", { timeout: 300_000 }, async () => {
    await addShoppers();
    const laptop = await app.browser.newContext({ viewport: { width: 1280, height: 720 } });
    const lead = await newPage(laptop);
    await signIn(lead.page, app.server.url, "vadovybe@demo.lt");
    await lead.page.goto(`${app.server.url}/calibration`);
    await lead.page.getByTestId("new-session").click();
    const form = lead.page.getByTestId("session-form");
    await form.getByLabel("Pavadinimas").fill("Apsilankymas dėl nuomos mokesčio");
    await form
      .getByLabel("Vertinamo atvejo aprašas")
      .fill("Klientė atėjo 9:05, laukė 3 min.; darbuotoja nepasisveikino, bet paaiškino tvarką.");
    await form.getByLabel("Kontrolinis sąrašas").selectOption("vmb-in-person");
    await form.getByLabel("Skyrius, kuriame vyko atvejis").selectOption({ label: "Klientų aptarnavimo skyrius" });
    await form.getByLabel("Terminas").fill(new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10));
    for (const name of ["Tomas Slaptasis", ...EXTRA.map((s) => s.name)]) await form.getByLabel(`${name} (slaptasis klientas)`).check();
    expect(await seriousA11yViolations(lead.page)).toEqual([]);
    await Promise.all([lead.page.waitForURL(/\/calibration\/\d+$/), lead.page.getByTestId("create-session").click()]);
    await lead.page.getByText("Kalibravimo sesija sukurta.").waitFor();
    const sessionUrl = lead.page.url();
    expect(await lead.page.getByTestId("participants").locator("li").count()).toBe(3);
    expect(await seriousA11yViolations(lead.page)).toEqual([]);

    const phone = await app.browser.newContext(PHONE);
    const shoppers = [
      { email: "klientas@demo.lt", password: undefined, no: 0 },
      { email: EXTRA[0].email, password: PASSWORD, no: 1 },
      { email: EXTRA[1].email, password: PASSWORD, no: 3 },
    ];
    const shopperPage = await newPage(phone);
    for (const [i, s] of shoppers.entries()) {
      const { page } = shopperPage;
      await signIn(page, app.server.url, s.email, s.password);
      await page.goto(sessionUrl);
      await page.getByTestId("material").waitFor();
      await fillBlind(page, s.no);
      if (i === 0) expect(await seriousA11yViolations(page)).toEqual([]);
      await page.getByTestId("submit-calibration").click();
      await page.getByText("Jūsų atsakymai pateikti.").waitFor();
      // Blind: no results, no one else's answers while the session is open.
      expect(await page.getByTestId("agreement-summary").count()).toBe(0);
      expect(await page.getByTestId("calibration-form").count()).toBe(0);
      await signOut(page);
    }

    await lead.page.goto(sessionUrl);
    expect(await lead.page.getByTestId("participants").textContent()).not.toContain("dar nepateikė");
    await lead.page.getByTestId("close-session").click();
    await lead.page.getByText("Sesija uždaryta. Rezultatai matomi visiems dalyviams.").waitFor();
    const alpha = (await lead.page.getByTestId("alpha").textContent())!;
    // Lithuanian number format: decimal comma, the minus sign U+2212.
    expect(alpha).toMatch(/^[-−]?\d,\d{3} 95 % PI [-−]?\d,\d{3}–[-−]?\d,\d{3}/);
    expect(alpha).toMatch(/Patikima|Preliminari|Nepatikima/);
    expect(await lead.page.getByTestId("percent-agreement").textContent()).toMatch(/^\d+ %$/);
    const rows = lead.page.getByTestId("auditor-agreement").locator("tbody tr");
    expect(await rows.count()).toBe(3);
    // Compared with the majority of the other two: on the first item both others said "Ne", so
    // Tomas (all "Taip") deviates there; Greta's one "Ne" is where the others are split.
    const agreementOf = async (name: string) => (await rows.filter({ hasText: name }).locator("td").first().textContent())!;
    expect(await agreementOf("Greta Antroji")).toBe("100 %");
    expect(Number((await agreementOf("Tomas Slaptasis")).replace(" %", ""))).toBeLessThan(100);
    expect(await lead.page.getByTestId("item-answers").locator("tbody tr").count()).toBeGreaterThan(5);
    // Each shopper's deviations from the others' majority are marked in the item table.
    expect(await lead.page.getByTestId("item-answers").locator("td.deviation").count()).toBeGreaterThan(0);
    await lead.page.getByLabel("Pastaba").fill("Aptarta: pasisveikinimas vertinamas „Ne“, jei darbuotoja nepasako savo vardo.");
    await lead.page.getByRole("button", { name: "Pridėti pastabą" }).click();
    await lead.page.getByText("Pastaba pridėta.").waitFor();
    expect(await seriousA11yViolations(lead.page)).toEqual([]);

    // The overview: each shopper's latest agreement, and the items agreed on least.
    await lead.page.goto(`${app.server.url}/calibration`);
    await lead.page.getByTestId("overview-link").click();
    await lead.page.getByTestId("auditor-trend").waitFor();
    expect(await lead.page.getByTestId("auditor-trend").locator("tbody tr").count()).toBe(3);
    expect(await lead.page.getByTestId("lowest-items").locator("tbody tr").count()).toBeGreaterThan(0);
    expect(await seriousA11yViolations(lead.page)).toEqual([]);
    expect(lead.errors).toEqual([]);

    // A shopper reads the results and the note on the phone.
    const { page, errors } = shopperPage;
    await signIn(page, app.server.url, EXTRA[1].email, PASSWORD);
    await page.goto(sessionUrl);
    await page.getByTestId("alpha").waitFor();
    expect(await page.getByTestId("notes").textContent()).toContain("Aptarta: pasisveikinimas");
    expect(await horizontalOverflow(page)).toBeNull();
    expect(await seriousA11yViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await laptop.close();
    await phone.close();
  });
});
