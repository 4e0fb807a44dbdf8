// The admin employee page with JavaScript: it must survive hydration (it once rendered on
// the server and then turned into the 500 page, because the component imported a function
// from a .server module, which the client bundle does not have).
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { newPage, signIn, serverAndBrowserForFile } from "./harness";

const app = serverAndBrowserForFile({ SEED_DEMO: "1" });

/** Resolves once the Remix router exists in the page and React has had a frame to render. */
async function hydrated(page: Page) {
  await page.waitForFunction(() => Boolean((window as unknown as { __remixRouter?: unknown }).__remixRouter));
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50))));
}

describe("admin employee page", () => {
  it("hydrates, validates in the browser and saves an employee", async () => {
    const context = await app.browser.newContext({ viewport: { width: 1280, height: 720 } });
    const { page, errors } = await newPage(context);
    await signIn(page, app.server.url, "admin@demo.lt");

    await page.goto(`${app.server.url}/admin/employees`);
    await page.getByRole("link", { name: "Eglė Petraitienė" }).click();
    await page.waitForURL(/\/admin\/employees\/\d+$/);
    await hydrated(page);
    await page.reload();
    await hydrated(page);
    expect(await page.locator(".error-page").count()).toBe(0);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Darbuotojas: Eglė Petraitienė");

    // The form's own script runs: an emptied name is reported without a round trip.
    const position = page.getByLabel("Pareigos");
    await position.fill("");
    await position.blur();
    await page.getByText("Privalomas laukas.").waitFor();
    await position.fill("Vyresnioji specialistė");
    await Promise.all([page.waitForURL(/\/admin\/employees(\?|$)/), page.getByRole("button", { name: "Išsaugoti" }).click()]);
    await page.getByText("Darbuotojas „Eglė Petraitienė“ išsaugotas.").waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });
});
