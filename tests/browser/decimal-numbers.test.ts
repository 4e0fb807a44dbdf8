// A measure typed with a decimal comma in a browser whose language is English is stored as
// typed (a number input read "12,5" by the browser's locale), and shown back the same way.
import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "~/db.server";
import { loadSessionUser } from "~/lib/auth.server";
import { readAnswers } from "~/models/audits/answers.server";
import { createDraft } from "~/models/audits/draft.server";
import { departments, employees, organisations, users } from "../../db/schema";
import { waitSynced } from "./field-sync-helpers";
import { newPage, PHONE, signIn, serverAndBrowserForFile } from "./harness";

const app = serverAndBrowserForFile({ SEED_DEMO: "1" });
const MEASURE = "vmb.attitude.solution_or_help_minutes";
let auditId = 0;

beforeAll(() => {
  const db = openDatabase(app.server.dbFile);
  const shopper = db.select().from(users).where(eq(users.email, "klientas@demo.lt")).get()!;
  // The demo's VMB (the shopper works for both organisations; each has a KAS).
  const org = db.select().from(organisations).where(eq(organisations.code, "VMB")).get()!;
  const department = db
    .select()
    .from(departments)
    .where(and(eq(departments.code, "KAS"), eq(departments.orgId, org.id)))
    .get()!;
  const employee = db.select().from(employees).where(eq(employees.departmentId, department.id)).get()!;
  auditId = createDraft(db, loadSessionUser(db, shopper.id)!, {
    clientKey: randomUUID(),
    checklistId: "vmb-in-person",
    channel: "in_person",
    departmentId: department.id,
    employeeId: employee.id,
    unknownEmployeeDescription: null,
    interactionAt: Date.now() - 3600_000,
    location: "Vilnius",
    scenario: "Klausimas",
  }).id;
  db.$client.close();
});

function storedNumber() {
  const db = openDatabase(app.server.dbFile);
  const answer = readAnswers(db, auditId).find((a) => a.key === MEASURE);
  db.$client.close();
  return answer?.number;
}

describe("decimal numbers", () => {
  for (const [locale, typed, shown] of [
    ["en-US", "12,5", "12,5"],
    ["en-US", "7.25", "7,25"],
    ["lt-LT", "12,5", "12,5"],
  ] as const) {
    it(`stores "${typed}" typed in a ${locale} browser as a decimal`, async () => {
      const context = await app.browser.newContext({ ...PHONE, locale });
      const { page, errors } = await newPage(context);
      await signIn(page, app.server.url, "klientas@demo.lt");
      await page.goto(`${app.server.url}/audits/${auditId}/edit`);
      const input = page.locator(`fieldset[data-testid="item-${MEASURE}"] .measure input`);
      await input.click();
      await input.press("ControlOrMeta+a");
      await input.press("Backspace");
      await input.pressSequentially(typed);
      // "Save" sends what waits at once; the form says when nothing waits any more.
      await page.getByTestId("save-draft").click();
      await waitSynced(page);
      await page.evaluate(
        () =>
          new Promise((done) => {
            const request = indexedDB.deleteDatabase("etalonas-field");
            request.onsuccess = request.onerror = request.onblocked = () => done(null);
          }),
      );
      expect(storedNumber()).toBe(Number(typed.replace(",", ".")));
      await page.reload();
      // Shown back in the interface's language (Lithuanian here: the comma).
      expect(await input.inputValue()).toBe((await page.getAttribute("html", "lang")) === "lt" ? shown : shown.replace(",", "."));
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});
