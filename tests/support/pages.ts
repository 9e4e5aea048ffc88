// The built pages the browser tests visit, and one browser and one server per test file.
import { readdirSync } from 'node:fs';
import { afterAll, beforeAll } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { distFor, serve, type Served } from './site.ts';

/** Every file of a build, as paths relative to its folder, sorted. */
export function builtFiles(dist: string): string[] {
  return readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => `${e.parentPath.slice(dist.length + 1)}/${e.name}`.replace(/^\//, ''))
    .sort();
}

/** Every HTML page of a build as a path under the base: '' (home), 'about/', '404.html'. */
function builtPages(dist: string): string[] {
  return builtFiles(dist)
    .filter((f) => f.endsWith('.html'))
    .map((f) => f.replace(/(^|\/)index\.html$/, '$1'));
}

/** The search page needs JavaScript by design; every other page must not. */
export const SEARCH_PAGE = 'search/';

/** The comparison page narrowed to two bureaus by its address: the state its script puts it in. */
export const COMPARE_CHOSEN = 'compare/?b=chenzhou-ybj&b=liling-ybj';

export interface Portal {
  browser: Browser;
  site: Served;
  /** Every page of the build, see builtPages. */
  pages: string[];
}

/** Serves the test build for `base` and launches Chromium for the test file; both close after it. */
export function usePortal(base = '/portal/'): Portal {
  const portal = { pages: builtPages(distFor(base)) } as Portal;
  beforeAll(async () => {
    portal.site = await serve(distFor(base), base);
    portal.browser = await launchBrowser();
  });
  afterAll(async () => {
    await portal.browser?.close();
    await portal.site?.close();
  });
  return portal;
}

/** Opens a page and waits until it is quiet: the search page fetches its index after load, the comparison page its
 * list of bureaus and the chosen bureaus' rows. */
export async function open(page: Page, url: string): Promise<void> {
  await page.goto(url, { waitUntil: [SEARCH_PAGE, 'compare/'].some((p) => url.includes(p)) ? 'networkidle' : 'load' });
}
