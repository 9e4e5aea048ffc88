// What a reader's browser fetches: the built folder's size, the bytes of a page by kind (HTML, CSS, JS), and the
// bytes and time of a first search when the site has a Pagefind index.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../../tests/support/browser.ts';
import { serve } from '../../tests/support/site.ts';

export interface DistSize {
  bytes: number;
  files: number;
  htmlBytes: number;
  /** The largest HTML page: lists of every report grow with N. */
  largest: { path: string; bytes: number };
  /** The largest report page's HTML: the report's own page, not its 原文, 数据核对 or 其他表格 page. */
  largestReport: { path: string; bytes: number };
  /** HTML of the largest page of each list that grows with the portal, with the pages it is cut into (0: none). */
  lists: Record<ListPage, number>;
}

/** The pages of each list: a large portal cuts the 三公 table and the bureau list into pages (src/views/list-pages.ts). */
const LIST_PAGES = {
  home: (path: string) => path === 'index.html',
  sangong: (path: string) => path.startsWith('sangong/'),
  bureaus: (path: string) => path === 'bureaus/index.html' || path.startsWith('bureaus/p/'),
  compare: (path: string) => path.startsWith('compare/'),
} as const;
type ListPage = keyof typeof LIST_PAGES;
const LISTS = Object.keys(LIST_PAGES) as ListPage[];

/** reports/<单位>/<年度>/<类型>/index.html. */
const REPORT_PAGE = /^reports\/[^/]+\/[^/]+\/[^/]+\/index\.html$/;

export function distSize(dir: string): DistSize {
  const lists = Object.fromEntries(LISTS.map((name) => [name, 0])) as Record<ListPage, number>;
  const size: DistSize = { bytes: 0, files: 0, htmlBytes: 0, largest: { path: '', bytes: 0 }, largestReport: { path: '', bytes: 0 }, lists };
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else {
        const n = statSync(path).size;
        size.bytes += n;
        size.files++;
        if (!entry.name.endsWith('.html')) continue;
        size.htmlBytes += n;
        const page = { path: path.slice(dir.length + 1), bytes: n };
        if (n > size.largest.bytes) size.largest = page;
        if (REPORT_PAGE.test(page.path) && n > size.largestReport.bytes) size.largestReport = page;
        for (const name of LISTS) if (LIST_PAGES[name](page.path)) lists[name] = Math.max(lists[name], n);
      }
    }
  };
  walk(dir);
  return size;
}

interface PageWeight {
  path: string;
  html: number;
  css: number;
  js: number;
  other: number;
  requests: number;
}

interface FirstQuery {
  query: string;
  indexBytes: number;
  bytes: number;
  requests: number;
  ms: number;
  results: number;
}

/** Bytes of every response the page receives while `action` runs, by resource type. */
async function received(page: Page, action: () => Promise<void>): Promise<{ byType: Record<string, number>; urls: string[] }> {
  const byType: Record<string, number> = {};
  const urls: string[] = [];
  const pending: Promise<void>[] = [];
  const onResponse = (res: import('playwright-core').Response) => {
    pending.push(res.body().then((b) => {
      const type = res.request().resourceType();
      byType[type] = (byType[type] ?? 0) + b.length;
      urls.push(res.url());
    }, () => {}));
  };
  page.on('response', onResponse);
  await action();
  await Promise.all(pending);
  page.off('response', onResponse);
  return { byType, urls };
}

/** Page weights as loaded (scripts loaded later, e.g. when a chart scrolls into view, are not counted). */
async function pageWeight(browser: Browser, url: string, path: string): Promise<PageWeight> {
  const page = await browser.newPage();
  const { byType, urls } = await received(page, async () => {
    await page.goto(url + path, { waitUntil: 'networkidle' });
  });
  await page.close();
  const { document = 0, stylesheet = 0, script = 0, ...rest } = byType;
  return { path, html: document, css: stylesheet, js: script, other: Object.values(rest).reduce((a, b) => a + b, 0), requests: urls.length };
}

/** A first search as a reader makes it: the search page opened with a query, until its first results are shown. */
async function firstQuery(browser: Browser, url: string, dir: string, query: string): Promise<FirstQuery> {
  const page = await browser.newPage();
  let result = { ms: 0, results: 0 };
  const { byType, urls } = await received(page, async () => {
    const start = performance.now();
    await page.goto(`${url}search/?q=${encodeURIComponent(query)}`);
    await page.locator('#search-results[aria-busy="false"]').waitFor({ state: 'attached' });
    result = { ms: performance.now() - start, results: await page.locator('.search-result').count() };
  });
  await page.close();
  return { query, indexBytes: distSize(join(dir, 'pagefind')).bytes, bytes: Object.values(byType).reduce((a, b) => a + b, 0), requests: urls.length, ...result };
}

export interface Weights {
  home: PageWeight;
  reports: PageWeight[];
  /** Null when the build has no dist/pagefind. */
  search: FirstQuery | null;
}

export async function weights(dir: string, reportPaths: string[]): Promise<Weights> {
  const base = '/';
  const site = await serve(dir, base);
  const browser = await launchBrowser();
  try {
    const home = await pageWeight(browser, site.url, '');
    const reports = [];
    for (const p of reportPaths) reports.push(await pageWeight(browser, site.url, p));
    const search = existsSync(join(dir, 'pagefind', 'latest')) ? await firstQuery(browser, site.url, dir, '三公经费') : null;
    return { home, reports, search };
  } finally {
    await browser.close();
    await site.close();
  }
}
