// Steps of the field-sync journeys: waiting until the device has nothing left to send, reading
// the device's record of a draft out of IndexedDB, and finding items answered by choice.
import type { Page } from "playwright-core";

/** Waits until the form says every change reached the server. */
export async function waitSynced(page: Page, timeout = 30_000) {
  await page.locator('[data-testid="sync-waiting"][data-count="0"]').waitFor({ timeout });
}

/** How many changes the form says are waiting. */
export async function waitingCount(page: Page) {
  return Number(await page.getByTestId("sync-waiting").getAttribute("data-count"));
}

/** This tab's field-sync record (IndexedDB) of a draft, e.g. "audit:12". */
export function deviceRecord(page: Page, draft: string) {
  return page.evaluate(
    (d) =>
      new Promise<{ local: Record<string, string>; revision: number; submit: unknown } | undefined>((resolve, reject) => {
        const k = `${d}:${sessionStorage.getItem("etalonas:tab")}`;
        const open = indexedDB.open("etalonas-field");
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction("records").objectStore("records").get(k);
          get.onsuccess = () => {
            open.result.close();
            resolve(get.result);
          };
          get.onerror = () => reject(get.error);
        };
      }),
    draft,
  );
}

/** Keys of the items answered with Taip / Iš dalies / Ne. */
export function partialChoiceKeys(page: Page): Promise<string[]> {
  return page
    .locator('fieldset[data-testid^="item-"]')
    .evaluateAll((els) =>
      els.filter((e) => e.querySelector('input[type=radio][value="partial"]')).map((e) => e.getAttribute("data-testid")!.slice(5)),
    );
}
