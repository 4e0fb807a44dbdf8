// Inspection defects found in real use: Enter in the answers must not mark the employee
// absent; answers are not dropped when the supervisor picks another employee (kept on the
// device) nor replaced by an error page when the connection drops; the
// progress does not count absent people as inspected; inspection audits use inspection words.
import { describe, expect, it } from "vitest";
import { answerItem, itemKeys } from "./audit-fill";
import { seriousA11yViolations } from "./axe";
import { newPage, PHONE, signIn, serverAndBrowserForFile } from "./harness";

const app = serverAndBrowserForFile();

describe("inspection", () => {
  it("keeps Enter, unsaved answers, absences and wording right", async () => {
    const context = await app.browser.newContext(PHONE);
    const { page, errors } = await newPage(context);
    await signIn(page, app.server.url, "vadovas@demo.lt");
    await page.goto(`${app.server.url}/inspections/new`);
    const start = page.getByTestId("inspection-start-form");
    await start.getByLabel("Skyrius").selectOption({ label: "Klientų aptarnavimo skyrius" });
    await start.getByLabel("Išvaizdos kontrolinis sąrašas (kiekvienam darbuotojui)").selectOption("vmb-appearance");
    await start.getByLabel("Darbo vietos ir patalpų kontrolinis sąrašas").selectOption("");
    await Promise.all([page.waitForURL(/\/inspections\/\d+$/), page.getByTestId("start-inspection").click()]);
    await page.getByText("Patikrinimas pradėtas.").waitFor();
    const staff = page.getByTestId("staff-list").locator("li");
    expect(await staff.count()).toBe(4);
    const first = (await page.getByTestId("current-employee").textContent())!;

    // Enter on an answer submits the answers (incomplete: errors), never "absent".
    const keys = await itemKeys(page, '[data-testid="employee-form"]');
    await answerItem(page, keys[0]);
    await page.getByTestId("employee-form").getByLabel("Taip", { exact: true }).first().press("Enter");
    await page.getByTestId("answer-errors").waitFor();
    expect(await page.getByTestId("current-employee").textContent()).toBe(first);
    expect(await staff.evaluateAll((els) => els.map((e) => e.getAttribute("data-status")))).not.toContain("absent");

    // Choosing another employee with unsaved answers keeps them on the device: coming back
    // puts them into the form again.
    await answerItem(page, keys[1]);
    const other = staff.nth(1).getByRole("link");
    const otherName = (await other.textContent())!;
    await other.click();
    await page.getByTestId("current-employee").getByText(otherName).waitFor();
    await staff.nth(0).getByRole("link").click();
    await page.getByTestId("current-employee").getByText(first).waitFor();
    await page.getByTestId("restored-copy").waitFor();
    expect(await page.getByTestId(`item-${keys[1]}`).getByLabel("Taip", { exact: true }).isChecked()).toBe(true);
    expect(await page.getByTestId(`item-${keys[0]}`).getByLabel("Taip", { exact: true }).isChecked()).toBe(true);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await other.click();
    await page.getByTestId("current-employee").getByText(otherName).waitFor();

    // The connection drops: "next" keeps the form with a message instead of an error page.
    await context.setOffline(true);
    await page.getByTestId("mark-absent").click();
    await page.getByTestId("offline-post").waitFor();
    expect(await page.getByTestId("current-employee").textContent()).toContain(otherName);
    await context.setOffline(false);

    // Without changes, moving on does not ask. Two absent, then the rest inspected.
    await page.getByTestId("mark-absent").click();
    await page.getByText("Pažymėta, kad darbuotojo nėra.").waitFor();
    await page.getByTestId("mark-absent").click();
    await page.getByText("Įvertinta 0 iš 4 · nėra darbe: 2").waitFor();
    for (let n = 1; n <= 2; n++) {
      // Appearance: the men's column of the table applies to the person; the women's is N/A.
      for (const key of await itemKeys(page, '[data-testid="employee-form"]'))
        await answerItem(page, key, key.endsWith("_women") ? { kind: "choice", label: "Netaikoma" } : { kind: "default" });
      await page.getByTestId("next-employee").click();
      await page.getByText(`Įvertinta ${n} iš 4 · nėra darbe: 2`).waitFor();
    }
    await Promise.all([page.waitForURL(/\/audits$/), page.getByTestId("submit-inspection").click()]);

    // The inspection's audit speaks of an inspection, not of a service.
    const row = page.getByTestId("audit-list").locator("tr", { hasText: "vadovo patikrinimas" }).first();
    await Promise.all([page.waitForURL(/\/audits\/\d+$/), row.getByRole("link").click()]);
    const facts = (await page.getByTestId("audit-record").locator("dl.facts").textContent())!;
    expect(facts).toContain("Patikrintas darbuotojas");
    expect(facts).toContain("Patikrinimo laikas");
    expect(facts).not.toMatch(/Aptarnavęs darbuotojas|Kada vyko aptarnavimas/);
    // The only console errors are the server checks made while the connection was off.
    expect(errors.filter((e) => !/ERR_INTERNET_DISCONNECTED/.test(e))).toEqual([]);
    await context.close();
  });
});
