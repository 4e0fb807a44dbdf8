// Foundation journey: an admin creates a department, an employee and a supervisor user;
// the supervisor signs in and sees only their own department.
import { describe, expect, it } from "vitest";
import { seriousA11yViolations } from "./axe";
import { newPage, PHONE, signIn, signOut, serverAndBrowserForFile } from "./harness";

const app = serverAndBrowserForFile({ SEED_DEMO: "1" });

describe("admin builds the organisation", () => {
  it("creates a department, an employee and a supervisor who then sees only that department", async () => {
    const context = await app.browser.newContext(PHONE);
    const { page, errors } = await newPage(context);
    await signIn(page, app.server.url, "admin@demo.lt");

    // Department, first with a validation error.
    await page.goto(`${app.server.url}/admin/departments/new`);
    await page.getByLabel("Kodas").fill("ŽEM ÉL");
    await page.getByLabel("Pavadinimas").fill("Žemės ūkio skyrius");
    await page.getByRole("button", { name: "Išsaugoti" }).click();
    await page.getByText("Kodą gali sudaryti tik raidės").waitFor();
    expect(await page.getByLabel("Kodas").getAttribute("aria-invalid")).toBe("true");
    await page.getByLabel("Kodas").fill("ZUS");
    await Promise.all([page.waitForURL(/\/admin\/departments$/), page.getByRole("button", { name: "Išsaugoti" }).click()]);
    await page.getByText("Skyrius „Žemės ūkio skyrius“ išsaugotas.").waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);

    // Employee in it.
    await page.goto(`${app.server.url}/admin/employees/new`);
    await page.getByLabel("Vardas", { exact: true }).fill("Šarūnas");
    await page.getByLabel("Pavardė", { exact: true }).fill("Čiurlionis");
    await page.getByLabel("Pareigos").fill("Specialistas");
    await page.getByLabel("Skyrius").selectOption({ label: "Žemės ūkio skyrius" });
    await Promise.all([page.waitForURL(/\/admin\/employees(\?|$)/), page.getByRole("button", { name: "Išsaugoti" }).click()]);
    await page.getByText("Darbuotojas „Šarūnas Čiurlionis“ išsaugotas.").waitFor();

    // Supervisor user of that department only.
    await page.goto(`${app.server.url}/admin/users/new`);
    await page.getByLabel("El. pašto adresas").fill("nauja.vedeja@demo.lt");
    await page.getByLabel("Vardas ir pavardė").fill("Nauja Vedėja");
    await page.getByLabel("Rolė").selectOption("supervisor");
    await page.getByLabel("Žemės ūkio skyrius").check();
    await page.getByLabel("Pradinis slaptažodis").fill("ilga slapta frazė 2026");
    await Promise.all([page.waitForURL(/\/admin\/users$/), page.getByRole("button", { name: "Išsaugoti" }).click()]);
    await page.getByText("Naudotojas „Nauja Vedėja“ išsaugotas.").waitFor();
    await signOut(page);

    // The supervisor sees their department and no other.
    await signIn(page, app.server.url, "nauja.vedeja@demo.lt", "ilga slapta frazė 2026");
    const list = page.getByTestId("supervisor-departments");
    await list.waitFor();
    expect(await list.textContent()).toContain("Žemės ūkio skyrius");
    expect(await list.textContent()).not.toContain("Klientų aptarnavimo skyrius");
    const nav = await page.getByRole("navigation", { name: "Pagrindinė navigacija" }).textContent();
    expect(nav).not.toMatch(/Naudotojai|Skyriai/);
    // Admin pages are refused on the server, not just hidden.
    const response = await page.goto(`${app.server.url}/admin/departments`);
    expect(response?.status()).toBe(403);
    expect(errors.filter((e) => !e.includes("403"))).toEqual([]);
    await context.close();
  });
});
