// The administrator reads the security log: their own sign-in is there, a filter by event
// type goes into the URL (so the view can be bookmarked), and the CSV download has it.
import { describe, expect, it } from "vitest";
import { seriousA11yViolations } from "./axe";
import { newPage, PHONE, serverAndBrowserForFile, signIn } from "./harness";

const app = serverAndBrowserForFile();

describe("security log", () => {
  it("lists the organisation's events, filters by type in the URL and downloads them", async () => {
    const context = await app.browser.newContext({ ...PHONE, acceptDownloads: true });
    const { page, errors } = await newPage(context);
    // A failed attempt first, then the sign-in.
    await page.goto(`${app.server.url}/login`);
    await page.getByLabel(/El. pašto adresas/).fill("admin@demo.lt");
    await page.getByLabel(/Slaptažodis/).fill("ne tas slaptažodis");
    await page.getByRole("button", { name: "Prisijungti" }).click();
    await page.getByRole("alert").waitFor();
    await signIn(page, app.server.url, "admin@demo.lt");
    await page.goto(`${app.server.url}/admin/security-log`);
    await page.getByRole("heading", { level: 1, name: "Saugos žurnalas" }).waitFor();
    const table = page.getByTestId("security-log");
    await table.getByText("Nepavykęs prisijungimas").first().waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);

    await page.getByLabel("Įvykis").selectOption("sign_in");
    await Promise.all([page.waitForURL(/type=sign_in/), page.getByRole("button", { name: "Rodyti" }).click()]);
    await table.getByText("Prisijungė").first().waitFor();
    expect(await table.getByText("Nepavykęs prisijungimas").count()).toBe(0);

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Atsisiųsti CSV" }).click()]);
    const text = await (await download.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString("utf8"));
    expect(text.startsWith("\uFEFFlaikas;ivykis;")).toBe(true);
    expect(text).toContain(";Prisijungė;");
    expect(text).not.toContain("Nepavykęs prisijungimas");
    // The wrong password answers 401 on purpose; Chromium logs that as a failed resource.
    expect(errors.filter((e) => !/status of 401/.test(e))).toEqual([]);
    await context.close();
  }, 120_000);
});
