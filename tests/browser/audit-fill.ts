// Shared steps of the audit journeys: answering one checklist item through its touch targets,
// the way a person does (labels, chips, number fields), whatever the item's type.
import type { Locator, Page } from "playwright-core";

export type Answer = { kind: "choice"; label: "Taip" | "Iš dalies" | "Ne" | "Netaikoma"; comment?: string } | { kind: "default" };

/** The item keys of the form in page order. */
export async function itemKeys(page: Page, within = "body"): Promise<string[]> {
  return page
    .locator(`${within} fieldset[data-testid^="item-"]`)
    .evaluateAll((els) => els.map((e) => e.getAttribute("data-testid")!.slice(5)));
}

export function item(page: Page, key: string): Locator {
  return page.locator(`fieldset[data-testid="item-${key}"]`);
}

/**
 * "default" is the typical good answer: Taip for choice items, the first recommended phrase
 * for phrase items, a number within the threshold for measures.
 */
export async function answerItem(page: Page, key: string, answer: Answer = { kind: "default" }) {
  const box = item(page, key);
  if (answer.kind === "choice") {
    await box.getByLabel(answer.label, { exact: true }).check();
    if (answer.comment) {
      await box.locator(".audit-item__comment > summary").click();
      await box.getByLabel("Komentaras", { exact: true }).fill(answer.comment);
    }
    return;
  }
  if (await box.locator(".measure input").count()) {
    const max = await box.locator(".measure .muted").textContent();
    // "ne daugiau kaip 20 minučių" → half of it passes; "ne mažiau kaip N" → twice N.
    const limit = Number(/(\d+)/.exec(max ?? "")?.[1] ?? 1);
    await box.locator(".measure input").fill(String(/daugiau/.test(max ?? "") ? Math.max(1, Math.floor(limit / 2)) : limit * 2));
    return;
  }
  const phrase = box.locator(".chip--ok input").first();
  if (await phrase.count()) {
    await phrase.check();
    return;
  }
  await box.getByLabel("Taip", { exact: true }).check();
}
