// A mystery shopper runs a library scenario end to end on a phone: picks the scenario when
// starting, sees the protocol, the brief and the answer key on the form, finds the scenario's
// N/A items already set, records a farewell that is not on the list and judges it, submits;
// the record shows the scenario, the judged phrase and the checklist version as a number.
import { describe, expect, it } from "vitest";
import { answerItem, item, itemKeys } from "./audit-fill";
import { seriousA11yViolations } from "./axe";
import { newPage, PHONE, signIn, serverAndBrowserForFile } from "./harness";

const app = serverAndBrowserForFile();

const SCENARIO = "vmb.scenario.phone_confidential";
const FAREWELL = "vmb.phone_talk.farewell";

describe("scenario audit", () => {
  it("a shopper starts a phone audit from a scenario, follows the brief and submits it", async () => {
    const context = await app.browser.newContext(PHONE);
    const { page, errors } = await newPage(context);
    await signIn(page, app.server.url, "klientas@demo.lt");

    await page.goto(`${app.server.url}/audits/new`);
    const step1 = page.getByTestId("start-step1");
    await step1.getByLabel("Kontrolinis sąrašas").selectOption("vmb-phone");
    await step1.getByLabel("Skyrius").selectOption({ label: "Klientų aptarnavimo skyrius" });
    await Promise.all([page.waitForURL(/checklistId=vmb-phone/), page.getByTestId("start-continue").click()]);
    const form = page.getByTestId("start-form");
    await form.waitFor();
    await form.getByLabel("Scenarijų biblioteka").selectOption(SCENARIO);
    await form.getByLabel("Kur").fill("+370 5 000 0000");
    await page.getByTestId("employee-select").selectOption({ index: 1 });
    expect(await seriousA11yViolations(page)).toEqual([]);
    await Promise.all([page.waitForURL(/\/audits\/\d+\/edit$/), page.getByTestId("start-submit").click()]);
    const id = Number(/\/audits\/(\d+)\/edit/.exec(page.url())![1]);

    // The brief, the phone protocol and the answer key of the accuracy item are on the form.
    expect(await page.getByTestId("scenario-brief").textContent()).toContain("nuomos skolos");
    await page.getByTestId("shopper-protocol").locator("summary").click();
    expect(await page.getByTestId("shopper-protocol").textContent()).toContain("bent šešis kartus");
    expect(await page.getByTestId("answer-key-vmb.phone_conf.identity").textContent()).toContain("tapatybė");
    // Items the scenario cannot exercise start as N/A.
    expect(await item(page, "vmb.phone_out.prepared").getByLabel("Netaikoma", { exact: true }).isChecked()).toBe(true);
    expect(await seriousA11yViolations(page)).toEqual([]);

    const keys = await itemKeys(page);
    for (const key of keys) {
      const box = item(page, key);
      const na = box.getByLabel("Netaikoma", { exact: true });
      if (key === FAREWELL) {
        await box.getByLabel("Kitas posakis", { exact: true }).fill("Iki pasimatymo");
        await box.getByLabel("rekomenduojamam (taip)").check();
      } else if (!((await na.count()) && (await na.isChecked()))) await answerItem(page, key);
    }
    await Promise.all([page.waitForURL(new RegExp(`/audits/${id}$`)), page.getByTestId("submit-audit").click()]);
    await page.getByText("Vertinimas pateiktas peržiūrai.").waitFor();

    expect(await page.getByTestId("audit-library-scenario").textContent()).toBe("Konfidenciali informacija telefonu");
    expect(await page.getByTestId("audit-version").textContent()).toMatch(/^v\d+, \d{4}-\d{2}-\d{2}$/);
    expect(await page.getByTestId("audit-record").textContent()).toContain("Kitas posakis „Iki pasimatymo“, prilygintas rekomenduojamam");
    expect(await page.getByTestId("audit-score").textContent()).toMatch(/^100/);
    expect(await seriousA11yViolations(page)).toEqual([]);

    // The checklist page counts the phrase for the quality office and lists the versions.
    await page.getByTestId("audit-version").locator("a").click();
    await page.waitForURL(/\/checklists\/vmb-phone#checklist-versions$/);
    expect(await page.getByTestId("item-vmb-phone_talk-farewell-other-phrases").textContent()).toContain("Iki pasimatymo");
    expect(await page.getByTestId("version-1").textContent()).toContain("Pirmoji versija");
    expect(await seriousA11yViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
