// The search page in Chromium on the built Pagefind index, under both base paths. Expected pages are read off the
// bundled reports (content/, ../shared/seeds/expected.json): which report states 三公 figures, which report's text
// contains a phrase, each bureau's names and region. Each query runs in a fresh browser context, as a first search;
// the bytes of Pagefind files it fetched and the time to its first results are printed as a table at the end.
import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { parse as parseYaml } from 'yaml';
import type { Kind } from '../../src/model/schema.ts';
import { KIND_SLUGS } from '../../src/site/paths.ts';
import { loadSeeds } from '../core/seeds.ts';
import { launchBrowser } from '../support/browser.ts';
import { bundledPdfs } from '../support/bundled-pdfs.ts';
import { distFor, ROOT, serve, type Served } from '../support/site.ts';

interface BureauEntry { id: string; name: string; shortNames: string[]; region: string }
const BUREAUS: BureauEntry[] = parseYaml(readFileSync(join(ROOT, 'content/bureaus.yaml'), 'utf8'));

/** Each bundled report: its page path, the text as published and the hand-read 三公 actual total. */
const REPORTS = loadSeeds().map((s) => {
  const [, , bureauId, year, file] = relative(ROOT, s.contentPath).split(sep);
  const kind = file.replace(/\.(txt|md)$/, '') as Kind;
  return {
    page: `reports/${bureauId}/${year}/${KIND_SLUGS[kind]}/`,
    bureauId,
    year: Number(year),
    text: s.seedText,
    sangongTotal: s.expected.sangong?.actual?.total ?? null,
  };
});
const withSangong = REPORTS.filter((r) => r.sangongTotal !== null).map((r) => r.page);
/** The bundled budget PDFs are searched too: by the text extracted from them. */
const PDFS = await bundledPdfs();
const containing = (phrase: RegExp) => [...REPORTS, ...PDFS].filter((r) => phrase.test(r.text)).map((r) => r.page);

interface Measure { base: string; query: string; files: number; bytes: number; ms: number; results: number }
const measures: Measure[] = [];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  if (measures.length > 0) console.log(table(measures));
});

function table(rows: Measure[]): string {
  const head = '| base | query | Pagefind files | KB fetched | ms to first results | results |\n|---|---|---|---|---|---|';
  return ['\nFirst search per query (fresh browser context):', head,
    ...rows.map((m) => `| ${m.base} | ${m.query} | ${m.files} | ${(m.bytes / 1024).toFixed(1)} | ${m.ms.toFixed(0)} | ${m.results} |`)].join('\n');
}

/** Waits until the results region is no longer busy: the search (or the next batch) is shown. */
async function settled(page: Page): Promise<void> {
  await page.locator('#search-results[aria-busy="false"]').waitFor({ state: 'attached' });
}

interface Outcome { page: Page; hrefs: string[]; pages: string[]; status: string; close(): Promise<void> }

/** Path of a result below the base, without the fragment: "reports/x/2023/bumen-juesuan/". */
const pagePath = (href: string, base: string) => href.slice(base.length).replace(/#.*$/, '');

async function allResults(page: Page, base: string): Promise<{ hrefs: string[]; pages: string[] }> {
  const more = page.locator('#search-more');
  while (await more.isVisible()) {
    await more.click();
    await settled(page);
  }
  const hrefs = await page.locator('.search-result h3 a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  return { hrefs, pages: hrefs.map((h) => pagePath(h, base)) };
}

/** Opens the search page in a fresh context, types the query, presses Enter and records what the search cost. */
async function search(site: Served, base: string, query: string, record = true): Promise<Outcome> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const bodies: Promise<number>[] = [];
  page.on('response', (r) => {
    if (new URL(r.url()).pathname.startsWith(`${base}pagefind/`)) bodies.push(r.body().then((b) => b.length, () => 0));
  });
  await page.goto(`${site.url}search/`);
  await page.locator('#search-q').fill(query);
  const start = performance.now();
  await page.locator('#search-q').press('Enter');
  await settled(page);
  const ms = performance.now() - start;
  const sizes = await Promise.all(bodies);
  const status = (await page.locator('#search-status').textContent()) ?? '';
  const shown = await page.locator('.search-result').count();
  if (record) measures.push({ base, query, files: sizes.length, bytes: sizes.reduce((a, b) => a + b, 0), ms, results: shown });
  return { page, status, ...(await allResults(page, base)), close: () => context.close() };
}

describe.each(['/', '/portal/'])('search under base %s', (base) => {
  let site: Served;
  beforeAll(async () => {
    site = await serve(distFor(base), base);
  });
  afterAll(async () => {
    await site?.close();
  });

  // Also as typed with a Chinese input method: full-width space, Chinese quotation marks.
  test.each(['三公经费', '三公 经费', '三公　经费', '"三公 经费"', '“三公 经费”', '因公出国（境）费', '因公出国(境)费', '公务用车运行维护费'])(
    '%s finds every report that states 三公 figures',
    async (query) => {
      const r = await search(site, base, query);
      expect(withSangong.length).toBeGreaterThan(0);
      expect(r.pages).toEqual(expect.arrayContaining(withSangong));
      expect(r.status).toMatch(/找到 \d+ 个页面/);
      await r.close();
    },
  );

  test('a search fetches the pages it shows: two at first, the rest of the first five once scrolled to, more when asked', async () => {
    // A short window, so that the end of the first two results is out of view. Each of the 9 bundled reports says 三公经费.
    const context = await browser.newContext({ viewport: { width: 375, height: 400 } });
    const page = await context.newPage();
    const fragments: string[] = [];
    page.on('request', (r) => {
      if (r.url().endsWith('.pf_fragment')) fragments.push(r.url());
    });
    await page.goto(`${site.url}search/?q=${encodeURIComponent('三公经费')}`);
    await settled(page);
    const listed = page.locator('.search-result');
    expect(await listed.count()).toBe(2);
    expect(fragments).toHaveLength(2);
    expect(await page.locator('#search-status').textContent()).toBe('“三公经费”：找到 9 个页面，按相关程度排列，先显示 2 个。');
    await page.locator('#search-more').scrollIntoViewIfNeeded();
    await expect.poll(() => listed.count()).toBe(5);
    expect(fragments).toHaveLength(5);
    // The list does not grow by scrolling alone past the first five: the footer stays within reach.
    await page.locator('#search-more').scrollIntoViewIfNeeded();
    await page.locator('footer').scrollIntoViewIfNeeded();
    await settled(page);
    expect(await listed.count()).toBe(5);
    await page.locator('#search-more').click();
    await expect.poll(() => listed.count()).toBe(9);
    expect(fragments).toHaveLength(9);
    await context.close();
  });

  test('公务接待费 邵阳 opens 邵阳市医疗保障局 2023 at its 三公 section', async () => {
    const r = await search(site, base, '公务接待费 邵阳');
    expect(r.hrefs[0]).toBe(`${base}reports/shaoyang-ybj/2023/bumen-juesuan/#sangong`);
    await r.page.locator('.search-result h3 a').first().click();
    await r.page.waitForURL(/#sangong$/);
    expect(await r.page.locator(':target').textContent()).toBe('三公经费');
    await r.close();
  });

  test.each(BUREAUS.flatMap((b) => [b.name, ...b.shortNames].map((name) => [name, b.id] as const)))(
    '%s finds that bureau first',
    async (name, id) => {
      const r = await search(site, base, name);
      expect(r.pages[0]).toMatch(new RegExp(`^(bureaus|reports)/${id}/`));
      expect(r.pages).toContain(`bureaus/${id}/`);
      await r.close();
    },
  );

  test.each([['机关运行经费', /机关运行经费/], ['行政运行', /行政运行/]] as const)(
    '%s lists first the reports whose text contains it',
    async (query, phrase) => {
      const expected = containing(phrase);
      expect(expected.length).toBeGreaterThan(0);
      const r = await search(site, base, query);
      expect(r.pages.slice(0, expected.length).sort()).toEqual([...expected].sort());
      await r.close();
    },
  );

  test.each(['8.21', '８．２１'])('a figure, %s, finds the one report that prints it', async (figure) => {
    // Not inside another number such as 51,318.21.
    const expected = containing(/(?<![\d.,])8\.21(?!\d)/);
    expect(expected).toEqual(['reports/shaoyang-ybj/2023/bumen-juesuan/']);
    const r = await search(site, base, figure);
    expect(r.pages.filter((p) => p.startsWith('reports/'))).toEqual(expected);
    await r.close();
  });

  test('a filter by year narrows to that year', async () => {
    const r = await search(site, base, '三公经费', false);
    const before = r.pages.length;
    await r.page.locator('#search-options summary').click();
    const box = r.page.locator('fieldset', { has: r.page.locator('legend', { hasText: '年度' }) }).getByLabel('2022');
    await box.check();
    await settled(r.page);
    const after = await allResults(r.page, base);
    // Bureau pages index names and the report list, not 三公 trends: the query finds reports only.
    const reports2022 = REPORTS.filter((x) => x.year === 2022 && withSangong.includes(x.page)).map((x) => x.page);
    expect(after.pages.sort()).toEqual(reports2022.sort());
    expect(after.pages.length).toBeLessThan(before);
    expect(new URL(r.page.url()).searchParams.getAll('f')).toEqual(['年度:2022']);
    await r.close();
  });

  test('a filter by region narrows to the bureaus in it, counties included', async () => {
    const r = await search(site, base, '三公经费', false);
    await r.page.locator('#search-options summary').click();
    // The label also shows a count; the value is the region itself.
    await r.page.locator('fieldset', { has: r.page.locator('legend', { hasText: '地区' }) }).locator('input[value="湖南省邵阳市"]').check();
    await settled(r.page);
    const after = await allResults(r.page, base);
    const inRegion = BUREAUS.filter((b) => b.region.startsWith('湖南省邵阳市')).map((b) => b.id);
    expect(inRegion.length).toBeGreaterThan(1);
    expect([...new Set(after.pages.map((p) => p.split('/')[1]))].sort()).toEqual(inRegion.sort());
    await r.close();
  });

  test('sorting by 三公 total keeps every page and orders reports by their hand-read totals', async () => {
    const r = await search(site, base, '三公经费', false);
    const all = r.pages.length;
    await r.page.locator('#search-options summary').click();
    await r.page.locator('#search-sort').selectOption('sangong:desc');
    await settled(r.page);
    const sorted = await allResults(r.page, base);
    expect(sorted.pages.length).toBe(all);
    const totals = sorted.pages.flatMap((p) => REPORTS.filter((x) => x.page === p).map((x) => Number(x.sangongTotal)));
    expect(totals).toEqual([...totals].sort((a, b) => b - a));
    await r.close();
  });

  test('only page content is indexed: not navigation, not 数据核对, not the original text', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.url}search/`);
    // Every indexed page's text, as the index holds it (Pagefind's JS API on the built index, every shard merged).
    // A string, so that the test runner does not rewrite the browser's dynamic import.
    const shards = ((await page.locator('#search-form').getAttribute('data-shards')) ?? '').split(' ');
    expect(shards).toEqual(['latest/0']);
    const indexed: { url: string; content: string }[] = await page.evaluate(`(async () => {
      const shards = ${JSON.stringify(shards)};
      const pf = await import('${base}pagefind/' + shards[0] + '/pagefind.js');
      await pf.options({ baseUrl: '${base}' });
      for (const shard of shards.slice(1)) await pf.mergeIndex('${base}pagefind/' + shard + '/', { baseUrl: '${base}' });
      const found = await pf.search(null, { filters: {} });
      return Promise.all(found.results.map(async (r) => {
        const d = await r.data();
        return { url: d.url, content: d.content };
      }));
    })()`);
    const pages = indexed.map((d) => pagePath(d.url, base)).sort();
    // Bureau pages are not indexed: a report carries its bureau's names (src/search/shards.ts).
    expect(pages).toEqual([...REPORTS.map((r) => r.page), ...PDFS.map((r) => r.page)].sort());
    for (const { content } of indexed) {
      for (const outside of ['跳到主要内容', '首页', '本页目录', '数据核对', '相符的核对', '关于本站与核对方法']) expect(content).not.toContain(outside);
    }
    // 003 and 004 carry front matter that only the original-text view shows.
    const text = (id: string) => indexed.find((d) => d.url.includes(`/reports/${id}/`))!.content;
    expect(text('huaihua-ybzx')).not.toContain('bureau:');
    expect(text('shaoyang-beita-ybj')).not.toContain('region:');
    expect(text('huaihua-ybzx')).toContain('怀化市医疗保障事务中心 2024年度部门决算');
    await context.close();
  });

  test('the header form of any page searches', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.url}bureaus/`);
    await page.locator('#site-search').fill('邵阳医保');
    await page.locator('#site-search').press('Enter');
    await page.waitForURL(`${site.url}search/?q=${encodeURIComponent('邵阳医保')}`);
    await settled(page);
    expect((await allResults(page, base)).pages).toContain('bureaus/shaoyang-ybj/');
    await context.close();
  });

  test('without JavaScript the page says search needs it and links to the bureau list', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.url}search/?q=三公经费`);
    const note = page.locator('#search-nojs');
    await expect(note.isVisible()).resolves.toBe(true);
    expect(await note.textContent()).toContain('JavaScript');
    expect(await note.locator('a').getAttribute('href')).toBe(`${base}bureaus/`);
    await expect(page.locator('#search-form').isVisible()).resolves.toBe(false);
    await context.close();
  });

  test('keyboard: search, open the filters, tick one, load more results', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.url}search/`);
    await page.locator('#search-q').focus();
    // Every bureau and report page names a 医疗保障 body: more than one screen of results.
    await page.keyboard.type('医疗保障');
    await page.keyboard.press('Enter');
    await settled(page);
    await expect(page.locator('#search-status').getAttribute('role')).resolves.toBe('status');
    await page.locator('#search-options summary').focus();
    await page.keyboard.press('Enter');
    const first = page.locator('#search-filters input[type=checkbox]').first();
    await first.waitFor();
    await first.focus();
    await page.keyboard.press('Space');
    await settled(page);
    expect(await first.isChecked()).toBe(true);
    await first.focus();
    await page.keyboard.press('Space');
    await settled(page);
    const shown = await page.locator('.search-result').count();
    await page.locator('#search-more').focus();
    await page.keyboard.press('Enter');
    await settled(page);
    expect(await page.locator('.search-result').count()).toBeGreaterThan(shown);
    // Focus moves to the first new result, so the reader continues where the list grew.
    expect(await page.evaluate(() => document.activeElement?.closest('.search-result') !== null)).toBe(true);
    expect(await page.locator('#search-status').textContent()).toMatch(/已显示 \d+ 个页面/);
    await context.close();
  });

  /** Opens a search under the given Content-Security-Policy; returns the result count and the violations reported. */
  async function searchUnderCsp(csp: string): Promise<{ results: number; violations: string[]; status: string }> {
    const context = await browser.newContext();
    await context.route('**/*', async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': csp } });
    });
    const page = await context.newPage();
    await page.addInitScript(() => {
      const seen: string[] = ((window as unknown as { violations: string[] }).violations = []);
      document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    await page.goto(`${site.url}search/?q=${encodeURIComponent('公务接待费')}`);
    await settled(page);
    const results = await page.locator('.search-result').count();
    const violations = await page.evaluate(() => (window as unknown as { violations: string[] }).violations);
    const status = (await page.locator('#search-status').textContent()) ?? '';
    await context.close();
    return { results, violations, status };
  }

  test("search works under the CSP in README: no inline script or style, WebAssembly by 'wasm-unsafe-eval'", async () => {
    const strict = await searchUnderCsp("default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'");
    expect(strict.violations).toEqual([]);
    expect(strict.results).toBeGreaterThan(0);
    // Without 'wasm-unsafe-eval' Pagefind cannot start: the directive is needed, not decoration.
    const noWasm = await searchUnderCsp("default-src 'self'; script-src 'self'; style-src 'self'");
    expect(noWasm.results).toBe(0);
    expect(noWasm.status).toContain('搜索暂时无法使用');
  });
});
