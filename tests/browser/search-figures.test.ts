// A query naming a 三公 item — in full or by a short name — shows that item's figures in each report's result as one
// line: 预算数 and 决算数 (a budget: 预算数 only) with the unit and the year, linked to the report's 三公 table. The
// figures expected are those a person read from the documents: ../shared/seeds/expected.json for the final
// accounts, ../shared/samples/expected.json for the budgets.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Decimal } from 'decimal.js';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { SEEDS } from '../core/seeds.ts';
import { SAMPLE_SUMMARY, sampleBudget, sampleDocuments } from '../support/samples.ts';
import { launchBrowser } from '../support/browser.ts';
import { distFor, serve, type Served } from '../support/site.ts';

interface Expected { bureau: string; year: number; budget: Record<string, string | null>; actual: Record<string, string | null> | null }


const EXPECTED: Expected[] = [
  ...Object.values<any>(JSON.parse(readFileSync(join(SEEDS, 'expected.json'), 'utf8')).reports)
    .filter((r) => r.sangong?.actual)
    .map((r) => ({ bureau: r.bureau, year: r.year, budget: r.sangong.budget, actual: r.sangong.actual })),
  ...sampleDocuments().map((d) => ({ bureau: d.bureau, year: d.year, budget: sampleBudget(d), actual: null })),
];

/** The figures of a line, in order: 「公务接待费：预算数 5.00 万元，决算数 2.22 万元（2022年度）」 → 5.00, 2.22. */
const figuresIn = (line: string) => [...line.replace(/（\d{4}年度.*?）$/, '').matchAll(/(预算数|决算数) (\d+(?:\.\d+)?|未列出)/g)].map((m) => [m[1], m[2]]);

let browser: Browser;
let site: Served;
beforeAll(async () => {
  browser = await launchBrowser();
  site = await serve(distFor('/'), '/');
});
afterAll(async () => {
  await site?.close();
  await browser?.close();
});

/** Every result of the query, as the page shows them after 显示更多结果: heading and figure line. */
async function results(query: string): Promise<{ title: string; figure: string | null; href: string | null }[]> {
  const page: Page = await (await browser.newContext()).newPage();
  await page.goto(`${site.url}search/?q=${encodeURIComponent(query)}`);
  await page.locator('#search-results[aria-busy="false"]').waitFor({ state: 'attached' });
  const more = page.locator('#search-more');
  while (await more.isVisible()) {
    await more.click();
    await page.locator('#search-results[aria-busy="false"]').waitFor({ state: 'attached' });
  }
  const found = await page.locator('.search-result').evaluateAll((lis) => lis.map((li) => ({
    title: li.querySelector('h3')?.textContent ?? '',
    figure: li.querySelector('.search-figure')?.textContent ?? null,
    href: li.querySelector('.search-figure a')?.getAttribute('href') ?? null,
  })));
  await page.context().close();
  return found;
}

describe.each([
  ['公务接待费', 'reception', '公务接待费'],
  ['接待费', 'reception', '公务接待费'],
  ['公车', 'vehicle', '公务用车购置及运行维护费'],
  ['三公经费', 'total', '“三公”经费合计'],
])('%s', (query, key, label) => {
  test('every report that states the item shows its figures as one line, as read by hand', async () => {
    const found = await results(query);
    const stating = EXPECTED.filter((e) => e.budget[key] != null || e.actual?.[key] != null);
    expect(stating.length).toBeGreaterThan(0);
    for (const e of stating) {
      const result = found.find((r) => r.title.includes(e.bureau) && r.title.includes(String(e.year)));
      expect(result, `${e.bureau} ${e.year} among the results for ${query}`).toBeDefined();
      expect(result!.figure!.startsWith(`${label}：`), result!.figure!).toBe(true);
      expect(result!.figure).toContain(`（${e.year}年度`);
      const shown = figuresIn(result!.figure!);
      const want = [['预算数', e.budget[key]], ...(e.actual ? [['决算数', e.actual[key]]] : [])];
      expect(shown.map(([side]) => side)).toEqual(want.map(([side]) => side));
      shown.forEach(([, v], i) => {
        const w = want[i][1];
        if (w === null) expect(v).toBe('未列出');
        else expect(new Decimal(v).equals(w as string), `${e.bureau} ${e.year} ${want[i][0]}: ${v} ≠ ${w}`).toBe(true);
      });
      expect(result!.href).toMatch(/#sangong$/);
    }
  });
});

/** The headline figures as read by hand, with the unit each report prints them in. */
const HEADLINES = [
  ...Object.values<any>(JSON.parse(readFileSync(join(SEEDS, 'expected.json'), 'utf8')).reports)
    .map((r) => ({ bureau: r.bureau, year: r.year, unit: r.unit, side: '决算数', figures: r.summary ?? {} })),
  ...sampleDocuments().map((d) => ({ bureau: d.bureau, year: d.year, unit: d.unit, side: '预算数', figures: Object.fromEntries(Object.entries(SAMPLE_SUMMARY).map(([label, key]) => [key, d[label]])) })),
];

describe.each([['人员经费', 'personnel'], ['基本支出', 'basicExpenditure']])('%s', (query, key) => {
  test('every report that states it shows it as one line: 决算数, or a budget’s 预算数, in the report’s unit', async () => {
    const found = await results(query);
    const stating = HEADLINES.filter((h) => h.figures[key] != null);
    expect(stating.length).toBeGreaterThan(5);
    for (const h of stating) {
      const result = found.find((r) => r.title.includes(h.bureau) && r.title.includes(String(h.year)));
      expect(result, `${h.bureau} ${h.year} among the results for ${query}`).toBeDefined();
      const m = new RegExp(`^${query}：(预算数|决算数) ([\\d.]+) (万元|元)（${h.year}年度`).exec(result!.figure ?? '');
      expect(m, result!.figure ?? '(no line)').not.toBeNull();
      expect([m![1], m![3]]).toEqual([h.side, h.unit]);
      expect(new Decimal(m![2]).equals(h.figures[key]), `${h.bureau}: ${m![2]} ≠ ${h.figures[key]}`).toBe(true);
      expect(result!.href).toMatch(/#headline$/);
    }
  });
});

test('a query that names no 三公 item or headline figure shows no figure line', async () => {
  const found = await results('行政运行');
  expect(found.length).toBeGreaterThan(0);
  expect(found.filter((r) => r.figure !== null)).toEqual([]);
});
