// A rejected audit must not look valid: its record says first that it was rejected and that
// the score is void, on screen and in print, and the audit list strikes the score through.
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "~/db.server";
import type { ChecklistItem } from "~/domain/checklists/schema";
import { loadSessionUser } from "~/lib/auth.server";
import { insertCompletedAudit } from "~/models/audits/store.server";
import { currentVersionId, getChecklistVersion } from "~/models/audits/checklists.server";
import { rejectAudit } from "~/models/audits/review.server";
import { departments, employees, users } from "../../db/schema";
import { newPage, signIn, serverAndBrowserForFile } from "./harness";

const app = serverAndBrowserForFile({ SEED_DEMO: "1" });
let auditId = 0;

function passing(item: ChecklistItem) {
  if (item.type === "measure") return { key: item.key, number: item.threshold.max ?? item.threshold.min! };
  if (item.type === "phrase") return { key: item.key, phrases: item.phrases.recommended.slice(0, 1) };
  return { key: item.key, choice: "yes" as const };
}

beforeAll(() => {
  // A submitted audit that passes, rejected by the admin through the model, as the review page does.
  const db = openDatabase(app.server.dbFile);
  const versionId = currentVersionId(db, "vmb-in-person")!;
  const checklist = getChecklistVersion(db, versionId);
  const answers = checklist.sections.flatMap((s) => s.items).map(passing);
  const shopper = db.select().from(users).where(eq(users.email, "klientas@demo.lt")).get()!;
  const admin = db.select().from(users).where(eq(users.email, "admin@demo.lt")).get()!;
  const department = db.select().from(departments).where(eq(departments.code, "KAS")).get()!;
  const employee = db.select().from(employees).where(eq(employees.departmentId, department.id)).get()!;
  const audit = insertCompletedAudit(db, {
    checklistVersionId: versionId,
    auditType: "mystery_shopper",
    channel: "in_person",
    departmentId: department.id,
    employeeId: employee.id,
    auditorId: shopper.id,
    interactionAt: Date.now() - 86_400_000,
    answers,
    state: "submitted",
    actorId: shopper.id,
  });
  rejectAudit(db, loadSessionUser(db, admin.id)!, audit.id, "Apsilankymas neįvyko");
  auditId = audit.id;
  db.$client.close();
});

describe("rejected audit", () => {
  it("shows the rejection before the score and the score as void, on screen, in print and in the list", async () => {
    const context = await app.browser.newContext({ viewport: { width: 1280, height: 720 } });
    const { page, errors } = await newPage(context);
    await signIn(page, app.server.url, "vadovybe@demo.lt");

    await page.goto(`${app.server.url}/audits/${auditId}`);
    await page.getByTestId("audit-record").waitFor();
    expect(await page.getByTestId("audit-state").textContent()).toBe("atmestas");
    const notice = page.getByTestId("audit-void");
    expect(await notice.textContent()).toContain("balas negalioja");
    // The notice comes before the score in the reading order.
    const order = await page.evaluate(() => {
      const notice = document.querySelector("[data-testid=audit-void]")!;
      const score = document.querySelector("[data-testid=audit-score]")!;
      return notice.compareDocumentPosition(score) & Node.DOCUMENT_POSITION_FOLLOWING;
    });
    expect(order).toBeTruthy();
    const score = page.getByTestId("audit-score");
    expect(await score.textContent()).toMatch(/^100,0 negalioja$/);
    expect(await score.locator("del").textContent()).toBe("100,0");
    expect(await score.textContent()).not.toContain("atitinka");
    await page.emulateMedia({ media: "print" });
    expect(await notice.isVisible()).toBe(true);
    await page.emulateMedia({ media: "screen" });

    await page.goto(`${app.server.url}/audits?state=rejected`);
    const row = page.getByTestId("audit-list").locator("tbody tr").first();
    expect(await row.locator("td").nth(4).textContent()).toContain("atmestas");
    expect(await row.locator("td.num").textContent()).toBe("100,0 negalioja");
    expect(errors).toEqual([]);
    await context.close();
  });
});
