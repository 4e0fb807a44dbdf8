// Field chaos (issue 17): a long in-person audit (every item of the VMB in-person checklist)
// filled in two tabs of one phone whose clocks are 10 minutes ahead and 10 minutes behind,
// while the connection goes off and on at random and tabs reload (also offline). Conflicts
// are decided as the person would: for the answer they gave last. At the end every answer
// on the server must equal the last answer given. Prints the counts. Seeded: CHAOS_SEED.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { answerValue } from "~/domain/audit-form/answer-values";
import type { RawAnswer } from "~/domain/scoring";
import { itemKeys } from "./audit-fill";
import { createShopperDraft, serverDraft } from "./field-fixtures";
import { waitSynced } from "./field-sync-helpers";
import { newPage, PHONE, signIn, serverAndBrowserForFile } from "./harness";

const app = serverAndBrowserForFile({ SEED_DEMO: "1" });
const SEED = Number(process.env.CHAOS_SEED ?? 17);
const EXTRA_CHANGES = 60;

/** mulberry32: a small seeded generator, so a failing run can be repeated. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The page's clock moved by `ms` (Date and Date.now), before any of its scripts run. */
function skewClock(page: Page, ms: number) {
  return page.addInitScript((skew: number) => {
    const Real = Date;
    class Skewed extends Real {
      constructor(...args: unknown[]) {
        if (args.length === 0) super(Real.now() + skew);
        else super(...(args as [number]));
      }
      static now() {
        return Real.now() + skew;
      }
    }
    (globalThis as { Date: DateConstructor }).Date = Skewed as DateConstructor;
  }, ms);
}

type Kind = { kind: "choice"; choices: string[] } | { kind: "measure" } | { kind: "phrase"; phrase: string };

async function itemKinds(page: Page, keys: string[]): Promise<Map<string, Kind>> {
  const kinds = new Map<string, Kind>();
  for (const key of keys) {
    const box = page.locator(`fieldset[data-testid="item-${key}"]`);
    if (await box.locator(".measure input").count()) kinds.set(key, { kind: "measure" });
    else if (await box.locator(".chip--ok input").count())
      kinds.set(key, { kind: "phrase", phrase: (await box.locator(".chip--ok input").first().getAttribute("value"))! });
    else
      kinds.set(key, {
        kind: "choice",
        choices: await box.locator('input[type="radio"]').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value)),
      });
  }
  return kinds;
}

describe("field chaos", () => {
  it("two skewed tabs, random offline periods and reloads: every answer on the server is the last one given", async () => {
    const id = createShopperDraft(app.server.dbFile);
    const url = `${app.server.url}/audits/${id}/edit`;
    const next = random(SEED);
    const context = await app.browser.newContext(PHONE);
    const tabs = [await newPage(context), await newPage(context)];
    await skewClock(tabs[0].page, 10 * 60_000);
    await skewClock(tabs[1].page, -10 * 60_000);
    await signIn(tabs[0].page, app.server.url, "klientas@demo.lt");
    await tabs[0].page.goto(url);
    await tabs[0].page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    for (const { page } of tabs) await page.goto(url); // controlled by the worker: kept for offline reloads
    const keys = await itemKeys(tabs[0].page);
    const kinds = await itemKinds(tabs[0].page, keys);

    const expected = new Map<string, RawAnswer>();
    const counts = {
      items: keys.length,
      answers: 0,
      offlinePeriods: 0,
      reloads: 0,
      offlineReloads: 0,
      conflictsDecided: 0,
      tab2Answers: 0,
    };
    let offline = false;

    /** Gives an answer in a tab: the person's last word on that item. */
    async function answer(page: Page, key: string) {
      const kind = kinds.get(key)!;
      const box = page.locator(`fieldset[data-testid="item-${key}"]`);
      if (kind.kind === "measure") {
        const n = 1 + Math.floor(next() * 30);
        await box.locator(".measure input").fill(String(n));
        expected.set(key, { key, number: n });
      } else if (kind.kind === "phrase") {
        await box.locator(`.chip--ok input[value="${kind.phrase}"]`).check();
        expected.set(key, { key, phrases: [kind.phrase] });
      } else {
        const choice = kind.choices[Math.floor(next() * kind.choices.length)];
        await box.locator(`input[type="radio"][value="${choice}"]`).check();
        expected.set(key, { key, choice: choice as RawAnswer["choice"] });
      }
      counts.answers++;
    }

    /** Decides every conflict shown in a tab for the value the person gave last. */
    async function decide(page: Page) {
      const shown = page.locator('[data-testid^="conflict-"]');
      while ((await shown.count()) > 0) {
        const li = shown.first();
        const key = (await li.getAttribute("data-testid"))!.slice("conflict-".length);
        const want = expected.get(key)!;
        const box = page.locator(`fieldset[data-testid="item-${key}"]`);
        const mine =
          want.choice !== undefined
            ? await box.locator(`input[type="radio"][value="${want.choice}"]`).isChecked()
            : want.number !== undefined
              ? (await box.locator(".measure input").inputValue()) === String(want.number)
              : await box.locator(`.chip--ok input[value="${want.phrases![0]}"]`).isChecked();
        await li.getByRole("button", { name: mine ? "Palikti šio įrenginio" : "Imti serverio" }).click();
        counts.conflictsDecided++;
      }
    }

    // Every item at least once, then more changes of items already answered, in random order.
    const order = [...keys].sort(() => next() - 0.5);
    const choiceKeys = keys.filter((k) => kinds.get(k)!.kind !== "phrase");
    for (let n = 0; n < EXTRA_CHANGES; n++)
      order.splice(Math.floor(next() * order.length), 0, choiceKeys[Math.floor(next() * choiceKeys.length)]);

    for (const key of order) {
      const roll = next();
      if (roll < 0.08) {
        offline = !offline;
        await context.setOffline(offline);
        if (offline) counts.offlinePeriods++;
      } else if (roll < 0.13) {
        const { page } = tabs[Math.floor(next() * 2)];
        await page.reload();
        await page.getByTestId("sync-waiting").waitFor();
        counts.reloads++;
        if (offline) counts.offlineReloads++;
      }
      const t = next() < 0.7 ? 0 : 1;
      await decide(tabs[t].page);
      await answer(tabs[t].page, key);
      if (t === 1) counts.tab2Answers++;
      await tabs[t].page.waitForTimeout(Math.floor(next() * 250));
    }

    // The connection returns; both tabs send what waits; conflicts are decided as they come.
    await context.setOffline(false);
    for (let round = 0; round < 20; round++) {
      for (const { page } of tabs) await decide(page);
      const settled = await Promise.all(
        tabs.map(({ page }) =>
          waitSynced(page, 3000).then(
            () => true,
            () => false,
          ),
        ),
      );
      const open = await Promise.all(tabs.map(({ page }) => page.locator('[data-testid^="conflict-"]').count()));
      if (settled.every(Boolean) && open.every((n) => n === 0)) break;
    }
    for (const { page } of tabs) await waitSynced(page);

    const server = serverDraft(app.server.dbFile, id).values;
    const lost = keys.filter((key) => (server[key] ?? "") !== answerValue(expected.get(key)!));
    console.log(`field chaos (seed ${SEED}): ${JSON.stringify({ ...counts, lost: lost.length })}`);
    expect(lost).toEqual([]);
    expect(Object.keys(server).length).toBe(keys.length);
    const unexpected = tabs
      .flatMap(({ errors }) => errors)
      .filter((e) => !/ERR_INTERNET_DISCONNECTED|ERR_FAILED|status of 409|Failed to fetch|status of 503/.test(e));
    expect(unexpected).toEqual([]);
    await context.close();
  }, 480_000);
});
