// Organisations (issue 16), the journey of "done": a platform administrator creates a third
// organisation in the browser and grants it the agency's shopper, its administrator imports a
// roster, the shopper (working for several organisations) audits in two of them, and no
// page of one organisation shows anything of another.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { answerItem, itemKeys } from "./audit-fill";
import { seriousA11yViolations } from "./axe";
import { newPage, PHONE, signIn, signOut, serverAndBrowserForFile } from "./harness";
import { waitForHydration } from "./page-checks";

const app = serverAndBrowserForFile({ SEED_DEMO: "1" });

const NEW_ORG = "Alytaus miesto savivaldybės administracija";
const ADMIN = "admin@alytus.lt";
const ADMIN_PASSWORD = "Alytaus administratoriaus frazė";
const ROSTER = [
  "Skyriaus kodas;Skyrius;Vardas;Pavardė;Pareigos;Darbuotojo kodas",
  "KAS;Klientų aptarnavimo skyrius;Žydrūnė;Alytiškė;Vyriausioji specialistė;KAS-001",
  "KAS;Klientų aptarnavimo skyrius;Vaidotas;Dzūkas;Specialistas;KAS-002",
  "DAR;Daugų seniūnija;Ona;Dauguvietė;Seniūnė;DAR-001",
].join("\r\n");

/** Starts an audit in the chosen organisation with its first shopper checklist, fills and submits it; returns its id. */
async function auditIn(page: Page, organisation: string, checklist: RegExp, department: string): Promise<number> {
  await page.goto(`${app.server.url}/audits/new`);
  await page.getByTestId("start-organisation").getByLabel("Organizacija").selectOption({ label: organisation });
  await Promise.all([page.waitForURL(/orgId=\d+/), page.getByTestId("start-organisation-choose").click()]);
  const step1 = page.getByTestId("start-step1");
  const options = await step1.getByLabel("Kontrolinis sąrašas").locator("option").allTextContents();
  // Only the organisation's standard is offered.
  const wanted = options.find((o) => checklist.test(o))!;
  expect(wanted, options.join(", ")).toBeTruthy();
  await step1.getByLabel("Kontrolinis sąrašas").selectOption({ label: wanted });
  await step1.getByLabel("Skyrius").selectOption({ label: department });
  await Promise.all([page.waitForURL(/checklistId=/), page.getByTestId("start-continue").click()]);
  const form = page.getByTestId("start-form");
  await form.waitFor();
  await form.getByLabel("Kur").fill("Priimamasis");
  await form.getByLabel("Scenarijus").fill("Klausiau apie pažymą.");
  await page.getByTestId("employee-select").selectOption({ index: 1 });
  await Promise.all([page.waitForURL(/\/audits\/\d+\/edit$/), page.getByTestId("start-submit").click()]);
  const id = Number(/\/audits\/(\d+)\/edit/.exec(page.url())![1]);
  await page.getByText("Vertinimas pradėtas. Pildykite kontrolinį sąrašą.").waitFor();
  await waitForHydration(page);
  for (const key of await itemKeys(page)) await answerItem(page, key);
  await page.getByTestId("submit-audit").click();
  await page.waitForURL(new RegExp(`/audits/${id}$`), { timeout: 10_000 }).catch(async () => {
    throw new Error(`not submitted: ${await page.locator('[role="alert"]').allTextContents()}`);
  });
  await page.getByText("Vertinimas pateiktas peržiūrai.").waitFor();
  return id;
}

describe("organisations", () => {
  it("a platform administrator creates an organisation; its administrator imports a roster; a shopper audits two organisations; nothing crosses", async () => {
    const laptop = await app.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const { page, errors } = await newPage(laptop);

    // The platform administrator creates the third organisation, first with a mistake.
    await signIn(page, app.server.url, "platforma@demo.lt");
    await page.goto(`${app.server.url}/platform`);
    const table = await page.locator("table").textContent();
    expect(table).toContain("SĮ „Vilniaus miesto būstas“");
    expect(table).toContain("Kauno miesto savivaldybės administracija");
    await Promise.all([page.waitForURL(/\/platform\/organisations\/new$/), page.getByRole("link", { name: "Nauja organizacija" }).click()]);
    await page.getByLabel("Trumpas pavadinimas (kodas)").fill("VMB");
    await page.getByLabel("Pavadinimas", { exact: true }).fill(NEW_ORG);
    await page.getByLabel("Įmonės kodas").fill("188776264");
    await page.getByLabel("Adresas").fill("Rotušės a. 4, LT-62504 Alytus");
    await page.getByLabel("KMSA").check();
    await page.getByLabel("Administratoriaus el. paštas").fill(ADMIN);
    await page.getByLabel("Administratoriaus vardas ir pavardė").fill("Aldona Alytiškė");
    await page.getByLabel("Administratoriaus slaptažodis").fill(ADMIN_PASSWORD);
    await page.getByRole("button", { name: "Išsaugoti" }).click();
    await page.getByText("Organizacija su tokiu kodu jau yra.").waitFor();
    await page.getByLabel("Trumpas pavadinimas (kodas)").fill("AMSA");
    await Promise.all([page.waitForURL(/\/platform$/), page.getByRole("button", { name: "Išsaugoti" }).click()]);
    await page.getByText(`Organizacija „${NEW_ORG}“ sukurta; jos administratorius gali prisijungti.`).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);

    // The agency's shopper (VMB's, already granted KMSA) may work for it too.
    await Promise.all([page.waitForURL(/\/platform\/organisations\/\d+$/), page.getByRole("link", { name: NEW_ORG }).click()]);
    await page.getByLabel("Naudotojo el. paštas").fill("klientas@demo.lt");
    await Promise.all([page.waitForURL(/\/platform\/organisations\/\d+$/), page.getByRole("button", { name: "Suteikti prieigą" }).click()]);
    await page.getByText("Prieiga suteikta.").waitFor();
    expect(await page.getByRole("region", { name: "Naudotojai iš kitų organizacijų" }).textContent()).toContain("klientas@demo.lt");
    await signOut(page);

    // Its administrator, on a phone, imports the roster.
    const phone = await app.browser.newContext(PHONE);
    const mobile = await newPage(phone);
    const m = mobile.page;
    await signIn(m, app.server.url, ADMIN, ADMIN_PASSWORD);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "etalonas-roster-"));
    const file = path.join(dir, "alytus.csv");
    fs.writeFileSync(file, "\uFEFF" + ROSTER);
    await m.goto(`${app.server.url}/admin/import`);
    await m.getByLabel("Darbuotojų sąrašas (skyriai ir darbuotojai)").check();
    await m.getByTestId("import-file").setInputFiles(file);
    await Promise.all([m.waitForURL(/\/admin\/import\/[0-9a-f-]{36}$/), m.getByTestId("import-submit").click()]);
    await m.getByTestId("import-summary").waitFor();
    await Promise.all([m.waitForURL(/\/admin\/import\/[0-9a-f-]{36}$/), m.getByTestId("import-confirm").click()]);
    await m.getByText("Failas „alytus.csv“ importuotas.").waitFor();
    await m.goto(`${app.server.url}/admin/employees`);
    const staff = await m.locator("main").textContent();
    expect(staff).toContain("Alytiškė");
    expect(staff).toContain("Dauguvietė");
    // Nobody of VMB or KMSA: the demo's Eglė Petraitienė and Monika Kairienė.
    expect(staff).not.toMatch(/Petraitienė|Kairienė/);
    await m.goto(`${app.server.url}/admin/departments`);
    expect(await m.locator("main").textContent()).not.toContain("Būsto nuomos skyrius");
    expect(await seriousA11yViolations(m)).toEqual([]);
    await signOut(m);

    // The shopper audits the new organisation (KMSA checklists) and VMB.
    await signIn(m, app.server.url, "klientas@demo.lt");
    const alytus = await auditIn(m, NEW_ORG, /^KMSA · Apsilankymas/, "Klientų aptarnavimo skyrius");
    expect(await m.getByTestId("audit-organisation").textContent()).toContain(NEW_ORG);
    expect(await m.locator(".audit-record__org-details").textContent()).toContain("Įmonės kodas 188776264");
    const vilnius = await auditIn(m, "SĮ „Vilniaus miesto būstas“", /^VMB · Apsilankymas/, "Klientų aptarnavimo skyrius");
    expect(await m.getByTestId("audit-organisation").textContent()).toContain("Vilniaus miesto būstas");
    await signOut(m);

    // Each organisation's administrator sees their own audit and not the other's.
    await signIn(m, app.server.url, ADMIN, ADMIN_PASSWORD);
    await m.goto(`${app.server.url}/review`);
    await m.getByTestId(`review-link-${alytus}`).waitFor();
    expect(await m.getByTestId(`review-link-${vilnius}`).count()).toBe(0);
    expect((await m.goto(`${app.server.url}/audits/${vilnius}`))?.status()).toBe(404);
    await m.goto(`${app.server.url}/checklists`);
    expect(await m.locator("main").textContent()).not.toMatch(/VMB ·/);
    await signOut(m);
    await signIn(m, app.server.url, "admin@demo.lt");
    await m.goto(`${app.server.url}/review`);
    await m.getByTestId(`review-link-${vilnius}`).waitFor();
    expect(await m.getByTestId(`review-link-${alytus}`).count()).toBe(0);
    expect((await m.goto(`${app.server.url}/audits/${alytus}`))?.status()).toBe(404);
    expect((await m.goto(`${app.server.url}/admin/organisation`))?.status()).toBe(200);
    expect(await m.getByLabel("Pavadinimas", { exact: true }).inputValue()).toBe("SĮ „Vilniaus miesto būstas“");

    // The refused code is a 400 answer by design; nothing else may go wrong.
    expect(errors.filter((e) => !/status of 400/.test(e))).toEqual([]);
    expect(mobile.errors.filter((e) => !/404/.test(e))).toEqual([]);
    await laptop.close();
    await phone.close();
  });
});
