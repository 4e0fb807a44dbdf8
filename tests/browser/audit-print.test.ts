// A published audit prints cleanly on A4: no site header or navigation, the record's own
// header, scores and cited clauses, the signatures block, nothing wider than the paper.
import { describe, expect, it } from "vitest";
import { newPage, signIn, serverAndBrowserForFile } from "./harness";

const app = serverAndBrowserForFile();

// A4 is 210 mm wide: 794 px at 96 dpi; audits.css prints with 12 mm side margins.
const A4_WIDTH_PX = 794;
const PRINTABLE_WIDTH_PX = Math.floor(((210 - 2 * 12) / 25.4) * 96);

describe("audit print", () => {
  it("the record of a published in-person audit fits A4 with signatures and no site chrome", async () => {
    const context = await app.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const { page, errors } = await newPage(context);
    await signIn(page, app.server.url, "vadovybe@demo.lt");

    // The longest kind of record: a published in-person mystery-shopper audit.
    await page.goto(`${app.server.url}/audits?state=published`);
    const row = page.getByTestId("audit-list").locator("tr", { hasText: "Apsilankymas įmonėje (slaptasis klientas)" }).first();
    await Promise.all([page.waitForURL(/\/audits\/\d+$/), row.getByRole("link").click()]);
    await page.getByTestId("audit-record").waitFor();
    expect(await page.getByTestId("audit-state").textContent()).toBe("paskelbtas");
    const items = await page.locator(".record-item").count();
    expect(items).toBeGreaterThan(40);

    await page.emulateMedia({ media: "print" });
    await page.setViewportSize({ width: PRINTABLE_WIDTH_PX, height: 1123 });
    expect(await page.locator(".site-header").isVisible()).toBe(false);
    expect(await page.getByRole("navigation", { name: "Pagrindinė navigacija" }).isVisible()).toBe(false);
    expect(await page.getByTestId("print-audit").isVisible()).toBe(false);
    expect(await page.locator(".audit-record__org").textContent()).toContain("Vilniaus miesto būstas");
    expect(await page.getByTestId("audit-score").isVisible()).toBe(true);
    expect(await page.locator(".cite").first().isVisible()).toBe(true);
    const signatures = page.getByRole("region", { name: "Parašai" });
    expect(await signatures.isVisible()).toBe(true);
    expect(await signatures.textContent()).toMatch(/Vertintojas.*Darbuotojas/s);

    const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, body: document.body.scrollWidth }));
    expect(widths.scroll).toBeLessThanOrEqual(PRINTABLE_WIDTH_PX);
    expect(widths.scroll).toBeLessThanOrEqual(A4_WIDTH_PX);

    const pdf = await page.pdf({ format: "A4", preferCSSPageSize: true });
    const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
    console.log(
      `print: ${items} items on ${pages} A4 pages (${Math.round(pdf.length / 1024)} KB PDF), width ${widths.scroll} px of ${PRINTABLE_WIDTH_PX}`,
    );
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(6);
    expect(errors).toEqual([]);
    await context.close();
  });
});
