// axe-core on every built page, as it loads and in the large-text / high-contrast mode: zero violations.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { runAxe } from '../support/axe.ts';
import { preferLargeDisplay, showLargeDisplay } from '../support/display.ts';
import { COMPARE_CHOSEN, open, SEARCH_PAGE, usePortal } from '../support/pages.ts';

const portal = usePortal();
/** Every page, the search page with results showing (the state most of its markup is in) and the comparison of two
 * bureaus. */
const states = [...portal.pages, `${SEARCH_PAGE}?q=${encodeURIComponent('三公经费')}`, COMPARE_CHOSEN];
const rulesRun = new Set<string>();
let checked = 0;

afterAll(() => {
  console.log(`axe: ${portal.pages.length} pages and the search results checked in both display modes (${checked} runs), ${rulesRun.size} rules run`);
});

describe.each([
  { mode: 'default', large: false },
  { mode: 'large text / high contrast', large: true },
])('axe, $mode display', ({ large }) => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    context = await portal.browser.newContext({ reducedMotion: 'reduce' });
    if (large) await preferLargeDisplay(context);
    page = await context.newPage();
  });
  afterAll(() => context.close());

  test.each(states)('/%s has no WCAG 2.2 A/AA violations', async (path) => {
    await open(page, portal.site.url + path);
    if (large) await showLargeDisplay(page);
    const { violations, rules } = await runAxe(page, `/${path}${large ? ' [large]' : ''}`);
    rules.forEach((r) => rulesRun.add(r));
    checked++;
    expect(violations).toEqual([]);
  });
});
