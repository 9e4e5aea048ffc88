// Without JavaScript every page but search shows all its content: the same tables, cells and figures as with
// JavaScript, and nothing left hidden that only a script would reveal.
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { open, SEARCH_PAGE, usePortal } from '../support/pages.ts';

const portal = usePortal();
const contexts: BrowserContext[] = [];
const tabs: Record<'on' | 'off', Page> = {} as Record<'on' | 'off', Page>;
beforeAll(async () => {
  for (const js of ['on', 'off'] as const) {
    const context = await portal.browser.newContext({ javaScriptEnabled: js === 'on' });
    contexts.push(context);
    tabs[js] = await context.newPage();
  }
});
afterAll(() => Promise.all(contexts.map((c) => c.close())));

interface Content {
  /** Text of every table cell, caption, figure caption and description-list value, in document order. */
  texts: string[];
  tables: number;
  figures: number;
  /** Content elements that are not rendered (display: none, hidden, …) outside a closed <details>. */
  hidden: string[];
}

/** Runs in the page. */
function content(): Content {
  const main = document.querySelector('main') ?? document.body;
  const text = (e: Element) => (e.textContent ?? '').replace(/\s+/g, ' ').trim();
  // A closed <details> hides its content by design, and opens without a script.
  const folded = (e: Element) => {
    const d = e.closest('details');
    return !!d && !d.open && !e.closest('summary');
  };
  // Controls that only a script can work (a sort button, a display toggle) may rightly stay hidden without one.
  const control = (e: Element) => !!e.closest('button, input, select, textarea, [role="button"]')
    || !!e.querySelector('button, input, select, textarea, [role="button"]');
  // Text meant for paper only (class print-only) is hidden on screen with or without a script.
  const printOnly = (e: Element) => !!e.closest('.print-only');
  const blocks = main.querySelectorAll('table, figure, img, svg, p, li, dt, dd, td, th, caption, figcaption, h1, h2, h3, h4, h5, h6');
  const hidden = [...blocks]
    .filter((e) => !e.checkVisibility({ visibilityProperty: true }) && !folded(e) && !control(e) && !printOnly(e))
    .filter((e) => ['TABLE', 'FIGURE', 'IMG', 'svg'].includes(e.tagName) || text(e) !== '')
    .map((e) => `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''} "${text(e).slice(0, 40)}"`);
  return {
    texts: [...main.querySelectorAll('td, th, caption, figcaption, dd')].map(text),
    tables: main.querySelectorAll('table').length,
    figures: main.querySelectorAll('figure').length,
    hidden,
  };
}

async function read(path: string, js: 'on' | 'off'): Promise<Content> {
  await open(tabs[js], portal.site.url + path);
  return tabs[js].evaluate(content);
}

/** What `with` has that `without` lacks, counting repeats. */
function missing(withJs: string[], withoutJs: string[]): string[] {
  const left = new Map<string, number>();
  for (const t of withoutJs) left.set(t, (left.get(t) ?? 0) + 1);
  return withJs.filter((t) => {
    const n = left.get(t) ?? 0;
    left.set(t, n - 1);
    return n <= 0;
  });
}

test.each(portal.pages.filter((p) => p !== SEARCH_PAGE))('/%s shows all its content without JavaScript', async (path) => {
  const withJs = await read(path, 'on');
  const withoutJs = await read(path, 'off');
  expect(withoutJs.hidden, 'content hidden without JavaScript').toEqual([]);
  expect(missing(withJs.texts, withoutJs.texts).slice(0, 20), 'cells, captions and figures only shown with JavaScript').toEqual([]);
  expect(withoutJs.tables).toBeGreaterThanOrEqual(withJs.tables);
  expect(withoutJs.figures).toBeGreaterThanOrEqual(withJs.figures);
});
