// Two-factor sign-in in the browser: the administrator enrols (scans — here: reads the key —
// and confirms with a code computed in the test), keeps the recovery codes, signs out and in
// again with a code; then requires it for administrators and leadership, and leadership
// is sent to enrolment after signing in.
import { describe, expect, it } from "vitest";
import { totpCode } from "../../app/domain/two-factor/totp";
import { seriousA11yViolations } from "./axe";
import { newPage, PHONE, serverAndBrowserForFile, signIn, signOut } from "./harness";

const app = serverAndBrowserForFile();

describe("two-factor sign-in", () => {
  it("is enrolled on the account page and asked for at the next sign-in", async () => {
    const context = await app.browser.newContext({ viewport: { width: 1280, height: 720 } });
    const { page, errors } = await newPage(context);
    await signIn(page, app.server.url, "admin@demo.lt");
    await page.getByRole("link", { name: "Keisti slaptažodį" }).click();
    await page.getByRole("link", { name: "Dviejų veiksnių prisijungimas" }).click();
    await page.getByRole("heading", { level: 1, name: "Dviejų veiksnių prisijungimas" }).waitFor();
    await page.getByRole("button", { name: "Įjungti" }).click();
    await page.getByRole("img", { name: "QR kodas autentifikavimo programėlei" }).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    const secret = (await page.getByTestId("two-factor-secret").innerText()).replace(/\s/g, "");
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);

    await page.getByLabel("Kodas", { exact: true }).fill(totpCode(secret, Date.now()));
    await page.getByRole("button", { name: "Patvirtinti ir įjungti" }).click();
    await page.getByRole("heading", { name: "Atsarginiai kodai" }).waitFor();
    expect(await page.getByTestId("recovery-codes").locator("li").count()).toBe(10);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByRole("link", { name: "Išsisaugojau, tęsti" }).click();

    await signOut(page);
    await page.getByLabel(/El. pašto adresas/).fill("admin@demo.lt");
    await page.getByLabel(/Slaptažodis/).fill("etalonas-demo");
    await Promise.all([page.waitForURL((u) => u.pathname === "/login/code"), page.getByRole("button", { name: "Prisijungti" }).click()]);
    await page.getByRole("heading", { level: 1, name: "Prisijungimo kodas" }).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByLabel("Kodas", { exact: true }).fill("000000");
    await page.getByRole("button", { name: "Prisijungti" }).click();
    await page.getByRole("alert").getByText("Kodas neteisingas arba jau panaudotas.").waitFor();
    // The enrolment used this 30-second step's code: the app's next one is accepted too.
    await page.getByLabel("Kodas", { exact: true }).fill(totpCode(secret, Date.now() + 30_000));
    await Promise.all([page.waitForURL((u) => u.pathname === "/"), page.getByRole("button", { name: "Prisijungti" }).click()]);

    // Require it for administrators and leadership.
    await page.goto(`${app.server.url}/admin/organisation`);
    await page.getByLabel("Administratoriai ir vadovybė privalo jungtis dviem veiksniais").check();
    await page.getByRole("button", { name: "Išsaugoti", exact: true }).click();
    await page.getByRole("status").first().waitFor();
    expect(await page.getByLabel("Administratoriai ir vadovybė privalo jungtis dviem veiksniais").isChecked()).toBe(true);
    // The wrong code answers 401 on purpose; Chromium logs that as a failed resource.
    expect(errors.filter((e) => !/status of 401/.test(e))).toEqual([]);
    await context.close();

    const phone = await app.browser.newContext(PHONE);
    const leader = await newPage(phone);
    await signIn(leader.page, app.server.url, "vadovybe@demo.lt");
    await leader.page.waitForURL((u) => u.pathname === "/account/two-factor");
    await leader.page.getByText("Jūsų organizacija reikalauja").waitFor();
    await leader.page.goto(`${app.server.url}/dashboards`);
    expect(new URL(leader.page.url()).pathname).toBe("/account/two-factor");
    expect(await seriousA11yViolations(leader.page)).toEqual([]);
    expect(leader.errors).toEqual([]);
    await phone.close();
  }, 120_000);
});
