// The table check itself, on small tables whose answers a person can read off: it must accept correct header
// markup of every kind and name each cell that a screen reader could not announce fully.
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser.ts';
import { installTableHeaders } from '../support/table-headers.ts';

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage();
});
afterAll(() => browser?.close());

async function check(table: string) {
  await page.setContent(`<!doctype html><html lang="zh-CN"><body>${table}</body></html>`);
  await page.evaluate(installTableHeaders);
  return page.evaluate(() => window.mzTableHeaders!.check());
}

async function headersOf(text: string) {
  return page.evaluate((t) => {
    const td = [...document.querySelectorAll('td')].find((c) => c.textContent === t)!;
    return window.mzTableHeaders!.headerTexts(td);
  }, text);
}

test('scope on one header row and a row-header column', async () => {
  const result = await check(`<table><caption>三公</caption>
    <thead><tr><th scope="col">项目</th><th scope="col">预算数</th><th scope="col">决算数</th></tr></thead>
    <tbody><tr><th scope="row">合计</th><td>9.00</td><td>6.22</td></tr>
    <tr><th scope="row">公务接待费</th><td>5.00</td><td>2.22</td></tr></tbody></table>`);
  expect(result).toEqual({ tables: 1, cells: 4, problems: [] });
  expect(await headersOf('6.22')).toEqual({ row: ['合计'], column: ['决算数'] });
});

test('two header rows without scope: colspan and rowspan give each cell both levels', async () => {
  const result = await check(`<table>
    <thead><tr><th rowspan="2">年度</th><th colspan="2">决算数</th></tr><tr><th>合计</th><th>公务接待费</th></tr></thead>
    <tbody><tr><th>2022</th><td>6.22</td><td>2.22</td></tr></tbody></table>`);
  expect(result.problems).toEqual([]);
  expect(await headersOf('2.22')).toEqual({ row: ['2022'], column: ['公务接待费', '决算数'] });
});

test('headers attributes that name every level pass; one that skips the group level is caught', async () => {
  const result = await check(`<table>
    <thead><tr><th id="y" rowspan="2">年度</th><th id="g" colspan="2">决算数</th></tr>
    <tr><th id="t">合计</th><th id="r">公务接待费</th></tr></thead>
    <tbody><tr><th id="r2022">2022</th><td headers="r2022 t">6.22</td><td headers="r2022 g r">2.22</td></tr></tbody></table>`);
  expect(result.problems).toEqual(['table 1 row 3 col 2 "6.22": misses column header level(s) 「决算数」']);
  expect(await headersOf('2.22')).toEqual({ row: ['2022'], column: ['决算数', '公务接待费'] });
});

test('cells without a row header, under an empty one, or naming a missing id are caught; text cells are not checked', async () => {
  const result = await check(`<table><thead><tr><th scope="col">项目</th><th scope="col">金额</th><th scope="col">说明</th></tr></thead>
    <tbody><tr><td>17</td><td>1,467.16</td><td>—</td></tr>
    <tr><th scope="row"></th><td>69.1%</td><td>无</td></tr>
    <tr><th scope="row" id="ok">其他</th><td headers="ok nothing">0.73</td><td>有</td></tr></tbody></table>`);
  expect(result.cells).toBe(4);
  expect(result.problems).toEqual([
    'table 1 row 2 col 1 "17": no row header',
    'table 1 row 2 col 2 "1,467.16": no row header',
    'table 1 row 3 col 2 "69.1%": no row header',
    'table 1 row 4 col 2 "0.73": headers names "nothing", which is not one cell of this table',
    'table 1 row 4 col 2 "0.73": no column header',
  ]);
});
