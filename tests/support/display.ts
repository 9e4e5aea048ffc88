// The large-text / high-contrast mode (适老化): the header's #display-toggle sets
// document.documentElement.dataset.display = 'large' and keeps it in localStorage 'mz-display' across pages.
import type { BrowserContext, Page } from 'playwright-core';

const DISPLAY_KEY = 'mz-display';
const LARGE = 'large';

/** Every page of the context starts as a returning visitor who chose the large mode. */
export async function preferLargeDisplay(context: BrowserContext): Promise<void> {
  await context.addInitScript(([key, value]) => {
    try {
      localStorage.setItem(key, value);
    } catch {
      // about:blank has no storage; real pages do.
    }
  }, [DISPLAY_KEY, LARGE]);
}

/** Switches the open page to the large mode as the toggle would, and waits for its transitions to end. */
export async function showLargeDisplay(page: Page): Promise<void> {
  await page.evaluate(async (value) => {
    document.documentElement.dataset.display = value;
    await Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined)));
  }, LARGE);
}
