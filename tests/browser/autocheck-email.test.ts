// Automatic check of an e-mail reply on a phone (issue 14): a shopper starts an e-mail audit,
// attaches the reply's .eml, sees the suggestions with their highlighted evidence, changes
// one answer and submits; the admin's accuracy page then counts one override.
import path from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { answerItem, item, itemKeys } from "./audit-fill";
import { seriousA11yViolations } from "./axe";
import { newPage, PHONE, signIn, signOut, serverAndBrowserForFile } from "./harness";

const app = serverAndBrowserForFile();

const CHECKLIST = "VMB · Aptarnavimas elektroniniu paštu";
const KAS = "Klientų aptarnavimo skyrius";
const REPLY = path.resolve("tests/fixtures/autocheck/emails/e01-vmb-good-plain/1.eml");
const CHANGED = "vmb.email.respectful_address";

async function startEmailAudit(page: Page): Promise<number> {
  await page.goto(`${app.server.url}/audits/new`);
  const step1 = page.getByTestId("start-step1");
  await step1.getByLabel("Kontrolinis sąrašas").selectOption({ label: CHECKLIST });
  await step1.getByLabel("Skyrius").selectOption({ label: KAS });
  await Promise.all([page.waitForURL(/checklistId=vmb-email/), page.getByTestId("start-continue").click()]);
  const form = page.getByTestId("start-form");
  await form.waitFor();
  // The shopper's letter was sent at 09:00 on 17 November; the reply came at 14:30.
  await form.getByLabel("Kada vyko aptarnavimas").fill("2026-11-17T09:00");
  await form.getByLabel("Kur").fill("info@vilniausbustas.lt");
  await form.getByLabel("Scenarijus").fill("Klausiau apie administravimo mokestį.");
  await page.getByTestId("employee-select").selectOption({ index: 1 });
  await Promise.all([page.waitForURL(/\/audits\/\d+\/edit$/), page.getByTestId("start-submit").click()]);
  await page.getByText("Vertinimas pradėtas. Pildykite kontrolinį sąrašą.").waitFor();
  return Number(/\/audits\/(\d+)\/edit/.exec(page.url())![1]);
}

describe("automatic check of an e-mail reply", () => {
  it("a shopper attaches the reply, sees the suggestions with evidence, overrides one and submits; the admin page counts it", async () => {
    const context = await app.browser.newContext(PHONE);
    const { page, errors } = await newPage(context);
    await signIn(page, app.server.url, "klientas@demo.lt");
    const id = await startEmailAudit(page);

    const panel = page.getByTestId("autocheck-panel");
    expect(await panel.getByRole("heading").textContent()).toBe("Patikrinti laišką automatiškai");
    // A file that is not an e-mail is refused with the reason.
    await panel
      .getByLabel("Laiškai (.eml)")
      .setInputFiles({ name: "pastabos.txt", mimeType: "text/plain", buffer: Buffer.from("Tik pastabos.\n") });
    await panel.getByTestId("autocheck-run").click();
    await page.getByTestId("autocheck-error").waitFor();
    expect(await page.getByTestId("autocheck-error").textContent()).toContain("Failas „pastabos.txt“ nėra el. laiškas.");
    expect(await page.locator(".autocheck-suggestion").count()).toBe(0);
    // Files over the form's limit are stopped in the browser with the reason (the server would
    // refuse them unread).
    await panel
      .getByLabel("Laiškai (.eml)")
      .setInputFiles({ name: "didelis.eml", mimeType: "message/rfc822", buffer: Buffer.alloc(1.6 * 1024 * 1024, "a") });
    expect(await page.getByTestId("autocheck-error").textContent()).toContain("Failai per dideli: kartu jie gali būti iki 1,5 MB.");
    const posts: string[] = [];
    const recordPost = (r: { method(): string; url(): string }) => void (r.method() === "POST" && posts.push(r.url()));
    page.on("request", recordPost);
    await panel.getByTestId("autocheck-run").click();
    await page.waitForTimeout(500); // nothing may be sent: give a request the time to start
    page.off("request", recordPost);
    expect(posts).toEqual([]);
    expect(await page.getByTestId("autocheck-error").textContent()).toContain("Failai per dideli");

    await page.getByTestId("autocheck-panel").getByLabel("Laiškai (.eml)").setInputFiles(REPLY);
    await Promise.all([page.waitForURL(new RegExp(`/audits/${id}/edit$`)), page.getByTestId("autocheck-run").click()]);
    await page.getByText(/Automatinė patikra pasiūlė \d+ atsakym/).waitFor();

    const thanks = page.getByTestId("suggestion-vmb.email.thanks");
    expect(await thanks.locator("strong").textContent()).toBe("Automatinis pasiūlymas: Taip");
    expect(await thanks.locator("mark").textContent()).toBe("Dėkojame už Jūsų laišką.");
    expect(await page.getByTestId("suggestion-vmb.email.response_hours").textContent()).toContain("Automatinis pasiūlymas: 5,5 (Taip)");
    expect(await item(page, "vmb.email.thanks").getByLabel("Taip", { exact: true }).isChecked()).toBe(true);
    expect(await item(page, "vmb.email.response_hours").locator(".measure input").inputValue()).toBe("5,5");
    expect(await seriousA11yViolations(page)).toEqual([]);

    // The shopper disagrees with one suggestion and answers the items the checker left.
    await answerItem(page, CHANGED, { kind: "choice", label: "Ne", comment: "Kreipėsi „Sveiki“, be mandagaus kreipinio." });
    for (const key of await itemKeys(page)) {
      const box = item(page, key);
      const answered = await box.evaluate(
        (el) => !!el.querySelector("input:checked") || !!(el.querySelector(".measure input") as HTMLInputElement | null)?.value,
      );
      if (!answered) await answerItem(page, key);
    }
    await Promise.all([page.waitForURL(new RegExp(`/audits/${id}$`)), page.getByTestId("submit-audit").click()]);
    await page.getByText("Vertinimas pateiktas peržiūrai.").waitFor();
    await signOut(page);

    await signIn(page, app.server.url, "admin@demo.lt");
    await page.goto(`${app.server.url}/admin/autocheck`);
    expect(await page.locator("h1").textContent()).toBe("Automatinių patikrų tikslumas");
    const table = page.getByTestId("autocheck-agreement");
    expect(await table.getByTestId(`overridden-${CHANGED}`).textContent()).toBe("1");
    const overridden = await table.locator('[data-testid^="overridden-"]').allTextContents();
    expect(overridden.filter((n) => n !== "0")).toEqual(["1"]);
    expect(await table.getByTestId(`agreement-${CHANGED}`).textContent()).toContain("0 %");
    expect(await seriousA11yViolations(page)).toEqual([]);
    // The only console message is the browser's note of the refused file's 400 answer.
    expect(errors).toEqual(["Failed to load resource: the server responded with a status of 400 (Bad Request)"]);
    await context.close();
  });
});
