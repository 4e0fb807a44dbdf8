// The content security policy refuses a <style> element (style-src-elem 'self'), while the
// pages' own style sheets and the charts' style attributes still apply.
import { describe, expect, it } from "vitest";
import { newPage, serverAndBrowserForFile, signIn } from "./harness";

const app = serverAndBrowserForFile();

describe("style policy", () => {
  it("refuses an injected <style> element and keeps the page's own styles", async () => {
    const context = await app.browser.newContext();
    const { page, errors } = await newPage(context);
    await signIn(page, app.server.url, "vadovybe@demo.lt");
    await page.goto(`${app.server.url}/dashboards`);
    await page.locator(".recharts-surface").first().waitFor();
    const before = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const after = await page.evaluate(async () => {
      const style = document.createElement("style");
      style.textContent = "body { background-color: rgb(1, 2, 3) !important }";
      document.head.append(style);
      await new Promise((r) => setTimeout(r, 100));
      return getComputedStyle(document.body).backgroundColor;
    });
    expect(after).toBe(before);
    expect(after).not.toBe("rgb(1, 2, 3)");
    // The charts' style attributes apply (the tooltip wrapper is positioned by one).
    const styled = await page.evaluate(() => document.querySelectorAll("[style]").length);
    expect(styled).toBeGreaterThan(0);
    expect(errors.filter((e) => !/Content Security Policy/.test(e))).toEqual([]);
    expect(errors.some((e) => /style-src-elem/.test(e))).toBe(true);
    await context.close();
  }, 90_000);
});
