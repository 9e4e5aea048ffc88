// A portal too large for one list page: 200 generated reports (50 bureaus of the benchmark's corpus, four years
// each) and a registry with 250 more bureaus that have not published yet. The 三公 table is cut into pages of one
// year (at most 40 rows, in order of 市州), and so is the 单位比较 table, whose page gathers the chosen bureaus' rows
// from them; the home page lists the latest year by 市州, and the bureau list is cut into pages of at most 200
// bureaus; together the pages list everything, each report and bureau once.
import { appendFileSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../scripts/bench/corpus.ts';
import { readRegistry } from '../../src/load/registry.ts';
import { Decimal } from 'decimal.js';
import type { CompareIndex } from '../../src/views/compare.ts';
import { runAxe } from '../support/axe.ts';
import { servedInBrowser } from '../support/browser.ts';
import { installTableHeaders } from '../support/table-headers.ts';
import { buildContent, filesIn, ROOT } from '../support/site.ts';

const WORK = join(ROOT, '.cache/test-list-pages');
const CONTENT = join(WORK, 'content');
const OUT = join(WORK, 'dist');
const WAITING = 250;

const html = (path: string) => readFileSync(join(OUT, path, 'index.html'), 'utf8');
const all = (text: string, re: RegExp) => [...text.matchAll(re)].map((m) => m[1]);
/** The rows of the 三公 table on a page: each row's report address and 市州. */
function sangongRows(page: string): { url: string; city: string }[] {
  const table = page.slice(page.indexOf('id="sangong-overview"'), page.indexOf('</table>', page.indexOf('id="sangong-overview"')));
  return [...table.matchAll(/<tr data-year="\d+" data-level="[^"]+" data-city="([^"]+)"><th[^>]*>.*?<\/th><th[^>]*><a href="([^"]+)"/gs)].map((m) => ({ city: m[1], url: m[2] }));
}

let years: Map<number, Set<string>>;
let registryIds: string[];
beforeAll(() => {
  rmSync(WORK, { recursive: true, force: true });
  generateCorpus(CONTENT, 200, join(ROOT, 'content'));
  const waiting = Array.from({ length: WAITING }, (_, i) => `- id: waiting-${i + 1}\n  name: 湖南省长沙市第${i + 1}待公开单位\n  region: 湖南省长沙市\n  level: 县级\n`);
  appendFileSync(join(CONTENT, 'bureaus.yaml'), waiting.join(''));
  const run = buildContent(CONTENT, OUT);
  expect(run.status, run.stderr).toBe(0);
  registryIds = readRegistry(readFileSync(join(CONTENT, 'bureaus.yaml'), 'utf8')).bureaus.map((b) => b.id);
  // The reports with 三公 figures, by year, as the portal-wide 三公 download lists them (its last column is the page).
  years = new Map();
  for (const line of readFileSync(join(OUT, 'data/sangong.csv'), 'utf8').split(/\r?\n/).slice(1).filter(Boolean)) {
    const cells = line.split(',');
    const year = Number(cells[2]);
    (years.get(year) ?? years.set(year, new Set()).get(year)!).add(cells.at(-1)!);
  }
}, 300_000);
afterAll(() => rmSync(WORK, { recursive: true, force: true }));

describe('the 三公 table, cut into pages of one year', () => {
  it('has four years of 50 reports each, so that the pages below are tested on more than one page a year', () => {
    expect([...years.keys()].length).toBe(4);
    for (const urls of years.values()) expect(urls.size).toBe(50);
  });

  it('lists every report of a year once over that year’s pages, at most 40 to a page, each 市州 together', () => {
    for (const [year, urls] of years) {
      const pages = filesIn(join(OUT, 'sangong', String(year))).filter((f) => f.endsWith('index.html')).map((f) => f.replace(/index\.html$/, ''));
      expect(pages.sort()).toEqual(['', '2/']);
      const rows = pages.flatMap((p) => {
        const own = sangongRows(html(`sangong/${year}/${p}`));
        expect(own.length).toBeLessThanOrEqual(40);
        const cities = own.map((r) => r.city).filter((c, i, list) => c !== list[i - 1]);
        expect(new Set(cities).size).toBe(cities.length);
        return own;
      });
      expect(rows.map((r) => r.url).sort()).toEqual([...urls].sort());
    }
  });

  it('has no table on the 三公 page itself, but a link to each year’s pages', () => {
    const page = html('sangong');
    expect(page).not.toContain('id="sangong-overview"');
    for (const year of years.keys()) for (const p of [`/sangong/${year}/`, `/sangong/${year}/2/`]) expect(page).toContain(`href="${p}"`);
    expect(page).toContain('id="rankings"');
  });

  it('names the page and the pages of its year on each page', () => {
    const page = html('sangong/2023/2');
    expect(page).toContain('<h1>2023年度“三公”经费（第 2 页，共 2 页）</h1>');
    expect(page).toMatch(/<a href="\/sangong\/2023\/2\/" aria-current="page">2023年度第 2 页<\/a>/);
    expect(page).toContain('<a href="/sangong/2023/" rel="prev">上一页：2023年度第 1 页</a>');
    expect(html('sangong/2023')).toContain('<a href="/sangong/2023/2/" rel="next">下一页：2023年度第 2 页</a>');
  });
});

/** The rows of a 单位比较 table on a page: the bureau of each. */
const compareRows = (page: string, year: number) => {
  const start = page.indexOf(`id="compare-${year}"`);
  expect(start).toBeGreaterThan(0);
  return all(page.slice(start, page.indexOf('</table>', start)), /<tr data-bureau="([^"]+)">/g);
};
const compareIndex = () => JSON.parse(readFileSync(join(OUT, 'compare/bureaus.json'), 'utf8')) as CompareIndex;

describe('the 单位比较 table, cut into pages of one year', () => {
  it('lists each bureau of a year once over that year’s pages, at most 40 to a page, where bureaus.json says', () => {
    const index = compareIndex();
    const bureaus = index.cities.flatMap((c) => c.bureaus);
    expect(bureaus).toHaveLength(50);
    for (const year of years.keys()) {
      const onPage = new Map(['', '2/'].flatMap((p) => {
        const own = compareRows(html(`compare/${year}/${p}`), year);
        expect(own.length).toBeLessThanOrEqual(40);
        return own.map((id) => [id, `/compare/${year}/${p}`] as const);
      }));
      expect(onPage.size).toBe(50);
      expect(index.pages[year]).toEqual([`/compare/${year}/`, `/compare/${year}/2/`]);
      for (const b of bureaus) expect(index.pages[year][b.rows[year]], `${b.id} ${year}`).toBe(onPage.get(b.id));
    }
  });

  it('has no table on the comparison page itself, but a link to each year’s pages', () => {
    const page = html('compare');
    expect(page).not.toContain('<table');
    for (const year of years.keys()) for (const p of [`/compare/${year}/`, `/compare/${year}/2/`]) expect(page).toContain(`href="${p}"`);
  });
});

describe('the home page', () => {
  it('lists the latest year by 市州, the counts adding up to the year’s reports, each linked to its pages', () => {
    const page = html('');
    expect(page).not.toContain('id="home-sangong-table"');
    const latest = Math.max(...years.keys());
    const section = page.slice(page.indexOf('id="home-sangong"'), page.indexOf('</section>', page.indexOf('id="home-sangong"')));
    const counts = all(section, /：(\d+) 份报告/g).map(Number);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(years.get(latest)!.size);
    for (const href of all(section, /href="(\/sangong\/\d+\/(?:\d+\/)?)"/g)) expect(href.startsWith(`/sangong/${latest}/`)).toBe(true);
  });
});

describe('the bureau list, cut into pages', () => {
  it('lists every registered bureau once, at most 200 to a page, on pages the list and the home page link to', () => {
    expect(registryIds.length).toBe(50 + WAITING);
    const pages = ['1', '2'];
    for (const p of pages) {
      expect(html('bureaus')).toContain(`href="/bureaus/p/${p}/"`);
      expect(html('')).toContain(`href="/bureaus/p/${p}/"`);
    }
    const listed = pages.flatMap((p) => {
      const own = all(html(`bureaus/p/${p}`), /<a class="bureau-name" href="\/bureaus\/([^/]+)\/"/g);
      expect(own.length).toBeLessThanOrEqual(200);
      return own;
    });
    expect(listed.sort()).toEqual([...registryIds].sort());
  });
});

describe('in the browser', () => {
  const site = servedInBrowser(OUT);

  it('compares two bureaus whose rows are on different pages: their rows as those pages print them, and their 差额', async () => {
    const index = compareIndex();
    const bureaus = index.cities.flatMap((c) => c.bureaus);
    const [first, second] = [0, 1].map((n) => bureaus.find((b) => b.rows[2023] === n)!);
    const pageOf = (b: typeof first) => index.pages[2023][b.rows[2023]];
    const page = await site.browser.newPage();
    await page.goto(`${site.url}compare/?b=${first.id}&b=${second.id}`, { waitUntil: 'networkidle' });
    const section = page.locator('.compare-year[data-year="2023"]');
    const rows = await section.locator('tbody tr:visible').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent!.trim())));
    const printed = async (path: string, id: string) => {
      const part = await site.browser.newPage();
      await part.goto(site.url + path.slice(1));
      const cells = await part.locator(`#compare-2023 tr[data-bureau="${id}"] > *`).allTextContents();
      await part.close();
      return cells.map((c) => c.trim());
    };
    expect(rows.slice(0, 2)).toEqual([await printed(pageOf(first), first.id), await printed(pageOf(second), second.id)]);
    // 三公 预算合计 (column 2) of the first less the second's, both printed in 万元 to the 分.
    const [a, b] = [rows[0][2], rows[1][2]].map((t) => new Decimal(t.replace(/,/g, '')));
    expect(rows[2][0]).toBe(`差额：${first.name} − ${second.name}`);
    expect(new Decimal(rows[2][2].replace(/,/g, '')).equals(a.minus(b))).toBe(true);
    const ids = await page.locator('[id]').evaluateAll((es) => es.map((e) => e.id));
    expect(new Set(ids).size).toBe(ids.length);
    await page.evaluate(installTableHeaders);
    expect((await page.evaluate(() => window.mzTableHeaders!.check())).problems).toEqual([]);
    await page.close();
  });

  it.each(['sangong/2023/2/', 'compare/2023/2/', 'bureaus/p/2/', ''])('/%s: no axe violation, no sideways scroll at 320 px', async (path) => {
    const page = await site.browser.newPage({ viewport: { width: 320, height: 640 } });
    await page.goto(site.url + path, { waitUntil: 'load' });
    expect((await runAxe(page, `/${path}`)).violations).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.close();
  });
});
