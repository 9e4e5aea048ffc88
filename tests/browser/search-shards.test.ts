// The search index split by year (src/search/shards.ts), on a portal where every bureau has four years of
// reports: the benchmark's corpus of 5 bureaus × 2021–2024. A first search loads only the latest scope (each
// bureau's 2024 report); asking for earlier years merges the 2021–2023 shards into the same search.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { generateCorpus, MIN_REPORTS } from '../../scripts/bench/corpus.ts';
import { runAxe } from '../support/axe.ts';
import { launchBrowser } from '../support/browser.ts';
import { buildContent, ROOT, serve, type Served } from '../support/site.ts';

const work = mkdtempSync(join(tmpdir(), 'mz-shards-'));
const out = join(work, 'dist');
let site: Served;
let browser: Browser;
let firstBureau: { id: string; name: string };

beforeAll(async () => {
  const corpus = generateCorpus(join(work, 'content'), MIN_REPORTS, join(ROOT, 'content'));
  expect(corpus.bureaus).toBe(5);
  const run = buildContent(join(work, 'content'), out);
  expect(run.status, run.stderr).toBe(0);
  const bureaus = readFileSync(join(work, 'content/bureaus.yaml'), 'utf8');
  firstBureau = { id: /^- id: (\S+)/m.exec(bureaus)![1], name: /^ {2}name: (\S+)/m.exec(bureaus)![1] };
  site = await serve(out, '/');
  browser = await launchBrowser();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
  rmSync(work, { recursive: true, force: true });
});

/** Pages indexed in a scope: the sum over its shards, one per 市/州. */
const pageCount = (scope: string) => readdirSync(join(out, 'pagefind', scope)).reduce((n, city) =>
  n + JSON.parse(readFileSync(join(out, 'pagefind', scope, city, 'pagefind-entry.json'), 'utf8')).languages['zh-cn'].page_count, 0);

test('the latest scope holds the 2024 reports, each earlier year its own reports', () => {
  expect(readdirSync(join(out, 'pagefind')).sort()).toEqual(['2021', '2022', '2023', 'latest', 'shards.json']);
  const listed = JSON.parse(readFileSync(join(out, 'pagefind/shards.json'), 'utf8'));
  const onDisk = (...scopes: string[]) => scopes.flatMap((scope) => readdirSync(join(out, 'pagefind', scope)).map((s) => `${scope}/${s}`)).sort();
  expect([...listed.latest].sort()).toEqual(onDisk('latest'));
  expect([...listed.earlier].sort()).toEqual(onDisk('2021', '2022', '2023'));
  expect(listed.earlier[0]).toMatch(/^2023\//);
  expect(pageCount('latest')).toBe(5);
  for (const year of ['2023', '2022', '2021']) expect(pageCount(year)).toBe(5);
});

async function resultPages(page: Page): Promise<string[]> {
  await page.locator('#search-results[aria-busy="false"]').waitFor({ state: 'attached' });
  const more = page.locator('#search-more');
  while (await more.isVisible()) {
    await more.click();
    await page.locator('#search-results[aria-busy="false"]').waitFor({ state: 'attached' });
  }
  return page.locator('.search-result h3 a').evaluateAll((as) => as.map((a) => (a.getAttribute('href') ?? '').replace(/#.*$/, '')));
}

test('a first search fetches the latest shard only; the earlier-years box adds 2021–2023', async () => {
  const page = await browser.newPage();
  const fetched: string[] = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  await page.goto(`${site.url}search/?q=${encodeURIComponent(firstBureau.name)}`);
  // Each of the bureau's pages found, as its report's year or "bureau" for the bureau shown first.
  const own = (pages: string[]) => pages.filter((p) => p.includes(`/${firstBureau.id}/`)).map((p) => /\/(\d{4})\//.exec(p)?.[1] ?? 'bureau').sort();
  expect(own(await resultPages(page))).toEqual(['2024', 'bureau']);
  expect(fetched.filter((p) => p.startsWith('/pagefind/') && !p.startsWith('/pagefind/latest/'))).toEqual([]);

  await page.getByLabel('同时查找较早年度的报告').check();
  expect(own(await resultPages(page))).toEqual(['2021', '2022', '2023', '2024', 'bureau']);
  expect(new URL(page.url()).searchParams.get('years')).toBe('all');
  expect((await runAxe(page, 'search, all years')).violations).toEqual([]);
  await page.close();
});
