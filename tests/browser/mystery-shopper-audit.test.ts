// Mystery-shopper journey on a phone: start an in-person audit of the Vilnius checklist for
// KAS, fill it, save a draft, resume it after a reload, submit; leadership publishes it.
// Also: a submit with a missing answer is refused with the error at the item, and unsent
// changes come back from the browser's copy after a reload.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { answerItem, item, itemKeys } from "./audit-fill";
import { seriousA11yViolations } from "./axe";
import { newPage, PHONE, signIn, signOut, serverAndBrowserForFile } from "./harness";

const app = serverAndBrowserForFile();

const CHECKLIST = "VMB · Apsilankymas įmonėje (slaptasis klientas)";
const KAS = "Klientų aptarnavimo skyrius";
const NO_ITEM = "vmb.greet.full_attention"; // requires a comment when not met
const NA_ITEM = "vmb.greet.phone_rings_during_service";
const PHRASE_ITEM = "vmb.greet.phrase";
const MEASURE_ITEM = "vmb.attitude.solution_or_help_minutes";

/** Steps 1 and 2 of the start form; returns the new draft's id (on its fill-in page). */
async function startAudit(page: Page): Promise<number> {
  await page.goto(`${app.server.url}/audits/new`);
  const step1 = page.getByTestId("start-step1");
  await step1.getByLabel("Kontrolinis sąrašas").selectOption({ label: CHECKLIST });
  await step1.getByLabel("Skyrius").selectOption({ label: KAS });
  await Promise.all([page.waitForURL(/checklistId=vmb-in-person/), page.getByTestId("start-continue").click()]);
  const form = page.getByTestId("start-form");
  await form.waitFor();
  await form.getByLabel("Kur").fill("Vilnius, Ukmergės g. 1");
  await form.getByLabel("Scenarijus").fill("Klausiau, kaip pateikti prašymą dėl būsto nuomos.");
  // The name filter narrows the roster; the choice is then made in the select.
  await page.getByTestId("employee-search").fill("jankausk");
  const options = await page.getByTestId("employee-select").locator("option").allTextContents();
  expect(options.filter((o) => o.includes("–"))).toEqual(["Jankauskienė, Aušra – Vyresnioji klientų aptarnavimo specialistė"]);
  await page.getByTestId("employee-select").selectOption({ label: "Jankauskienė, Aušra – Vyresnioji klientų aptarnavimo specialistė" });
  await Promise.all([page.waitForURL(/\/audits\/\d+\/edit$/), page.getByTestId("start-submit").click()]);
  await page.getByText("Vertinimas pradėtas. Pildykite kontrolinį sąrašą.").waitFor();
  return Number(/\/audits\/(\d+)\/edit/.exec(page.url())![1]);
}

describe("mystery-shopper audit", () => {
  it("a shopper fills, saves, resumes and submits an audit; leadership publishes it", async () => {
    const context = await app.browser.newContext(PHONE);
    const { page, errors } = await newPage(context);
    await signIn(page, app.server.url, "klientas@demo.lt");

    let fillMs = 0;
    let since = Date.now();
    const pause = () => (fillMs += Date.now() - since);
    const resume = () => (since = Date.now());

    const id = await startAudit(page);
    pause();
    expect(await seriousA11yViolations(page)).toEqual([]);
    resume();

    const keys = await itemKeys(page);
    expect(keys.length).toBeGreaterThan(40);
    for (const key of keys) {
      if (key === NO_ITEM) await answerItem(page, key, { kind: "choice", label: "Ne", comment: "Kalbėjo telefonu su kolega." });
      else if (key === NA_ITEM) await answerItem(page, key, { kind: "choice", label: "Netaikoma" });
      else await answerItem(page, key);
    }
    // With JavaScript "save" sends what waits at once and the page stays.
    await page.getByTestId("save-draft").click();
    await page.locator('[data-testid="sync-waiting"][data-count="0"]').waitFor();
    await page.getByTestId("sync-confirmed").waitFor();
    expect(page.url()).toMatch(/\/audits\/\d+\/edit$/);

    // Resume from the server's draft alone: the device's copy is dropped first.
    await page.evaluate(
      () =>
        new Promise((done) => {
          const request = indexedDB.deleteDatabase("etalonas-field");
          request.onsuccess = request.onerror = request.onblocked = () => done(null);
        }),
    );
    await page.reload();
    await item(page, NO_ITEM).waitFor();
    expect(await item(page, NO_ITEM).getByLabel("Ne", { exact: true }).isChecked()).toBe(true);
    expect(await item(page, NO_ITEM).getByLabel("Komentaras", { exact: true }).inputValue()).toBe("Kalbėjo telefonu su kolega.");
    expect(await item(page, NA_ITEM).getByLabel("Netaikoma", { exact: true }).isChecked()).toBe(true);
    expect(await item(page, PHRASE_ITEM).getByLabel("Laba diena", { exact: true }).isChecked()).toBe(true);
    expect(await item(page, MEASURE_ITEM).locator(".measure input").inputValue()).toBe("10");
    const checked = await page
      .locator('fieldset[data-testid^="item-"]')
      .evaluateAll(
        (els) =>
          els.filter((e) => e.querySelector("input:checked") || (e.querySelector(".measure input") as HTMLInputElement | null)?.value)
            .length,
      );
    expect(checked).toBe(keys.length);
    expect(await page.getByTestId("autosave-status").textContent()).not.toContain("Atkurti");

    await Promise.all([page.waitForURL(new RegExp(`/audits/${id}$`)), page.getByTestId("submit-audit").click()]);
    await page.getByText("Vertinimas pateiktas peržiūrai.").waitFor();
    pause();
    console.log(`fill time: ${(fillMs / 1000).toFixed(1)} s (${keys.length} items, start form to submit confirmation)`);
    expect(await page.getByTestId("audit-state").textContent()).toBe("pateiktas");

    // The shopper's list shows it as submitted.
    await page.goto(`${app.server.url}/audits`);
    const row = page.getByTestId("audit-list").locator("tr", { has: page.locator(`a[href="/audits/${id}"]`) });
    expect(await row.locator(".badge").textContent()).toBe("pateiktas");
    expect(await page.getByTestId("my-drafts").count()).toBe(0);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await signOut(page);

    // Leadership reviews and publishes.
    await signIn(page, app.server.url, "vadovybe@demo.lt");
    await page.goto(`${app.server.url}/review`);
    await Promise.all([page.waitForURL(new RegExp(`/review/${id}$`)), page.getByTestId(`review-link-${id}`).click()]);
    await page.getByTestId("audit-record").waitFor();
    expect(await page.getByTestId("audit-employee").textContent()).toContain("Aušra Jankauskienė");
    expect(await seriousA11yViolations(page)).toEqual([]);
    await Promise.all([page.waitForURL(new RegExp(`/audits/${id}$`)), page.getByTestId("publish").click()]);
    await page.getByText("Vertinimas paskelbtas.").waitFor();
    expect(await page.getByTestId("audit-state").textContent()).toBe("paskelbtas");
    expect(await page.getByTestId("audit-score").textContent()).toMatch(/^\d+(,\d)?/);
    expect(await page.getByTestId("audit-history").textContent()).toMatch(/pateiktas.*paskelbtas/s);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("a missing answer is refused at the item, and unsent changes survive a reload", async () => {
    const context = await app.browser.newContext(PHONE);
    const { page, errors } = await newPage(context);
    await signIn(page, app.server.url, "klientas@demo.lt");
    const id = await startAudit(page);
    const keys = await itemKeys(page);
    const missing = keys[keys.length - 1];
    for (const key of keys.slice(0, -1)) await answerItem(page, key);

    await page.getByTestId("submit-audit").click();
    const summary = page.getByTestId("answer-errors");
    await summary.waitFor();
    expect(await summary.textContent()).toContain("Rasta 1 klaida");
    const box = item(page, missing);
    expect(await box.getAttribute("class")).toContain("audit-item--invalid");
    const describedBy = await box.getAttribute("aria-describedby");
    expect(await page.locator(`[id="${describedBy}"]`).textContent()).toBeTruthy();
    expect(page.url()).toMatch(new RegExp(`/audits/${id}/edit$`));
    // Nothing was submitted: the record still says draft.
    const response = await page.request.get(`${app.server.url}/audits/${id}`);
    expect(await response.text()).toContain(">juodraštis<");

    // The connection drops: the change stays in the browser and is put back after a reload.
    await page.route("**/autosave", (route) => route.abort());
    const changed = keys[3];
    await answerItem(page, changed, { kind: "choice", label: "Ne" });
    await page.getByText("Nepavyko išsaugoti serveryje; pakeitimai laikomi šiame įrenginyje.").waitFor();
    await page.reload();
    await page.getByText("Atkurti neišsiųsti pakeitimai iš šio įrenginio.").waitFor();
    expect(await item(page, changed).getByLabel("Ne", { exact: true }).isChecked()).toBe(true);
    expect(await item(page, changed).getByLabel("Taip", { exact: true }).isChecked()).toBe(false);
    // The only console errors are the refused autosave requests.
    expect(errors.filter((e) => !/Failed to load resource: net::ERR_FAILED/.test(e))).toEqual([]);
    await context.close();
  });
});
