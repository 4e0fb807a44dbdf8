// Supervisor journey on a phone: inspect KAS with the appearance and workplace checklists,
// three employees one after another, the fourth absent, the workplace, submit; the
// inspection's audits are published at once.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { answerItem, item, itemKeys } from "./audit-fill";
import { seriousA11yViolations } from "./axe";
import { newPage, PHONE, signIn, serverAndBrowserForFile } from "./harness";

const app = serverAndBrowserForFile();

async function fillForm(page: Page, form: string, partialFirst = false) {
  const keys = await itemKeys(page, `[data-testid="${form}"]`);
  expect(keys.length).toBeGreaterThan(0);
  for (const [i, key] of keys.entries()) {
    // Appearance: the men's column of the table applies to the person; the women's is N/A.
    if (key.endsWith("_women")) {
      await answerItem(page, key, { kind: "choice", label: "Netaikoma" });
      continue;
    }
    const partial = partialFirst && i === 0 && (await item(page, key).getByLabel("Iš dalies", { exact: true }).count()) > 0;
    await answerItem(
      page,
      key,
      partial ? { kind: "choice", label: "Iš dalies", comment: "Viena smulki neatitiktis." } : { kind: "default" },
    );
  }
  return keys.length;
}

describe("supervisor inspection", () => {
  it("inspects three employees, marks the fourth absent, fills the workplace and submits", async () => {
    const context = await app.browser.newContext(PHONE);
    const { page, errors } = await newPage(context);
    await signIn(page, app.server.url, "vadovas@demo.lt");

    await page.goto(`${app.server.url}/inspections/new`);
    const start = page.getByTestId("inspection-start-form");
    // Only the supervisor's own departments are offered.
    expect(await start.getByLabel("Skyrius").locator("option").allTextContents()).toEqual(
      ["Klientų aptarnavimo skyrius", "Būsto nuomos skyrius"].sort((a, b) => a.localeCompare(b, "lt")),
    );
    await start.getByLabel("Skyrius").selectOption({ label: "Klientų aptarnavimo skyrius" });
    await start.getByLabel("Išvaizdos kontrolinis sąrašas (kiekvienam darbuotojui)").selectOption("vmb-appearance");
    await start.getByLabel("Darbo vietos ir patalpų kontrolinis sąrašas").selectOption("vmb-workplace");
    await Promise.all([page.waitForURL(/\/inspections\/\d+$/), page.getByTestId("start-inspection").click()]);
    await page.getByText("Patikrinimas pradėtas.").waitFor();
    const inspectionUrl = page.url();
    expect(await page.getByTestId("staff-list").locator("li").count()).toBe(4);
    expect(await seriousA11yViolations(page)).toEqual([]);

    const inspected: string[] = [];
    for (let n = 0; n < 3; n++) {
      const heading = page.getByTestId("current-employee");
      const name = (await heading.textContent())!.replace("Darbuotojas: ", "");
      expect(inspected).not.toContain(name);
      inspected.push(name);
      await fillForm(page, "employee-form", n === 1);
      await page.getByTestId("next-employee").click();
      await page.getByText("Darbuotojo vertinimas išsaugotas.").waitFor();
      await page.getByText(`Įvertinta ${n + 1} iš 4`).waitFor();
    }

    // The fourth is not at work today.
    const absent = (await page.getByTestId("current-employee").textContent())!.replace("Darbuotojas: ", "");
    expect(inspected).not.toContain(absent);
    await page.getByTestId("mark-absent").click();
    await page.getByText("Pažymėta, kad darbuotojo nėra.").waitFor();

    // Then the workplace checklist comes up by itself.
    await page.getByTestId("workplace-form").waitFor();
    expect(await fillForm(page, "workplace-form")).toBeGreaterThan(10);
    await page.getByTestId("save-workplace").click();
    await page.getByText("Darbo vietos vertinimas išsaugotas.").waitFor();
    await page.getByText("Visi darbuotojai įvertinti arba pažymėti kaip nesantys.").waitFor();
    const statuses = await page
      .getByTestId("staff-list")
      .locator("li")
      .evaluateAll((els) => els.map((e) => e.getAttribute("data-status")).sort());
    expect(statuses).toEqual(["absent", "present", "present", "present"]);

    await Promise.all([page.waitForURL(/\/audits$/), page.getByTestId("submit-inspection").click()]);
    await page.getByText("Patikrinimas pateiktas ir paskelbtas.").waitFor();

    // Every inspected employee's audit is published with a score; the absent one has none.
    await page.goto(inspectionUrl);
    const links = page.getByTestId("staff-list").locator("a");
    expect((await links.allTextContents()).sort()).toEqual([...inspected].sort());
    expect(await page.getByTestId("staff-list").textContent()).toContain(absent);
    await Promise.all([page.waitForURL(/\/audits\/\d+$/), links.nth(0).click()]);
    expect(await page.getByTestId("audit-state").textContent()).toBe("paskelbtas");
    expect(await page.getByTestId("audit-score").textContent()).toMatch(/^\d+(,\d)?/);
    expect(await page.getByTestId("audit-record").textContent()).toContain("vadovo patikrinimas");
    const employee = (await page.getByTestId("audit-employee").textContent())!;
    expect(inspected.filter((name) => employee.startsWith(`${name},`))).toHaveLength(1);
    expect(await seriousA11yViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
