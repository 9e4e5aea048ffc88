// Keyboard only: from the home page to the search box, a query, a result, and the report's 三公 table, pressing
// nothing but Tab, Enter and typing; the focus is visible at every step and never trapped.
import { afterEach, beforeEach, expect, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { tab, type FocusState } from '../support/focus.ts';
import { usePortal } from '../support/pages.ts';

const portal = usePortal();
const QUERY = '三公经费';

let context: BrowserContext;
let page: Page;
beforeEach(async () => {
  context = await portal.browser.newContext({ reducedMotion: 'reduce' });
  page = await context.newPage();
});
afterEach(() => context.close());

/** Every focus stop of the journey, and the stops where focus was not visible or did not move. */
class Journey {
  stops: string[] = [];
  problems: string[] = [];
  private page: Page;

  constructor(page: Page) {
    this.page = page;
  }

  async step(back = false): Promise<FocusState> {
    const state = await tab(this.page, back);
    const where = `${new URL(this.page.url()).pathname} ${state.element}`;
    this.stops.push(where);
    if (state.problem) this.problems.push(`${where}: ${state.problem}`);
    if (!state.moved) this.problems.push(`${where}: Tab did not move the focus`);
    return state;
  }

  /** Tabs until the focused element passes `test` (run in the page), at most `max` times. */
  async tabTo(what: string, test: (arg: string) => boolean, arg: string, max: number): Promise<void> {
    for (let i = 0; i < max; i++) {
      await this.step();
      if (await this.page.evaluate(test, arg)) return;
    }
    throw new Error(`${max} presses of Tab did not reach ${what}; last stops:\n  ${this.stops.slice(-8).join('\n  ')}`);
  }
}

const onSearchBox = () =>
  document.activeElement?.matches('input[type="search"], [role="searchbox"], [role="search"] input:is([type="text"], :not([type]))') ?? false;

/** A link in the page's main content (not its navigation) to a report page. */
const onReportResult = (base: string) => {
  const el = document.activeElement;
  if (!(el instanceof HTMLAnchorElement) || !el.closest('main') || el.closest('nav')) return false;
  return new URL(el.href).pathname.startsWith(`${base}reports/`);
};

/** Focus is on a 三公 table, a link inside it or its own scroll container (not a landmark around everything). */
const onSangongTable = () => {
  const el = document.activeElement;
  return !!el && [...document.querySelectorAll('table')]
    .filter((t) => t.caption?.textContent?.includes('三公'))
    .some((t) => t.contains(el) || (el.contains(t) && !el.matches('html, body, main')));
};
const onSangongLink = () => document.activeElement?.matches('a[href$="#sangong"]') ?? false;

test('from the home page to a report\'s 三公 table by keyboard alone', async () => {
  const journey = new Journey(page);
  const base = new URL(portal.site.url).pathname;
  await page.goto(portal.site.url);

  await journey.tabTo('the search box', onSearchBox, '', 40);
  await page.keyboard.type(QUERY);
  // The header's search box is a form that goes to the search page.
  await Promise.all([page.waitForURL((u) => u.pathname.startsWith(`${base}search/`)), page.keyboard.press('Enter')]);
  await page.waitForLoadState('networkidle');

  await journey.tabTo(`a search result for 「${QUERY}」 that opens a report`, onReportResult, base, 80);
  await Promise.all([page.waitForURL((u) => u.pathname.startsWith(`${base}reports/`)), page.keyboard.press('Enter')]);

  // The in-page link to the 三公 section, when Tab meets it on the way, is the short way there.
  for (let i = 0; !(await page.evaluate(onSangongTable)); i++) {
    if (i === 60) throw new Error(`60 presses of Tab did not reach the 三公 table; last stops:\n  ${journey.stops.slice(-8).join('\n  ')}`);
    if (await page.evaluate(onSangongLink)) await page.keyboard.press('Enter');
    await journey.step();
  }

  // No trap: Tab leaves the table, Shift+Tab comes back into it.
  await journey.tabTo('past the 三公 table', () => {
    const el = document.activeElement;
    return !!el && el !== document.body && ![...document.querySelectorAll('table')]
      .filter((t) => t.caption?.textContent?.includes('三公'))
      .some((t) => t.contains(el) || el.contains(t));
  }, '', 100);
  await journey.step(true);
  expect(await page.evaluate(onSangongTable), 'Shift+Tab returns into the 三公 table').toBe(true);

  expect(journey.problems).toEqual([]);
});

test('Tab runs through the whole home page and comes back round, focus visible at every stop', async () => {
  const journey = new Journey(page);
  await page.goto(portal.site.url);
  const first = (await journey.step()).element;
  let state: FocusState;
  do state = await journey.step();
  while (state.element !== first && journey.stops.length < 300);
  expect(state.element, `focus came back to ${first} after ${journey.stops.length - 1} stops`).toBe(first);
  expect(journey.stops.length).toBeGreaterThan(10);
  expect(journey.problems).toEqual([]);
});
