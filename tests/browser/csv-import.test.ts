// CSV import journey: an admin downloads a checklist's template, fills in four audits of
// which two are wrong, sees both problems with their lines, cannot import, fixes the file,
// imports it, and the audits wait in the review queue for leadership.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Papa from "papaparse";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seriousA11yViolations } from "./axe";
import { newPage, PHONE, serverAndBrowserForFile, signIn, signOut } from "./harness";

const app = serverAndBrowserForFile();
let dir: string;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "etalonas-import-"));
});

afterAll(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

const CHECKLIST = "vmb-phone";
// Demo staff of KAS by employee code.
const STAFF: Record<string, string> = {
  VMB001: "Eglė Petraitienė",
  VMB002: "Jonas Kazlauskas",
  VMB003: "Aušra Jankauskienė",
  VMB004: "Mindaugas Žukauskas",
};

/** A past morning, `daysAgo` days back, as the agency writes it. */
function pastMorning(daysAgo: number) {
  const d = new Date(Date.now() - daysAgo * 86_400_000);
  return `${d.toISOString().slice(0, 10)} 10:00`;
}

type Row = { ref: string; employee: string; answer?: string };

/** The template's example row, made into our audits: same answers, our references and staff. */
function auditFile(template: string, rows: Row[], answerColumn: string) {
  const parsed = Papa.parse<Record<string, string>>(template.replace(/^\uFEFF/, ""), {
    header: true,
    delimiter: ";",
    skipEmptyLines: true,
  });
  const example = parsed.data[0];
  const data = rows.map((r, i) => ({
    ...example,
    external_ref: r.ref,
    department_code: "KAS",
    employee: r.employee,
    interaction_at: pastMorning(i + 2),
    overall_comment: `Agentūros vertinimas ${r.ref}`,
    ...(r.answer ? { [answerColumn]: r.answer } : {}),
  }));
  return "\uFEFF" + Papa.unparse(data, { delimiter: ";", columns: parsed.meta.fields, newline: "\r\n" });
}

async function upload(page: Page, file: string) {
  await page.goto(`${app.server.url}/admin/import`);
  await page.getByTestId("import-file").setInputFiles(file);
  await Promise.all([page.waitForURL(/\/admin\/import\/[0-9a-f-]{36}$/), page.getByTestId("import-submit").click()]);
  // Small files are checked before the page loads; wait out a slow machine all the same.
  await page.getByTestId("import-summary").waitFor();
}

async function reviewLinks(page: Page) {
  await page.goto(`${app.server.url}/review`);
  await page.getByRole("heading", { level: 1 }).waitFor();
  return page.locator('[data-testid^="review-link-"]').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
}

describe("audit CSV import", () => {
  it("an admin imports an agency's file after fixing its two bad rows; the audits wait for review", async () => {
    const context = await app.browser.newContext({ ...PHONE, acceptDownloads: true });
    const { page, errors } = await newPage(context);
    await signIn(page, app.server.url, "admin@demo.lt");
    // The demo audits are all published: the review queue starts empty.
    expect(await reviewLinks(page)).toEqual([]);

    // The checklist's template, downloaded from the import page.
    await page.goto(`${app.server.url}/admin/import`);
    expect(await seriousA11yViolations(page)).toEqual([]);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: new RegExp(`\\(${CHECKLIST}\\)`) }).click(),
    ]);
    const template = fs.readFileSync((await download.path())!, "utf8");
    const header = template
      .replace(/^\uFEFF/, "")
      .split(/\r?\n/)[0]
      .split(";");
    expect(header.slice(0, 2)).toEqual(["external_ref", "checklist_id"]);
    // A yes/no item's answer column: the example answers it with a word.
    const example = Papa.parse<Record<string, string>>(template.replace(/^\uFEFF/, ""), { header: true, delimiter: ";" }).data[0];
    const answerColumn = header.find((c) => c.startsWith("vmb.") && !c.includes(":") && ["taip", "iš dalies"].includes(example[c]))!;
    expect(answerColumn).toBeTruthy();

    // Four audits; line 3 names somebody who does not work here, line 4 answers "galbūt".
    const stamp = Date.now().toString(36).toUpperCase();
    const refs = [1, 2, 3, 4].map((n) => `AG-${stamp}-${n}`);
    const file = path.join(dir, "agenturos-vertinimai.csv");
    const bad: Row[] = [
      { ref: refs[0], employee: "VMB001" },
      { ref: refs[1], employee: "Nežinomas Darbuotojas" },
      { ref: refs[2], employee: "VMB002", answer: "galbūt" },
      { ref: refs[3], employee: "VMB003" },
    ];
    fs.writeFileSync(file, auditFile(template, bad, answerColumn));
    await upload(page, file);
    await page.getByRole("heading", { name: "Rastos 2 klaidos" }).waitFor();
    const problems = page.locator('[data-testid="import-problems"] tbody tr');
    expect(await problems.count()).toBe(2);
    const cells = async (i: number) => (await problems.nth(i).locator("td").allTextContents()).map((c) => c.trim());
    const [employeeProblem, valueProblem] = [await cells(0), await cells(1)];
    expect(employeeProblem.slice(0, 2)).toEqual(["3", "employee"]);
    expect(employeeProblem[2]).toContain("„Nežinomas Darbuotojas“ nerastas");
    expect(valueProblem.slice(0, 2)).toEqual(["4", answerColumn]);
    expect(valueProblem[2]).toContain("netinkama reikšmė „galbūt“");
    expect(await page.getByRole("alert").first().textContent()).toContain("Pataisykite failą");
    expect(await seriousA11yViolations(page)).toEqual([]);

    // No confirm button, and the server refuses a confirm sent anyway; nothing was written.
    expect(await page.getByTestId("import-confirm").count()).toBe(0);
    const jobUrl = page.url();
    const refused = await page.request.post(jobUrl, { form: { intent: "confirm" } });
    expect(refused.url()).toBe(jobUrl);
    expect(await refused.text()).toContain("Šio failo dabar importuoti negalima.");
    expect(await reviewLinks(page)).toEqual([]);

    // The fixed file: a real employee on line 3, an allowed answer on line 4.
    const fixed: Row[] = [bad[0], { ref: refs[1], employee: "VMB004" }, { ref: refs[2], employee: "VMB002", answer: "iš dalies" }, bad[3]];
    fs.writeFileSync(file, auditFile(template, fixed, answerColumn));
    await upload(page, file);
    expect(await page.getByTestId("import-problems").count()).toBe(0);
    const summary = await page.getByTestId("import-summary").textContent();
    expect(summary).toMatch(/Eilučių faile\s*4/);
    expect(summary).toMatch(/Bus sukurta\s*4/);
    await page.getByTestId("import-confirm").click();
    await page.getByRole("heading", { name: "Importuota: „agenturos-vertinimai.csv“" }).waitFor();
    await page.getByText("Failas „agenturos-vertinimai.csv“ importuotas.").waitFor();
    expect(await page.getByTestId("import-summary").textContent()).toMatch(/Sukurta\s*4/);
    await signOut(page);

    // Leadership finds the four audits submitted in the review queue, of the right people.
    await signIn(page, app.server.url, "vadovybe@demo.lt");
    const links = await reviewLinks(page);
    expect(links).toHaveLength(4);
    const rows = page.locator('[data-testid="review-queue"] tbody tr');
    for (const text of await rows.allTextContents()) expect(text).toMatch(/Klientų aptarnavimo skyrius.*Telefonas/);
    const people: string[] = [];
    for (const link of links) {
      await page.goto(link);
      expect(await page.getByTestId("audit-state").textContent()).toBe("pateiktas");
      people.push((await page.getByTestId("audit-employee").textContent())!.split(",")[0]);
    }
    expect(people.sort()).toEqual(Object.values(STAFF).sort());

    expect(errors).toEqual([]);
    await context.close();
  });
});
