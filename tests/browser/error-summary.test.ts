// After a failed submit the focus moves to the error summary, and each message names the item
// and its real problem (a number over the limit is not "the answer is no").
import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "~/db.server";
import { loadSessionUser } from "~/lib/auth.server";
import { createDraft } from "~/models/audits/draft.server";
import { departments, employees, organisations, users } from "../../db/schema";
import { newPage, PHONE, signIn, serverAndBrowserForFile } from "./harness";

const app = serverAndBrowserForFile({ SEED_DEMO: "1" });
let auditId = 0;

beforeAll(() => {
  const db = openDatabase(app.server.dbFile);
  const shopper = db.select().from(users).where(eq(users.email, "klientas@demo.lt")).get()!;
  // The demo's KMSA (the shopper works for both organisations; each has a KAS).
  const org = db.select().from(organisations).where(eq(organisations.code, "KMSA")).get()!;
  const department = db
    .select()
    .from(departments)
    .where(and(eq(departments.code, "KAS"), eq(departments.orgId, org.id)))
    .get()!;
  const employee = db.select().from(employees).where(eq(employees.departmentId, department.id)).get()!;
  auditId = createDraft(db, loadSessionUser(db, shopper.id)!, {
    clientKey: randomUUID(),
    checklistId: "kmsa-phone",
    channel: "phone",
    departmentId: department.id,
    employeeId: employee.id,
    unknownEmployeeDescription: null,
    interactionAt: Date.now() - 3600_000,
    location: "",
    scenario: "Skambutis dėl pažymos",
  }).id;
  db.$client.close();
});

describe("error summary", () => {
  it("takes the focus and says which item is wrong and why", async () => {
    const context = await app.browser.newContext({ ...PHONE, locale: "lt-LT" });
    const { page, errors } = await newPage(context);
    await signIn(page, app.server.url, "klientas@demo.lt");
    await page.goto(`${app.server.url}/audits/${auditId}/edit`);
    // Typed after the form has hydrated and read the device's copy of the draft (CI once typed
    // into the server's HTML, and the restore that followed emptied the field).
    await page.waitForLoadState("networkidle");
    await page.locator('fieldset[data-testid="item-kmsa.phone_in.rings"] .measure input').fill("5");
    await page.getByTestId("submit-audit").click();
    const summary = page.getByTestId("answer-errors");
    await summary.waitFor();
    await page.waitForFunction(() => document.activeElement?.getAttribute("data-testid") === "answer-errors");
    expect(await summary.textContent()).toContain(
      "„Po kelinto signalo atsiliepta?“: įvesta 5, o leidžiama ne daugiau kaip 3: parašykite komentarą",
    );

    // A second failed submit takes the focus back to the summary.
    await page.locator('fieldset[data-testid="item-kmsa.phone_in.rings"] .measure input').focus();
    await page.getByTestId("submit-audit").click();
    await page.waitForFunction(() => document.activeElement?.getAttribute("data-testid") === "answer-errors");
    expect(errors).toEqual([]);
    await context.close();
  });
});
