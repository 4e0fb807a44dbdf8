// What every page must satisfy in a real browser, measured inside the page after hydration.
import type { Page } from "playwright-core";

/**
 * Resolves once React has hydrated the page: hydration attaches a fiber to each DOM node
 * it claims, so <main> carrying one means the tree was adopted (an error boundary that
 * replaced it would be seen by the caller as an error page).
 */
export async function waitForHydration(page: Page) {
  await page.waitForFunction(() => {
    const main = document.querySelector("main");
    return main !== null && Object.keys(main).some((k) => k.startsWith("__reactFiber$"));
  });
}

/** The document is wider than the window: the user must scroll sideways to see the page. */
export async function horizontalOverflow(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const width = window.innerWidth;
    const scroll = document.documentElement.scrollWidth;
    if (scroll <= width) return null;
    // Name the widest elements that stick out, to say where to look.
    const culprits = [...document.body.querySelectorAll<HTMLElement>("*")]
      .filter((el) => el.getBoundingClientRect().right > width + 1)
      .filter((el) => !el.parentElement || el.parentElement.getBoundingClientRect().right <= width + 1)
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(" ").join(".")}` : ""}`);
    return `document ${scroll} px wide in a ${width} px window (${culprits.join(", ")})`;
  });
}

/**
 * Boxes that scroll sideways with content out of sight. Only a wide table may do that, in a
 * labelled, focusable region (ScrollRegion) that keyboard and screen-reader users can find;
 * anything else (a menu running off the screen) must wrap or fit.
 */
export async function hiddenSidewaysContent(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.body.querySelectorAll<HTMLElement>("*")]
      .filter((el) => ["auto", "scroll"].includes(getComputedStyle(el).overflowX) && el.scrollWidth > el.clientWidth + 1)
      .filter(
        (el) =>
          !(
            el.getAttribute("role") === "region" &&
            el.tabIndex === 0 &&
            (el.hasAttribute("aria-label") || el.hasAttribute("aria-labelledby"))
          ),
      )
      .map(
        (el) =>
          `${el.tagName.toLowerCase()}.${String(el.className).split(" ").join(".")} scrolls sideways (${el.scrollWidth} px in ${el.clientWidth} px)`,
      ),
  );
}

/**
 * Controls smaller than `min` × `min` CSS pixels. A control is a button, a link styled as a
 * button or in a navigation bar, a form field or a disclosure summary. Text links inside a
 * sentence or a table cell are exempt (WCAG 2.5.5/2.5.8 "inline"). A checkbox or radio
 * counts with its label, which is part of its target; visually hidden controls whose
 * visible label is the target (chips, choice buttons) are measured by that label.
 */
export async function smallTargets(page: Page, min: number): Promise<string[]> {
  return page.evaluate((min) => {
    const selector = [
      "button",
      "select",
      "textarea",
      "summary",
      "input:not([type=hidden])",
      "a.button",
      "a[role=button]",
      "nav a",
      ".button-row a",
    ].join(",");
    const found: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>(selector)) {
      const style = getComputedStyle(el);
      if (style.visibility === "hidden" || style.display === "none") continue;
      if (el.closest(".visually-hidden, .skip-link, [hidden]")) continue;
      let rect = el.getBoundingClientRect();
      if (rect.width === 0 && rect.height === 0) continue; // not rendered (closed details)
      const input = el as HTMLInputElement;
      if ((el.tagName === "INPUT" && ["checkbox", "radio", "file"].includes(input.type)) || style.opacity === "0") {
        const label = input.labels?.[0] ?? el.closest("label");
        if (label) {
          const l = label.getBoundingClientRect();
          rect = l.width * l.height > rect.width * rect.height ? l : rect;
        }
      }
      if (rect.width + 0.5 < min || rect.height + 0.5 < min) {
        const name = (el.getAttribute("aria-label") ?? el.textContent ?? input.name ?? "").trim().replace(/\s+/g, " ").slice(0, 40);
        const kind = el.tagName.toLowerCase() + (input.type && el.tagName === "INPUT" ? `[${input.type}]` : "");
        found.push(`${kind} "${name || input.name}" ${Math.round(rect.width)}×${Math.round(rect.height)}`);
      }
    }
    return found;
  }, min);
}

/** Pickers offering two choices with the same text (two standards' same-titled checklists). */
export async function ambiguousOptions(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll("select")].flatMap((select) => {
      const labels = [...select.options].map((o) => o.textContent?.trim() ?? "");
      const twice = [...new Set(labels.filter((l, i) => labels.indexOf(l) !== i))];
      return twice.map((l) => `select "${select.labels?.[0]?.textContent?.trim() ?? select.name}" offers "${l}" twice`);
    }),
  );
}

/** The app's error page (403/404/500, also after a crash during hydration). */
export async function errorPageShown(page: Page): Promise<string | null> {
  const box = page.locator(".error-page");
  if ((await box.count()) === 0) return null;
  return (await box.innerText()).replace(/\s+/g, " ").trim();
}
