// The journey of issue 19 in the demo with three users: the employee (phone) acknowledges
// the newest audit about them and disputes two answers; the supervisor (laptop) gives an
// opinion; leadership accepts one item and rejects the other; the score changes and the
// audit's history shows the correction.
import { and, desc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { openDatabase } from "../../app/db.server";
import { readAnswers } from "../../app/models/audits/answers.server";
import { checklistForDepartment } from "../../app/models/audits/checklists.server";
import { audits, employees, users } from "../../db/schema";
import { seriousA11yViolations } from "./axe";
import { newPage, PHONE, signIn, serverAndBrowserForFile } from "./harness";

const app = serverAndBrowserForFile({ SEED_DEMO: "1" });
const LAPTOP = { viewport: { width: 1280, height: 720 } };

/** The newest audit about the demo employee, its score, and two choice items to dispute (failed ones first). */
function target() {
  const db = openDatabase(app.server.dbFile);
  try {
    const person = db
      .select({ id: employees.id })
      .from(employees)
      .innerJoin(users, eq(users.id, employees.userId))
      .where(eq(users.email, "darbuotojas@demo.lt"))
      .get()!;
    const audit = db
      .select()
      .from(audits)
      .where(and(eq(audits.employeeId, person.id), eq(audits.state, "published")))
      .orderBy(desc(audits.publishedAt))
      .get()!;
    const items = new Map(
      checklistForDepartment(db, audit.checklistVersionId, audit.departmentId)
        .sections.flatMap((s) => s.items)
        .map((i) => [i.key, i]),
    );
    const choices = readAnswers(db, audit.id).filter((a) => a.choice && a.choice !== "na" && items.get(a.key)?.type === "yes_no");
    const ordered = [...choices.filter((a) => a.choice !== "yes"), ...choices.filter((a) => a.choice === "yes")].slice(0, 2);
    return { audit, disputed: ordered.map((a) => ({ key: a.key, was: a.choice!, claim: a.choice === "yes" ? "Ne" : "Taip" })) };
  } finally {
    db.$client.close();
  }
}

function scoreOf(id: number) {
  const db = openDatabase(app.server.dbFile);
  try {
    return db.select({ score: audits.score }).from(audits).where(eq(audits.id, id)).get()!.score;
  } finally {
    db.$client.close();
  }
}

describe("acknowledge, dispute, decide", () => {
  it("runs the loop with the employee, the supervisor and leadership", { timeout: 180_000 }, async () => {
    const { audit, disputed } = target();
    expect(disputed).toHaveLength(2);

    // The employee, on a phone.
    const phone = await app.browser.newContext(PHONE);
    const employee = await newPage(phone);
    await signIn(employee.page, app.server.url, "darbuotojas@demo.lt");
    await employee.page.goto(`${app.server.url}/audits/${audit.id}`);
    await Promise.all([employee.page.waitForURL(/\/audits\/\d+$/), employee.page.getByTestId("ack-button").click()]);
    await employee.page.getByTestId("ack-done").waitFor();
    await Promise.all([employee.page.waitForURL(/\/dispute$/), employee.page.getByTestId("dispute-start").click()]);
    expect(await seriousA11yViolations(employee.page)).toEqual([]);
    for (const [i, d] of disputed.entries()) {
      const item = employee.page.getByTestId(`dispute-item-${d.key}`);
      await item.getByLabel("Ginčiju šį atsakymą").check();
      await item.getByRole("group", { name: "Teisingas atsakymas" }).getByLabel(d.claim, { exact: true }).check();
      await item.getByLabel("Kodėl").fill(`Paaiškinimas ${i + 1}: kolegė matė.`);
    }
    await Promise.all([
      employee.page.waitForURL(/\/disputes\/\d+$/),
      employee.page.getByRole("button", { name: "Pateikti ginčą" }).click(),
    ]);
    await employee.page.getByText("Ginčas pateiktas.").waitFor();
    const disputeUrl = employee.page.url();
    expect(employee.errors).toEqual([]);

    // The supervisor of the department, on a laptop.
    const laptop = await app.browser.newContext(LAPTOP);
    const supervisor = await newPage(laptop);
    await signIn(supervisor.page, app.server.url, "vadovas@demo.lt");
    await supervisor.page.goto(`${app.server.url}/audits?state=published`);
    await supervisor.page.getByTestId("disputed-mark").first().waitFor();
    await supervisor.page.goto(disputeUrl);
    await supervisor.page
      .getByRole("textbox", { name: "Skyriaus vadovo nuomonė" })
      .fill("Pirmasis atsakymas abejotinas, antrasis teisingas.");
    await Promise.all([supervisor.page.waitForURL(disputeUrl), supervisor.page.getByTestId("opinion-submit").click()]);
    await supervisor.page.getByText("Nuomonė išsaugota.").waitFor();
    expect(await seriousA11yViolations(supervisor.page)).toEqual([]);
    expect(supervisor.errors).toEqual([]);

    // Leadership decides: the first item accepted, the second rejected.
    const leadershipContext = await app.browser.newContext(LAPTOP);
    const leadership = await newPage(leadershipContext);
    await signIn(leadership.page, app.server.url, "vadovybe@demo.lt");
    await leadership.page.goto(disputeUrl);
    await leadership.page.getByTestId("opinion-text").waitFor();
    expect(await seriousA11yViolations(leadership.page)).toEqual([]);
    const before = scoreOf(audit.id);
    const decide = async (key: string, outcome: string, reason: string) => {
      const item = leadership.page.getByTestId(`disputed-${key}`);
      await item.getByRole("group", { name: "Sprendimas dėl reikalavimo" }).getByLabel(outcome, { exact: true }).check();
      await item.getByLabel("Sprendimo motyvai").fill(reason);
    };
    await decide(disputed[0].key, "priimta", "Liudijimas patvirtina darbuotojo žodžius.");
    await decide(disputed[1].key, "atmesta", "Vertintojo pastaba išsami.");
    await Promise.all([leadership.page.waitForURL(disputeUrl), leadership.page.getByTestId("decision-submit").click()]);
    await leadership.page.getByText("Sprendimas priimtas.").waitFor();
    expect(await leadership.page.getByTestId(`outcome-${disputed[0].key}`).textContent()).toContain("priimta");
    expect(await leadership.page.getByTestId(`outcome-${disputed[1].key}`).textContent()).toContain("atmesta");
    const after = scoreOf(audit.id);
    // Accepting "yes" for a failed item raises the score, accepting "no" for a passed one lowers it.
    if (disputed[0].was === "yes") expect(after!).toBeLessThan(before!);
    else expect(after!).toBeGreaterThan(before!);

    await leadership.page.goto(`${app.server.url}/audits/${audit.id}`);
    await leadership.page.getByTestId("history-correction").waitFor();
    expect(await leadership.page.getByTestId("audit-history").textContent()).toContain("pakeistas pagal ginčo sprendimą");
    await leadership.page.goto(`${app.server.url}/disputes`);
    await leadership.page.getByTestId("outcomes-item").waitFor();
    expect(await seriousA11yViolations(leadership.page)).toEqual([]);
    expect(leadership.errors).toEqual([]);

    // The employee is told in the app (the count in the menu), opens the message and reads the decision.
    await employee.page.goto(`${app.server.url}/inbox`);
    expect(Number(await employee.page.getByTestId("unread-count").textContent())).toBeGreaterThan(0);
    const message = employee.page
      .getByTestId("inbox")
      .locator("li", { hasText: `Priimtas sprendimas dėl vertinimo Nr. ${audit.id} ginčo.` });
    await Promise.all([employee.page.waitForURL(disputeUrl), message.getByRole("button", { name: "Atidaryti" }).click()]);
    expect(await employee.page.getByTestId(`outcome-${disputed[0].key}`).textContent()).toContain("priimta");
    expect(employee.errors).toEqual([]);
    await Promise.all([phone.close(), laptop.close(), leadershipContext.close()]);
  });
});
