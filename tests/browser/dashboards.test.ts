// Dashboards journey on the demo data: leadership reads the overview, narrows the period,
// drills down to a department and an employee and downloads a table as CSV; a supervisor
// cannot open a department that is not theirs.
import fs from "node:fs";
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { seriousA11yViolations } from "./axe";
import { newPage, signIn, serverAndBrowserForFile } from "./harness";

const app = serverAndBrowserForFile();

/** recharts draws only after hydration, so a drawn line proves the client code ran. */
async function chartDrawn(page: Page, testId: string) {
  await page.locator(`[data-testid="${testId}"] .recharts-line-curve`).first().waitFor();
}

async function bodyRows(page: Page, table: string) {
  return page.locator(`[data-testid="table-${table}"] tbody tr`).count();
}

/** The distinct months in the trend table's first column, in order. */
async function trendMonths(page: Page) {
  const cells = await page.locator('[data-testid="table-trend"] tbody tr > :first-child').allTextContents();
  return [...new Set(cells.map((c) => c.trim()))].sort();
}

/** "2026-11" minus n months. */
function monthsBefore(month: string, n: number) {
  const [y, m] = month.split("-").map(Number);
  const d = new Date(Date.UTC(y, m - 1 - n, 1));
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, "0")}`;
}

describe("dashboards", () => {
  it("leadership reads the overview, narrows the period, drills down and downloads a CSV", async () => {
    const context = await app.browser.newContext({ acceptDownloads: true });
    const { page, errors } = await newPage(context);
    await signIn(page, app.server.url, "vadovybe@demo.lt");
    await page.goto(`${app.server.url}/dashboards`);
    await page.getByRole("heading", { level: 1 }).waitFor();

    // A chart drawn and its text alternative filled; a year of demo data in every table.
    await chartDrawn(page, "chart-trend");
    await chartDrawn(page, "chart-counts");
    expect(await trendMonths(page)).toHaveLength(12);
    expect(await bodyRows(page, "departments")).toBe(4);
    expect(await bodyRows(page, "rules")).toBeGreaterThan(0);
    expect(await page.getByTestId("min-n-note").textContent()).toMatch(/3/);
    expect(await seriousA11yViolations(page)).toEqual([]);

    // The last three months only: the filters land in the URL and the shown period changes.
    const to = await page.getByTestId("filter-to").inputValue();
    expect(to).toMatch(/^\d{4}-\d{2}$/);
    const from = monthsBefore(to, 2);
    const periodBefore = await page.getByTestId("dashboard-summary").locator("p").first().textContent();
    await page.getByTestId("filter-from").fill(from);
    await Promise.all([
      page.waitForURL((u) => u.searchParams.get("from") === from && u.searchParams.get("to") === to),
      page.getByTestId("filter-apply").click(),
    ]);
    const summary = page.getByTestId("dashboard-summary").locator("p").first();
    await expect.poll(() => summary.textContent()).toContain(from);
    expect(await summary.textContent()).not.toBe(periodBefore);
    await chartDrawn(page, "chart-trend");
    // The trend table (month × channel) now holds exactly those three months.
    expect(await trendMonths(page)).toEqual([from, monthsBefore(to, 1), to]);

    // Department, keeping the period.
    const department = page.getByTestId("department-link").filter({ hasText: "Klientų aptarnavimo skyrius" });
    await Promise.all([page.waitForURL(/\/dashboards\/departments\/\d+\?/), department.click()]);
    expect(new URL(page.url()).searchParams.get("from")).toBe(from);
    await page.getByRole("heading", { level: 1, name: /Klientų aptarnavimo skyrius/ }).waitFor();
    await chartDrawn(page, "chart-trend");
    expect(await bodyRows(page, "employees")).toBeGreaterThan(0);
    expect(await page.getByTestId("audit-link").count()).toBeGreaterThan(0);

    // Employee.
    const employee = page.getByTestId("employee-link").first();
    const employeeName = (await employee.textContent())!.trim();
    await Promise.all([page.waitForURL(/\/dashboards\/employees\/\d+/), employee.click()]);
    await page.getByRole("heading", { level: 1, name: new RegExp(employeeName) }).waitFor();
    await chartDrawn(page, "chart-trend");
    expect(await bodyRows(page, "sections")).toBeGreaterThan(0);
    expect(await page.getByTestId("audit-link").count()).toBeGreaterThan(0);

    // CSV of the employee's audits list: BOM, ';' and a Lithuanian header.
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("csv-audits").click()]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const bytes = fs.readFileSync((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString("utf8").split(/\r?\n/).filter(Boolean);
    expect(lines[0]).toContain(";");
    // The header is the page's table header, in Lithuanian.
    const headers = (await page.locator('[data-testid="table-audits"] thead th').allTextContents()).map((h) => h.trim());
    expect(lines[0]).toBe(headers.join(";"));
    expect(headers).toEqual(expect.arrayContaining(["Data", "Kanalas", "Balas"]));
    expect(lines.length - 1).toBe(await bodyRows(page, "audits"));

    // And the overview's department table, the same rows as on the page.
    await page.goto(`${app.server.url}/dashboards`);
    const [departmentsCsv] = await Promise.all([page.waitForEvent("download"), page.getByTestId("csv-departments").click()]);
    const text = fs.readFileSync((await departmentsCsv.path())!, "utf8");
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const rows = text.slice(1).split(/\r?\n/).filter(Boolean);
    expect(rows[0].split(";")[0]).toBe("Skyrius");
    expect(
      rows
        .slice(1)
        .map((r) => r.split(";")[0])
        .sort(),
    ).toEqual(["Būsto nuomos skyrius", "Klientų aptarnavimo skyrius", "Techninės priežiūros skyrius", "Teisės skyrius"]);

    // The same table as XLSX, beside the CSV: its n column is numbers that add up to the CSV's.
    const [xlsx] = await Promise.all([page.waitForEvent("download"), page.getByTestId("xlsx-departments").click()]);
    expect(xlsx.suggestedFilename()).toMatch(/-departments\.xlsx$/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile((await xlsx.path())!);
    const sheet = book.worksheets[0];
    const nColumn = (sheet.getColumn(3).values as unknown[]).slice(2);
    expect(nColumn.every((v) => typeof v === "number")).toBe(true);
    const csvN = rows.slice(1).reduce((sum, r) => sum + Number(r.split(";")[2]), 0);
    expect((nColumn as number[]).reduce((a, b) => a + b, 0)).toBe(csvN);

    expect(errors).toEqual([]);
    await context.close();
  });

  it("a supervisor opens their own department but gets 404 for another one", async () => {
    // Leadership sees every department; note the URLs of one the supervisor leads and one they do not.
    const leadership = await app.browser.newContext();
    const { page: lead } = await newPage(leadership);
    await signIn(lead, app.server.url, "vadovybe@demo.lt");
    await lead.goto(`${app.server.url}/dashboards`);
    const hrefOf = async (name: string) =>
      new URL((await lead.getByTestId("department-link").filter({ hasText: name }).getAttribute("href"))!, app.server.url).pathname;
    const own = await hrefOf("Klientų aptarnavimo skyrius");
    const other = await hrefOf("Teisės skyrius");
    await leadership.close();

    const context = await app.browser.newContext();
    const { page, errors } = await newPage(context);
    await signIn(page, app.server.url, "vadovas@demo.lt");
    const ownResponse = await page.goto(`${app.server.url}${own}`);
    expect(ownResponse?.status()).toBe(200);
    await page.getByRole("heading", { level: 1, name: /Klientų aptarnavimo skyrius/ }).waitFor();
    await chartDrawn(page, "chart-trend");
    const otherResponse = await page.goto(`${app.server.url}${other}`);
    expect(otherResponse?.status()).toBe(404);
    expect(await page.content()).not.toContain("Teisės skyrius");
    // The overview is leadership's: a supervisor has no dashboard of every department.
    const overview = await page.goto(`${app.server.url}/dashboards`);
    expect([403, 404]).toContain(overview?.status());
    expect(errors.filter((e) => !/40[34]/.test(e))).toEqual([]);
    await context.close();
  });
});
