// The fill-in form never loses work (issue 17): offline saves and submits keep the form and
// wait in the device's queue until the connection returns; two tabs on one draft are merged
// per answer by the server's revision, with a real conflict put to the user.
import { describe, expect, it } from "vitest";
import { answerValue } from "~/domain/audit-form/answer-values";
import { answerItem, item, itemKeys } from "./audit-fill";
import { seriousA11yViolations } from "./axe";
import { createShopperDraft, serverDraft } from "./field-fixtures";
import { deviceRecord, partialChoiceKeys, waitingCount, waitSynced } from "./field-sync-helpers";
import { newPage, PHONE, signIn, serverAndBrowserForFile } from "./harness";

const app = serverAndBrowserForFile({ SEED_DEMO: "1" });
const choice = (c: "yes" | "partial" | "no") => answerValue({ key: "", choice: c });
const refusedConflict = (e: string) => /status of 409 \(Conflict\)/.test(e);

describe("field sync", () => {
  it("saving and submitting offline keep the form, say what waits, and arrive when the connection returns", async () => {
    const id = createShopperDraft(app.server.dbFile);
    const context = await app.browser.newContext(PHONE);
    const { page, errors } = await newPage(context);
    await signIn(page, app.server.url, "klientas@demo.lt");
    await page.goto(`${app.server.url}/audits/${id}/edit`);
    const keys = await itemKeys(page);
    for (const key of keys.slice(0, 5)) await answerItem(page, key);
    await waitSynced(page);
    await page.getByTestId("sync-confirmed").waitFor();

    await context.setOffline(true);
    for (const key of keys.slice(5, 8)) await answerItem(page, key);
    await page.getByText("3 pakeitimai laukia išsiuntimo").waitFor();
    await page.getByText("Nepavyko išsaugoti serveryje; pakeitimai laikomi šiame įrenginyje.").waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);

    for (const key of keys.slice(8)) await answerItem(page, key);
    await page.getByTestId("submit-audit").click();
    await page.getByText("Pateikimas laukia ryšio: vertinimas bus pateiktas, kai tik atsiras ryšys.").waitFor();
    expect(await page.getByTestId("audit-form").isVisible()).toBe(true);
    expect(await page.getByTestId("submit-audit").isDisabled()).toBe(true);
    const given = (await deviceRecord(page, `audit:${id}`))!.local;
    expect(Object.keys(given).length).toBe(keys.length);
    expect(serverDraft(app.server.dbFile, id).state).toBe("draft");

    await Promise.all([page.waitForURL(new RegExp(`/audits/${id}$`)), context.setOffline(false)]);
    await page.getByText("Vertinimas pateiktas peržiūrai.").waitFor();
    const stored = serverDraft(app.server.dbFile, id);
    expect(stored.state).toBe("submitted");
    expect(stored.values).toEqual(given);
    expect(await deviceRecord(page, `audit:${id}`)).toBeUndefined();
    expect(errors.filter((e) => !/ERR_INTERNET_DISCONNECTED/.test(e))).toEqual([]);
    await context.close();
  });

  it("two tabs on one draft: changes of different answers merge, the same answer changed twice is the user's choice", async () => {
    const id = createShopperDraft(app.server.dbFile);
    const context = await app.browser.newContext(PHONE);
    const one = await newPage(context);
    const two = await newPage(context);
    await signIn(one.page, app.server.url, "klientas@demo.lt");
    await one.page.goto(`${app.server.url}/audits/${id}/edit`);
    await two.page.goto(`${app.server.url}/audits/${id}/edit`);
    const [a, b, c] = await partialChoiceKeys(one.page);

    // Tab one changes A; tab two, still at the older revision, changes B: both survive.
    await answerItem(one.page, a, { kind: "choice", label: "Ne" });
    await waitSynced(one.page);
    await answerItem(two.page, b, { kind: "choice", label: "Ne" });
    await waitSynced(two.page);
    expect(serverDraft(app.server.dbFile, id).values).toMatchObject({ [a]: choice("no"), [b]: choice("no") });
    expect(await item(two.page, a).getByLabel("Ne", { exact: true }).isChecked()).toBe(true);

    // Both change C differently: tab one (now stale) is asked which to keep.
    await answerItem(two.page, c, { kind: "choice", label: "Ne" });
    await waitSynced(two.page);
    await answerItem(one.page, c, { kind: "choice", label: "Iš dalies" });
    const conflict = one.page.getByTestId(`conflict-${c}`);
    await conflict.waitFor();
    expect(await conflict.textContent()).toContain("Šiame įrenginyje: Iš dalies");
    expect(await conflict.textContent()).toContain("Išsaugota serveryje: Ne");
    expect(await waitingCount(one.page)).toBe(1);
    expect(await seriousA11yViolations(one.page)).toEqual([]);
    // The server still has tab two's answer: nothing was overwritten while the user decides.
    expect(serverDraft(app.server.dbFile, id).values[c]).toBe(choice("no"));
    // Tab one took B from the server meanwhile.
    expect(await item(one.page, b).getByLabel("Ne", { exact: true }).isChecked()).toBe(true);

    await conflict.getByRole("button", { name: "Palikti šio įrenginio" }).click();
    await waitSynced(one.page);
    expect(await one.page.getByTestId("sync-conflicts").count()).toBe(0);
    const stored = serverDraft(app.server.dbFile, id).values;
    expect(stored).toMatchObject({ [a]: choice("no"), [b]: choice("no"), [c]: choice("partial") });
    expect(one.errors.filter((e) => !refusedConflict(e))).toEqual([]);
    expect(two.errors.filter((e) => !refusedConflict(e))).toEqual([]);
    await context.close();
  });

  it("the author deletes a draft after confirming; its device copy goes with it", async () => {
    const id = createShopperDraft(app.server.dbFile);
    const context = await app.browser.newContext(PHONE);
    const { page, errors } = await newPage(context);
    await signIn(page, app.server.url, "klientas@demo.lt");
    await page.goto(`${app.server.url}/audits/${id}/edit`);
    const [key] = await partialChoiceKeys(page);
    await answerItem(page, key, { kind: "choice", label: "Ne" });
    await waitSynced(page);
    await page.getByTestId("delete-draft").locator("summary").click();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await Promise.all([page.waitForURL(/\/audits$/), page.getByTestId("delete-draft-confirm").click()]);
    await page.getByText("Juodraštis ištrintas.").waitFor();
    expect((await page.request.get(`${app.server.url}/audits/${id}/edit`)).status()).toBe(404);
    const left = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const open = indexedDB.open("etalonas-field");
          open.onsuccess = () => {
            const count = open.result.transaction("records").objectStore("records").count();
            count.onsuccess = () => resolve(count.result);
          };
        }),
    );
    expect(left).toBe(0);
    expect(errors.filter((e) => !/status of 404/.test(e))).toEqual([]);
    await context.close();
  });
});
