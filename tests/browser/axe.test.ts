// axe-core on every built page, as it loads and in the large-text / high-contrast mode: zero violations.
import { afterAll, describe, expect, test } from 'vitest';
import { runAxe } from '../support/axe.ts';
import { preferLargeDisplay, showLargeDisplay } from '../support/display.ts';
import { open, SEARCH_PAGE, usePortal } from '../support/pages.ts';

const portal = usePortal();
/** The search page with results showing: the state most of its markup is in. */
const states = [...portal.pages, `${SEARCH_PAGE}?q=${encodeURIComponent('三公经费')}`];
const rulesRun = new Set<string>();
let checked = 0;

afterAll(() => {
  console.log(`axe: ${portal.pages.length} pages (${checked} page states with both display modes) checked, ${rulesRun.size} rules run`);
});

describe.each([
  { mode: 'default', large: false },
  { mode: 'large text / high contrast', large: true },
])('axe, $mode display', ({ large }) => {
  test.each(states)('/%s has no WCAG 2.2 A/AA violations', async (path) => {
    const context = await portal.browser.newContext({ reducedMotion: 'reduce' });
    try {
      if (large) await preferLargeDisplay(context);
      const page = await context.newPage();
      await open(page, portal.site.url + path);
      if (large) await showLargeDisplay(page);
      const { violations, rules } = await runAxe(page, `/${path}${large ? ' [large]' : ''}`);
      rules.forEach((r) => rulesRun.add(r));
      checked++;
      expect(violations).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
