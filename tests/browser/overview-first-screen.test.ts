// The overview answers "are we getting better?" on the first screen: at 1280×720 a leader
// sees the four key figures with their change without scrolling; the trend's axis is fitted
// to the data and shows the pass mark and target; long tables fold behind "Rodyti lentelę"
// and stay in the page without JavaScript.
import { describe, expect, it } from "vitest";
import { seriousA11yViolations } from "./axe";
import { newPage, PHONE, signIn, serverAndBrowserForFile } from "./harness";

const app = serverAndBrowserForFile();
const FIGURES = ["mean", "passRate", "critical", "audits"];

describe("the overview's first screen", () => {
  it("shows the four figures and their change without scrolling at 1280×720", async () => {
    const context = await app.browser.newContext({ viewport: { width: 1280, height: 720 } });
    const { page, errors } = await newPage(context);
    await signIn(page, app.server.url, "vadovybe@demo.lt");
    await page.goto(`${app.server.url}/dashboards`);
    await page.locator('[data-testid="chart-trend"] .recharts-line-curve').first().waitFor();
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    if (process.env.SCREENSHOT) await page.screenshot({ path: process.env.SCREENSHOT });
    for (const key of FIGURES) {
      const figure = page.getByTestId(`figure-${key}`);
      const box = (await figure.boundingBox())!;
      expect(box.y, key).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height, key).toBeLessThanOrEqual(720);
      // A value, and a change that says whether it is beyond random variation.
      expect(await figure.locator(".key-figure__value").textContent()).toMatch(/\d/);
      expect(await page.getByTestId(`change-${key}`).textContent()).toMatch(/svyravim|palyginti|Nepasikeitė/);
    }

    // The y axis starts where the data does, and says so; pass mark and target are drawn.
    const ticks = (await page.locator('[data-testid="chart-trend"] .recharts-yAxis-tick-labels text').allTextContents())
      .map((t) => Number(t.replace(",", ".")))
      .filter((n) => Number.isFinite(n));
    expect(ticks.length).toBeGreaterThan(2);
    expect(Math.min(...ticks)).toBeGreaterThan(0);
    expect(await page.getByTestId("axis-note").textContent()).toContain(`nuo ${Math.min(...ticks)}`);
    expect(await page.locator('[data-testid="chart-trend"] .recharts-reference-line').count()).toBeGreaterThanOrEqual(1);
    expect(await page.getByTestId("pass-mark").textContent()).toMatch(/\d/);

    // The month × channel table is folded away, and opens.
    const details = page.getByTestId("details-trend");
    expect(await details.getAttribute("open")).toBeNull();
    expect(await page.getByTestId("table-trend").isVisible()).toBe(false);
    await details.locator("summary").click();
    expect(await page.getByTestId("table-trend").isVisible()).toBe(true);
    expect(await seriousA11yViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("shows departments in a funnel plot with its text, beside a table sorted by a link", async () => {
    const context = await app.browser.newContext({ viewport: { width: 1280, height: 720 } });
    const { page, errors } = await newPage(context);
    await signIn(page, app.server.url, "vadovybe@demo.lt");
    await page.goto(`${app.server.url}/dashboards`);
    const plot = page.getByTestId("funnel-plot");
    expect(await plot.getByTestId("funnel-point").count()).toBe(4);
    expect(await plot.locator("polyline").count()).toBe(4);
    expect(await page.getByTestId("funnel-summary").textContent()).toMatch(/ribos|ribose/);
    // Sorting by n, both ways, through the URL.
    await Promise.all([page.waitForURL(/sort=n&dir=asc/), page.getByTestId("sort-n").click()]);
    // The URL changes before React renders the sorted table: wait for the header's mark.
    await page.locator('[data-testid="table-departments"] th[aria-sort="ascending"]').waitFor();
    const n = async () =>
      (await page.locator('[data-testid="table-departments"] tbody tr td:nth-child(3)').allTextContents()).map((t) =>
        Number(t.replace(/\s/g, "")),
      );
    const ascending = await n();
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
    expect(await page.locator('[data-testid="table-departments"] th[aria-sort="ascending"]').count()).toBe(1);
    await Promise.all([page.waitForURL(/sort=n&dir=desc/), page.getByTestId("sort-n").click()]);
    await page.locator('[data-testid="table-departments"] th[aria-sort="descending"]').waitFor();
    expect(await n()).toEqual([...ascending].reverse());
    expect(await seriousA11yViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("compares with the same period a year earlier, chosen in the filters and kept in the URL", async () => {
    const context = await app.browser.newContext({ viewport: { width: 1280, height: 720 } });
    const { page, errors } = await newPage(context);
    await signIn(page, app.server.url, "vadovybe@demo.lt");
    await page.goto(`${app.server.url}/dashboards`);
    await page.getByTestId("filter-compare").selectOption("year");
    await Promise.all([page.waitForURL(/compare=year/), page.getByTestId("filter-apply").click()]);
    await page
      .getByTestId("figure-mean")
      .getByText(/^Prieš metus/)
      .waitFor();
    expect(await page.getByTestId("filter-compare").inputValue()).toBe("year");
    expect(errors).toEqual([]);
    await context.close();
  });

  it("keeps the folded tables in the page without JavaScript, and fits a phone", async () => {
    const context = await app.browser.newContext({ ...PHONE, javaScriptEnabled: false });
    const { page } = await newPage(context);
    await signIn(page, app.server.url, "vadovybe@demo.lt");
    await page.goto(`${app.server.url}/dashboards`);
    expect(await page.getByTestId("details-trend").locator("summary").textContent()).toContain("Rodyti lentelę");
    expect(await page.getByTestId("table-trend").locator("tbody tr").count()).toBeGreaterThan(12);
    for (const key of FIGURES) {
      const box = (await page.getByTestId(`figure-${key}`).boundingBox())!;
      expect(box.x + box.width, key).toBeLessThanOrEqual(390);
    }
    await context.close();
  });
});
