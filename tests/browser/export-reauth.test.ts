// The export of every audit asks for the password again when the sign-in is older than a few
// minutes: the download sends the admin to the confirmation, which brings them back to the
// export form with the same period, and the second click downloads the file.
import fs from "node:fs";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { openDatabase } from "~/db.server";
import { REAUTH_WINDOW_MS } from "~/lib/reauth.server";
import { sessions, users } from "../../db/schema";
import { seriousA11yViolations } from "./axe";
import { newPage, PHONE, signIn, serverAndBrowserForFile } from "./harness";

const app = serverAndBrowserForFile();

/** Backdates every session of the user, as if they had signed in long ago. */
function ageSessions(email: string) {
  const db = openDatabase(app.server.dbFile);
  const user = db.select().from(users).where(eq(users.email, email)).get()!;
  db.update(sessions)
    .set({ createdAt: Date.now() - REAUTH_WINDOW_MS - 60_000 })
    .where(eq(sessions.userId, user.id))
    .run();
  db.$client.close();
}

describe("export re-authentication", () => {
  it("an admin signed in long ago confirms the password, comes back to the same period and downloads", async () => {
    const context = await app.browser.newContext({ ...PHONE, acceptDownloads: true });
    const { page, errors } = await newPage(context);
    await signIn(page, app.server.url, "admin@demo.lt");
    ageSessions("admin@demo.lt");

    await page.goto(`${app.server.url}/admin/export`);
    const form = page.getByTestId("export-form");
    await form.getByLabel("Nuo (imtinai)").fill("2025-01-01");
    await form.getByLabel("Iki (imtinai)").fill("2026-12-31");
    await Promise.all([page.waitForURL(/\/account\/confirm\?/), page.getByTestId("export-submit").click()]);
    await page.getByText("Prieš šį veiksmą dar kartą įveskite savo slaptažodį").waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);

    await page.getByLabel("Dabartinis slaptažodis").fill("etalonas-demo");
    await Promise.all([page.waitForURL(/\/admin\/export\?/), page.getByRole("button", { name: "Patvirtinti" }).click()]);
    expect(await page.getByTestId("export-form").getByLabel("Nuo (imtinai)").inputValue()).toBe("2025-01-01");
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-submit").click()]);
    const text = fs.readFileSync((await download.path())!, "utf8");
    expect(text.replace(/^\uFEFF/, "").startsWith("external_ref")).toBe(true);
    expect(text.split("\n").length).toBeGreaterThan(10);
    expect(errors).toEqual([]);
    await context.close();
  });
});
