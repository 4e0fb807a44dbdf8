/// <reference types="vite/client" />
// Every page every role may reach, in Chromium with JavaScript, on a phone (390×844) and a
// desktop (1280×720). The list comes from the access matrix (tests/access/routes.*.ts): each
// GET row that answers 200 for the role and renders a page (a route module with a
// component, so not CSV downloads or JSON), with ids from the seeded demo database. A page
// fails on a console error or uncaught exception (hydration errors included), an error
// page, axe serious/critical findings, content wider than the window, a picker offering
// two choices of the same name, or a control smaller than the target size (44 px on the
// phone, WCAG 2.5.5; 24 px on the desktop, 2.5.8).
// One server, one browser; each role × viewport is a context of its own, run in parallel.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { ServerBuild } from "@remix-run/node";
import type { Browser } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import type { Role } from "../../db/schema";
import type { AccessArea, AccessRow, Fixtures } from "../access/types";
import { seriousA11yViolations } from "./axe";
import { demoFixtures } from "./demo-fixtures";
import { newPage, PHONE, signIn, serverAndBrowserForFile } from "./harness";
import { ambiguousOptions, errorPageShown, hiddenSidewaysContent, horizontalOverflow, smallTargets, waitForHydration } from "./page-checks";

const areas = import.meta.glob<Record<string, AccessArea>>("../access/routes.*.ts", { eager: true });
const rows: AccessRow[] = Object.values(areas)
  .flatMap((mod) => Object.values(mod))
  .flatMap((a) => a.rows);

// EVERY_PAGE_ROLES=leadership,employee narrows a local run; CI runs every role.
const ROLES = (["platform_admin", "programme_viewer", "admin", "leadership", "supervisor", "mystery_shopper", "employee"] as Role[]).filter(
  (r) => !process.env.EVERY_PAGE_ROLES || process.env.EVERY_PAGE_ROLES.split(",").includes(r),
);
const VIEWPORTS = [
  { name: "phone", options: PHONE, minTarget: 44 },
  { name: "desktop", options: { viewport: { width: 1280, height: 720 } }, minTarget: 24 },
] as const;

const app = serverAndBrowserForFile();
let fixtures: Fixtures;
let emails: Record<Role, string>;
let pageRoutes: Set<string>;

/** An import job lives in the server's memory, so it is made the way an admin makes one. */
async function uploadImportJob(browser: Browser, baseUrl: string, email: string): Promise<string> {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "etalonas-every-page-")), "agentura.csv");
  fs.writeFileSync(file, "external_ref;checklist_id;department_code;interaction_at\nA-1;nera;NERA;2026-01-01 10:00\n");
  const context = await browser.newContext();
  const { page } = await newPage(context);
  await signIn(page, baseUrl, email);
  await page.goto(`${baseUrl}/admin/import`);
  await page.getByTestId("import-file").setInputFiles(file);
  await Promise.all([page.waitForURL(/\/admin\/import\/[0-9a-f-]{36}$/), page.getByTestId("import-submit").click()]);
  await context.close();
  return /\/admin\/import\/([0-9a-f-]{36})$/.exec(page.url())![1];
}

/** The distinct pages the role may open, from the access matrix. */
function pagesFor(role: Role): string[] {
  const urls = rows
    .filter((r) => (r.method ?? "GET") === "GET" && r.expect[role] === 200 && pageRoutes.has(r.route))
    .map((r) => (typeof r.path === "string" ? r.path : r.path(fixtures)));
  return [...new Set(urls)];
}

beforeAll(async () => {
  const build = (await import(pathToFileURL(path.resolve("build/index.js")).href)) as ServerBuild;
  pageRoutes = new Set(
    Object.entries(build.routes)
      .filter(([, r]) => r.module.default)
      .map(([id]) => id),
  );
  ({ fixtures, emails } = await demoFixtures(app.server.dbFile));
  fixtures.importJob = await uploadImportJob(app.browser, app.server.url, emails.admin);
});

describe.concurrent("every page", () => {
  for (const role of ROLES) {
    for (const viewport of VIEWPORTS) {
      it(`${role} on the ${viewport.name}`, { timeout: 600_000 }, async () => {
        const started = Date.now();
        const context = await app.browser.newContext(viewport.options);
        const { page, errors } = await newPage(context);
        page.on("console", (msg) => {
          if (msg.type() === "warning" && /hydrat|did not match/i.test(msg.text())) errors.push(msg.text());
        });
        await signIn(page, app.server.url, emails[role]);
        const urls = pagesFor(role);
        const problems: string[] = [];
        for (const url of urls) {
          errors.length = 0;
          const found: string[] = [];
          const response = await page.goto(`${app.server.url}${url}`);
          if (response?.status() !== 200) found.push(`HTTP ${response?.status()}`);
          await page.waitForLoadState("networkidle");
          await waitForHydration(page).catch(() => found.push("never hydrated"));
          const errorPage = await errorPageShown(page);
          if (errorPage) found.push(`error page: ${errorPage}`);
          const overflow = await horizontalOverflow(page);
          if (overflow) found.push(overflow);
          found.push(...(await hiddenSidewaysContent(page)));
          found.push(...(await ambiguousOptions(page)));
          for (const small of await smallTargets(page, viewport.minTarget)) found.push(`target under ${viewport.minTarget} px: ${small}`);
          found.push(...(await seriousA11yViolations(page)));
          found.push(...errors.map((e) => `console: ${e}`));
          problems.push(...found.map((f) => `${url}: ${f}`));
        }
        await context.close();
        console.info(`${role} ${viewport.name}: ${urls.length} pages in ${Date.now() - started} ms\n  ${urls.join("\n  ")}`);
        expect(urls.length).toBeGreaterThan(2);
        expect(problems).toEqual([]);
      });
    }
  }
});

describe("phone layouts", () => {
  it("the shopper's audit list is paged and each row shows state and score within the screen", async () => {
    const context = await app.browser.newContext(PHONE);
    const { page, errors } = await newPage(context);
    await signIn(page, app.server.url, emails.mystery_shopper);
    await page.goto(`${app.server.url}/audits`);
    const rows = page.getByTestId("audit-list").locator("tbody tr");
    expect(await rows.count()).toBe(50);
    for (const cell of [rows.first().locator("td").nth(4), rows.first().locator("td").nth(5)]) {
      const box = (await cell.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(390);
    }
    const first = await rows.first().locator("a").getAttribute("href");
    await Promise.all([page.waitForURL(/page=2/), page.getByRole("link", { name: "Kiti" }).click()]);
    // The URL changes before the client-side navigation has rendered the next page: wait for
    // the pager to say so, then compare the rows.
    await page
      .getByRole("navigation", { name: "Vertinimų sąrašo puslapiai" })
      .getByText(/51–100 iš \d/)
      .waitFor();
    expect(await rows.first().locator("a").getAttribute("href")).not.toBe(first);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("a review page shows the answers before the decision, whose disclosures look like buttons", async () => {
    const context = await app.browser.newContext(PHONE);
    const { page, errors } = await newPage(context);
    await signIn(page, app.server.url, emails.leadership);
    await page.goto(`${app.server.url}/review/${fixtures.submittedAudit}`);
    const answersTop = (await page.getByRole("heading", { name: "Atsakymai" }).boundingBox())!.y;
    const decisionTop = (await page.getByTestId("review-decision").boundingBox())!.y;
    expect(decisionTop).toBeGreaterThan(answersTop);
    await Promise.all([page.waitForURL(/#decision$/), page.getByTestId("jump-to-decision").click()]);
    for (const name of ["Grąžinti taisyti", "Atmesti"]) {
      const summary = page.locator("summary", { hasText: name });
      const look = await summary.evaluate((el) => {
        const s = getComputedStyle(el);
        return {
          border: parseFloat(s.borderTopWidth),
          height: el.getBoundingClientRect().height,
          size: parseFloat(s.fontSize),
          body: parseFloat(getComputedStyle(document.body).fontSize),
        };
      });
      expect(look.border).toBeGreaterThanOrEqual(1);
      expect(look.height).toBeGreaterThanOrEqual(44);
      expect(look.size).toBeLessThanOrEqual(look.body);
    }
    expect(errors).toEqual([]);
    await context.close();
  });
});
