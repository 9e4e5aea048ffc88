// 分地区构建 (src/load/build-scope.ts, README "Performance"): two regions built as sites of their own from one content
// folder (MZ_REGION), and the national portal built from the same folder without it, which lists the regions and
// searches their Pagefind bundles merged in the browser. The three sites are served on one host, as deployed: the
// national portal at /, 湖南省郴州市 at /chenzhou/, 湖南省株洲市 (醴陵 is 湖南省株洲市醴陵市) at /zhuzhou/.
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { SEEDS } from '../core/seeds.ts';
import { runAxe } from '../support/axe.ts';
import { launchBrowser } from '../support/browser.ts';
import { buildContent, ROOT, serveSites, type BuildResult, type Served } from '../support/site.ts';

const work = mkdtempSync(join(tmpdir(), 'mz-regions-'));
const content = join(work, 'content');
const SITES = {
  chenzhou: { region: '湖南省郴州市', base: '/chenzhou/', bureau: 'chenzhou-ybj', dir: join(work, 'chenzhou') },
  zhuzhou: { region: '湖南省株洲市', base: '/zhuzhou/', bureau: 'liling-ybj', dir: join(work, 'zhuzhou') },
};
const NATIONAL = join(work, 'national');
const REGIONS_YAML = `regions:\n${Object.values(SITES).map((s) => `  - name: ${s.region}\n    url: ${s.base}\n`).join('')}`;

// 公务接待费 as read by hand (../shared/seeds/README.md: 001 is 醴陵 2022, 002 is 郴州 2022).
const seeds = JSON.parse(readFileSync(join(SEEDS, 'expected.json'), 'utf8')).reports;
const RECEPTION = {
  chenzhou: { bureau: '郴州市医疗保障局', ...seeds['002_d741ed2ca5e3f399.txt'].sangong },
  zhuzhou: { bureau: '醴陵市医疗保障局', ...seeds['001_d622078dd2835456.txt'].sangong },
};

let runs: Record<string, BuildResult>;
let site: Served;
let browser: Browser;

function build(out: string, base: string, region?: string): BuildResult {
  const run = buildContent(content, out, base, region ? { MZ_REGION: region } : {});
  expect(run.status, run.stderr).toBe(0);
  return run;
}

beforeAll(async () => {
  for (const name of ['bureaus.yaml', 'site.yaml']) cpSync(join(ROOT, 'content', name), join(content, name));
  writeFileSync(join(content, 'site.yaml'), `${readFileSync(join(content, 'site.yaml'), 'utf8')}${REGIONS_YAML}`);
  for (const s of Object.values(SITES)) cpSync(join(ROOT, 'content/reports', s.bureau), join(content, 'reports', s.bureau), { recursive: true });
  // Builds share the project's .astro folder: one after another.
  runs = {
    chenzhou: build(SITES.chenzhou.dir, SITES.chenzhou.base, SITES.chenzhou.region),
    zhuzhou: build(SITES.zhuzhou.dir, SITES.zhuzhou.base, SITES.zhuzhou.region),
    national: build(NATIONAL, '/'),
  };
  site = await serveSites([{ base: '/', dir: NATIONAL }, ...Object.values(SITES).map((s) => ({ base: s.base, dir: s.dir }))]);
  browser = await launchBrowser();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
  rmSync(work, { recursive: true, force: true });
});

const shardList = (dir: string) => JSON.parse(readFileSync(join(dir, 'pagefind/shards.json'), 'utf8'));

describe('builds', () => {
  test('each region publishes the reports of its own bureaus and lists its search bundles', () => {
    for (const [name, s] of Object.entries(SITES)) {
      expect(runs[name].stdout).toContain('已读取 1 份报告');
      expect(readdirSync(join(s.dir, 'reports'))).toEqual([s.bureau]);
      expect(readdirSync(join(s.dir, 'data/reports'))).toEqual([s.bureau]);
      expect(shardList(s.dir)).toEqual({ latest: ['latest/0'], earlier: [] });
      expect(readFileSync(join(s.dir, 'index.html'), 'utf8')).toContain(`本站收录${s.region} 1 个单位的 1 份报告`);
      // Its pages link under its own base path, where the national portal's search sends readers.
      expect(readFileSync(join(s.dir, 'reports', s.bureau, '2022/bumen-juesuan/index.html'), 'utf8')).toContain(`href="${s.base}bureaus/${s.bureau}/"`);
    }
  });

  test('the national portal publishes no report of a listed region and has no bundle of its own', () => {
    expect(runs.national.stdout).toContain('已读取 0 份报告');
    expect(existsSync(join(NATIONAL, 'reports'))).toBe(false);
    expect(shardList(NATIONAL)).toEqual({ latest: [], earlier: [] });
  });

  test('a region that no bureau is in stops the build and says which setting to correct', () => {
    const run = buildContent(content, join(work, 'nowhere'), '/nowhere/', { MZ_REGION: '湖南省长沙市' });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(/bureaus\.yaml:1:1 error 错误：MZ_REGION=湖南省长沙市：.*没有 region 以 “湖南省长沙市” 开头的单位.*\[MZ-REGION-EMPTY\]/);
  });
});

async function search(query: string, path = ''): Promise<{ page: Page; results: { title: string; href: string; figure: string | null }[] }> {
  const page = await browser.newPage();
  await page.goto(`${site.url}${path}search/?q=${encodeURIComponent(query)}`);
  await page.locator('#search-results[aria-busy="false"]').waitFor({ state: 'attached' });
  const results = await page.locator('.search-result').evaluateAll((lis) => lis.map((li) => ({
    title: li.querySelector('h3')?.textContent ?? '',
    href: li.querySelector('h3 a')?.getAttribute('href') ?? '',
    figure: li.querySelector('.search-figure')?.textContent ?? null,
  })));
  return { page, results };
}

describe('the national portal', () => {
  test('its home page lists the regions, each linked to its portal', async () => {
    const page = await browser.newPage();
    await page.goto(site.url);
    const links = await page.locator('#home-regions + p + ul a').evaluateAll((as) => as.map((a) => [a.textContent, a.getAttribute('href')]));
    expect(links).toEqual(Object.values(SITES).map((s) => [s.region, s.base]));
    expect((await runAxe(page, 'national home')).violations).toEqual([]);
    await page.getByRole('link', { name: SITES.zhuzhou.region }).click();
    await expect.poll(() => page.locator('h1').textContent()).toContain('明账');
    expect(new URL(page.url()).pathname).toBe('/zhuzhou/');
    expect(await page.getByRole('link', { name: /醴陵市医疗保障局/ }).count()).toBeGreaterThan(0);
    await page.close();
  });

  test('a search finds the reports of both regions, with their figures, linked to the regions’ pages', async () => {
    const { page, results } = await search('公务接待费');
    for (const [name, want] of Object.entries(RECEPTION)) {
      const s = SITES[name as keyof typeof SITES];
      const found = results.find((r) => r.title.includes(want.bureau));
      expect(found, `${want.bureau} among ${results.map((r) => r.title).join(' / ')}`).toBeDefined();
      expect(found!.href.startsWith(`${s.base}reports/${s.bureau}/2022/bumen-juesuan/`), found!.href).toBe(true);
      expect(found!.figure).toBe(`公务接待费：预算数 ${want.budget.reception} 万元，决算数 ${want.actual.reception} 万元（2022年度）`);
    }
    expect((await runAxe(page, 'national search')).violations).toEqual([]);
    // The result opens the region's own report page.
    await page.locator('.search-result h3 a', { hasText: RECEPTION.zhuzhou.bureau }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe(`${SITES.zhuzhou.base}reports/liling-ybj/2022/bumen-juesuan/`);
    expect(await page.locator('h1').textContent()).toContain(RECEPTION.zhuzhou.bureau);
    await page.close();
  });

  test('a query naming a bureau of a region shows it first, linked to its page on the region’s portal', async () => {
    const { page, results } = await search('醴陵医保');
    expect(results[0].href).toBe(`${SITES.zhuzhou.base}bureaus/liling-ybj/`);
    expect(results[0].title).toContain(RECEPTION.zhuzhou.bureau);
    expect(results.slice(1).some((r) => r.href.startsWith(`${SITES.zhuzhou.base}reports/liling-ybj/2022/`))).toBe(true);
    await page.close();
  });

  test('a region whose portal does not answer is named, and the others are still searched', async () => {
    const partial = await serveSites([{ base: '/', dir: NATIONAL }, { base: SITES.chenzhou.base, dir: SITES.chenzhou.dir }]);
    const page = await browser.newPage();
    await page.goto(`${partial.url}search/?q=${encodeURIComponent('公务接待费')}`);
    await page.locator('#search-results[aria-busy="false"]').waitFor({ state: 'attached' });
    const titles = await page.locator('.search-result h3').allTextContents();
    expect(titles.some((t) => t.includes(RECEPTION.chenzhou.bureau))).toBe(true);
    expect(titles.some((t) => t.includes(RECEPTION.zhuzhou.bureau))).toBe(false);
    expect(await page.locator('#search-status').textContent()).toContain(`未能读取${SITES.zhuzhou.region}的搜索索引，那里的报告不在结果中。`);
    await page.close();
    await partial.close();
  });
});

test('a region’s own search finds its reports only', async () => {
  const { page, results } = await search('公务接待费', 'chenzhou/');
  expect(results.length).toBeGreaterThan(0);
  expect(results.every((r) => r.href.startsWith(SITES.chenzhou.base))).toBe(true);
  await page.close();
});
