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
async function results(query: string): Promise<{ title: string; figure: string | null; href: string | null; page: string; excerpts: string[]; marks: string[] }[]> {
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
    page: li.querySelector('h3 a')?.getAttribute('href') ?? '',
    excerpts: [...li.querySelectorAll('.search-excerpt')].map((e) => e.textContent ?? ''),
    marks: [...li.querySelectorAll('.search-excerpt mark')].map((m) => m.textContent ?? ''),
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

/**
 * Table cells run together as Pagefind joins them (「公务用车购置费 0. 0. — 其中：…」): three or more figures or dashes
 * in a row with nothing but spaces and full stops between them, or an amount followed by a full stop and a space
 * (a list number, 「11. 基本支出」, is not one).
 */
const CELL_RUN = /(?:(?:\d[\d,]*(?:\.\d+)?%?|—)[\s.。]+){2,}(?:\d[\d,]*(?:\.\d+)?%?|—)|\d\.\d+\.(?:\s|$)/;
const withoutQuotes = (s: string) => s.replace(/[“”"]/g, '');

describe.each([
  ['公务接待费', ['公务接待费']],
  // Typed 接待费 is marked inside 公务接待费; typed 公车 is marked where the page has it, else 公务用车, as searched.
  ['接待费', ['接待费']],
  ['公车', ['公车', '公务用车']],
  ['三公经费', ['三公经费']],
  ['人员经费', ['人员经费']],
])('excerpts for %s', (query, terms) => {
  test('are sentences or labelled figures, never table cells run together, and mark the term whole', async () => {
    const found = await results(query);
    expect(found.length).toBeGreaterThan(5);
    for (const r of found) {
      for (const e of r.excerpts) expect(CELL_RUN.exec(e), `${r.title}: ${e}`).toBeNull();
      for (const m of r.marks) expect(terms, `${r.title}: marked 「${m}」`).toContain(withoutQuotes(m));
      // An excerpt says something the figure line does not.
      const statement = (t: string) => t.replace(/（\d{4}年度[^）]*）$/, '').replace(/[\s。；]/g, '');
      if (r.figure) for (const e of r.excerpts) expect(statement(e), r.title).not.toBe(statement(r.figure));
    }
    // Most results show the term itself, marked.
    expect(found.filter((r) => r.marks.length > 0).length).toBeGreaterThan(found.length / 2);
  });
});

test('the cell-run check finds what Pagefind made of the 三公 table before it was indexed as sentences', () => {
  expect(CELL_RUN.test('其中：公务用车购置费 0. 0. — 其中：公务用车运行维护费 4.00. 4.00. 100.0% 公务接待费 5.00')).toBe(true);
  expect(CELL_RUN.test('合计 9.00. 6.22.')).toBe(true);
  expect(CELL_RUN.test('公务接待费：预算数 5.00 万元，决算数 2.22 万元。')).toBe(false);
  expect(CELL_RUN.test('11. 基本支出：指为保障机构正常运转')).toBe(false);
});

/** A bureau's latest 三公 total as read by hand: the newest final account's 决算数, or a budget's 预算数. */
describe.each([
  // Short name in content/bureaus.yaml; seeds/expected.json: 2023 决算 “三公” total 8.21 万元.
  ['邵阳医保', '邵阳市医疗保障局', '最新“三公”经费决算 8.21 万元（2023年度部门决算）'],
  // Full name; samples/expected.json (02): 2026 budget “三公” total 10.81 万元.
  ['上海市普陀区司法局', '上海市普陀区司法局', '最新“三公”经费预算 10.81 万元（2026年度部门预算）'],
])('a query for a bureau: %s', (query, bureau, line) => {
  test('shows the bureau first with its latest 三公 total, then its reports', async () => {
    const found = await results(query);
    expect(found[0].title).toBe(bureau);
    expect(found[0].page).toMatch(/\/bureaus\/[^/]+\/$/);
    expect(found[0].figure).toBe(line);
    expect(found[0].href).toMatch(/\/reports\/.+#sangong$/);
    const own = EXPECTED.filter((e) => e.bureau === bureau);
    expect(own.length).toBeGreaterThan(0);
    const next = found.slice(1, 1 + own.length).map((r) => r.title);
    for (const e of own) expect(next.some((t) => t.startsWith(bureau) && t.includes(String(e.year))), `${bureau} ${e.year} right after the bureau`).toBe(true);
  });
});

test('a query for a word that is not a bureau’s name puts no bureau first', async () => {
  const found = await results('医疗保障');
  expect(found.length).toBeGreaterThan(1);
  expect(found[0].page).toMatch(/\/reports\//);
});
