// No page scrolls sideways at 320 CSS px (WCAG 1.4.10) or with text at 200% (1.4.4); wide tables scroll inside
// their own container instead, one the keyboard can reach.
//
// 200% text is Chromium's own text-size setting (the "font size" a user picks in the browser settings), set through
// the DevTools protocol's Page.setFontSizes: it doubles the default font size that rem and em sizes follow, and
// nothing else, unlike zooming (which at 320 px is already the first case: 1280 px at 400%).
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { COMPARE_CHOSEN, open, SEARCH_PAGE, usePortal } from '../support/pages.ts';

const portal = usePortal();
const paths = [...portal.pages, `${SEARCH_PAGE}?q=${encodeURIComponent('三公经费')}`, COMPARE_CHOSEN];

/** Chromium's default font sizes (standard and monospace), in px. */
const DEFAULT_FONT = { standard: 16, fixed: 13 };

interface Overflow {
  scrollWidth: number;
  clientWidth: number;
  /** Visible elements that stick out on the right of the viewport without a scrolling container of their own. */
  outside: string[];
  /** Containers that scroll sideways but that a keyboard cannot reach (not focusable, nothing focusable inside). */
  unreachable: string[];
}

/** Runs in the page. */
function overflow(): Overflow {
  const root = document.documentElement;
  const width = root.clientWidth;
  const scrolls = (e: Element) => ['auto', 'scroll'].includes(getComputedStyle(e).overflowX);
  const inScroller = (e: Element) => {
    for (let a = e.parentElement; a && a !== document.body && a !== root; a = a.parentElement) if (scrolls(a)) return true;
    return false;
  };
  const name = (e: Element) => `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}${e.className ? `.${String(e.className).split(' ').join('.')}` : ''}`;
  const focusable = 'a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])';
  const unreachable = [...document.body.querySelectorAll('*')]
    .filter((e) => scrolls(e) && e.scrollWidth > e.clientWidth && !e.matches(focusable) && !e.querySelector(focusable))
    .map(name);
  const outside = [...document.body.querySelectorAll('*')]
    .filter((e) => {
      const r = e.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && r.right > width + 1 && e.checkVisibility({ visibilityProperty: true }) && !inScroller(e);
    })
    .slice(0, 10)
    .map((e) => `${name(e)} right edge at ${Math.round(e.getBoundingClientRect().right)}px`);
  return { scrollWidth: root.scrollWidth, clientWidth: width, outside, unreachable };
}

const cases = [
  { name: '320 CSS px wide', viewport: { width: 320, height: 640 }, fontScale: 1 },
  { name: 'text at 200%', viewport: { width: 1280, height: 800 }, fontScale: 2 },
];

/** A browser context whose text size setting is `fontScale` times Chromium's default. */
async function scaledContext(viewport: { width: number; height: number }, fontScale: number): Promise<{ context: BrowserContext; page: Page }> {
  const context = await portal.browser.newContext({ viewport });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Page.setFontSizes', {
    fontSizes: { standard: DEFAULT_FONT.standard * fontScale, fixed: DEFAULT_FONT.fixed * fontScale },
  });
  return { context, page };
}

/** Font size of the home page's first paragraph, in px. */
async function paragraphSize(page: Page): Promise<number> {
  await open(page, portal.site.url);
  return page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('main p') ?? document.body).fontSize));
}

test('the 200% text setting doubles the text of the pages', async () => {
  const plain = await scaledContext(cases[1].viewport, 1);
  const large = await scaledContext(cases[1].viewport, 2);
  try {
    expect((await paragraphSize(large.page)) / (await paragraphSize(plain.page))).toBeCloseTo(2, 1);
  } finally {
    await plain.context.close();
    await large.context.close();
  }
});

describe.each(cases)('$name', ({ viewport, fontScale }) => {
  let opened: { context: BrowserContext; page: Page };
  beforeAll(async () => {
    opened = await scaledContext(viewport, fontScale);
  });
  afterAll(() => opened.context.close());

  test.each(paths)('/%s does not scroll sideways', async (path) => {
    await open(opened.page, portal.site.url + path);
    const result = await opened.page.evaluate(overflow);
    expect(result.outside, 'elements sticking out of the page').toEqual([]);
    expect(result.unreachable, 'sideways scrolling a keyboard cannot reach').toEqual([]);
    expect(result.scrollWidth).toBeLessThanOrEqual(result.clientWidth);
  });
});
