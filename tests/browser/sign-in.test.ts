// Every demo user signs in on a fresh server and sees the navigation of their role.
import { describe, expect, it } from "vitest";
import { seriousA11yViolations } from "./axe";
import { newPage, signIn, signOut, serverAndBrowserForFile } from "./harness";

const app = serverAndBrowserForFile();

const demo: [string, RegExp, RegExp | null][] = [
  ["admin@demo.lt", /Naudotojai/, null],
  ["vadovybe@demo.lt", /Pradžia/, /Naudotojai/],
  ["vadovas@demo.lt", /Pradžia/, /Naudotojai/],
  ["klientas@demo.lt", /Pradžia/, /Naudotojai/],
  ["darbuotojas@demo.lt", /Pradžia/, /Naudotojai/],
];

describe("sign-in", () => {
  it("the sign-in page is accessible and in Lithuanian", async () => {
    const context = await app.browser.newContext();
    const { page, errors } = await newPage(context);
    await page.goto(`${app.server.url}/login`);
    expect(await page.getAttribute("html", "lang")).toBe("lt");
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Prisijungimas");
    expect(await seriousA11yViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("an English browser still gets Lithuanian until the user chooses English", async () => {
    const context = await app.browser.newContext({ locale: "en-US", extraHTTPHeaders: { "Accept-Language": "en-US,en;q=0.9" } });
    const { page, errors } = await newPage(context);
    await page.goto(`${app.server.url}/login`);
    expect(await page.getAttribute("html", "lang")).toBe("lt");
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Prisijungimas");
    await signIn(page, app.server.url, "vadovybe@demo.lt");
    expect(await page.getAttribute("html", "lang")).toBe("lt");
    expect(await page.title()).toBe("Pradžia · Etalonas");
    expect(errors).toEqual([]);
    await context.close();
  });

  for (const [email, visible, hidden] of demo) {
    it(`${email} signs in and sees the navigation of the role`, async () => {
      const context = await app.browser.newContext();
      const { page, errors } = await newPage(context);
      await signIn(page, app.server.url, email);
      const nav = page.getByRole("navigation", { name: "Pagrindinė navigacija" });
      await nav.waitFor();
      expect(await nav.textContent()).toMatch(visible);
      if (hidden) expect(await nav.textContent()).not.toMatch(hidden);
      expect(await seriousA11yViolations(page)).toEqual([]);
      await signOut(page);
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  it("a wrong password shows a clear error and switching to English works", async () => {
    const context = await app.browser.newContext();
    const { page } = await newPage(context);
    await page.goto(`${app.server.url}/login`);
    await page.getByLabel("El. pašto adresas").fill("admin@demo.lt");
    await page.getByLabel("Slaptažodis").fill("wrong password!!");
    await page.getByRole("button", { name: "Prisijungti" }).click();
    await page.getByRole("alert").waitFor();
    expect(await page.getByRole("alert").textContent()).toContain("Neteisingas el. pašto adresas arba slaptažodis");
    await page.getByRole("button", { name: "English" }).click();
    await page.getByRole("heading", { name: "Sign in" }).waitFor();
    expect(await page.getAttribute("html", "lang")).toBe("en");
    await context.close();
  });
});
