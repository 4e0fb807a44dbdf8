// Installable and offline (issue 17): the service worker keeps the field pages a shopper has
// opened, so a reload without a connection shows the draft with the answers the device still
// has to send, the start page opens, and a page never opened here says why it cannot.
import { describe, expect, it } from "vitest";
import { answerItem, item, itemKeys } from "./audit-fill";
import { createShopperDraft, serverDraft } from "./field-fixtures";
import { deviceRecord, partialChoiceKeys, waitSynced } from "./field-sync-helpers";
import { newPage, PHONE, signIn, serverAndBrowserForFile } from "./harness";

const app = serverAndBrowserForFile({ SEED_DEMO: "1" });
// Requests made while offline: refused by the browser, or by the worker when nothing is kept (ERR_FAILED).
// Chromium logs every failed or 4xx resource; a 409 is the server's designed answer to a write
// from an older revision (the client then merges), not an error of the page.
const offlineNoise = (e: string) => /ERR_INTERNET_DISCONNECTED|ERR_FAILED|Failed to fetch|status of 503|status of 409/.test(e);

describe("offline field pages", () => {
  it("a draft reloads without a connection with the unsent answers, and sends them when the connection returns", async () => {
    const id = createShopperDraft(app.server.dbFile);
    const context = await app.browser.newContext(PHONE);
    const { page, errors } = await newPage(context);
    await signIn(page, app.server.url, "klientas@demo.lt");
    const manifest = await page.request.get(`${app.server.url}/manifest.webmanifest`);
    expect((await manifest.json()).start_url).toBe("/");
    await page.goto(`${app.server.url}/audits/${id}/edit`);
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    // Controlled from the next load on: the start page and the draft are kept on the device.
    await page.goto(`${app.server.url}/`);
    await page.goto(`${app.server.url}/audits/${id}/edit`);
    expect(await page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
    const keys = await itemKeys(page);
    for (const key of keys.slice(0, 3)) await answerItem(page, key);
    const offlineKeys = (await partialChoiceKeys(page)).filter((k) => !keys.slice(0, 3).includes(k)).slice(0, 3);
    await waitSynced(page);
    const onlineDate = (await page.request.get(`${app.server.url}/healthz`)).headers()["date"];
    await page.waitForTimeout(1100);

    await context.setOffline(true);
    for (const key of offlineKeys) await answerItem(page, key, { kind: "choice", label: "Iš dalies" });
    await page.getByText("3 pakeitimai laukia išsiuntimo").waitFor();
    const reloaded = await page.reload();
    expect(reloaded?.fromServiceWorker()).toBe(true);
    // The device's copy of the page (kept before going offline), not the server's answer.
    expect(new Date(reloaded!.headers()["date"]).getTime()).toBeLessThanOrEqual(new Date(onlineDate).getTime());
    await page.getByText("3 pakeitimai laukia išsiuntimo").waitFor();
    for (const key of offlineKeys) expect(await item(page, key).getByLabel("Iš dalies", { exact: true }).isChecked()).toBe(true);

    await page.goto(`${app.server.url}/`);
    expect(await page.locator("h1").count()).toBeGreaterThan(0);
    await page.goto(`${app.server.url}/dashboards`);
    await page.getByText("Nėra ryšio").first().waitFor();

    // The rest of the checklist offline too, then the time from "online" to the server's confirmation.
    await page.goto(`${app.server.url}/audits/${id}/edit`);
    const answered = new Set([...keys.slice(0, 3), ...offlineKeys]);
    for (const key of keys.filter((k) => !answered.has(k))) await answerItem(page, key);
    await page
      .getByText(`${keys.length - 3} pakeitim`)
      .first()
      .waitFor();
    const since = Date.now();
    await context.setOffline(false);
    await waitSynced(page);
    console.log(`sync after going online: ${keys.length - 3} waiting answers of ${keys.length} confirmed in ${Date.now() - since} ms`);
    const stored = serverDraft(app.server.dbFile, id).values;
    expect(stored).toEqual((await deviceRecord(page, `audit:${id}`))!.local);
    expect(Object.keys(stored).length).toBe(keys.length);
    expect(errors.filter((e) => !offlineNoise(e))).toEqual([]);
    await context.close();
  });
});
