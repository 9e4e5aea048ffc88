// A bureau with two years: the bundled content plus a 2021 郴州 report derived from the 2022 one with other 三公
// figures. The 2022 report page then compares with 2021, and the bureau page's trends span both years.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ROOT } from '../support/site.ts';
import { openDom, type Dom } from './dom.ts';

const WORK = join(ROOT, '.cache/test-two-years');
const CONTENT = join(WORK, 'content');
const OUT = join(WORK, 'dist');
/** 郴州 2022's 公开09表 data row as printed: budget 9.00 (车 4.00 = 0 + 4.00, 接待 5.00), actual 6.22 (4.00, 2.22). */
const ROW_2022 = '9.00\t\t4.00\t\t4.00\t5.00\t6.22\t\t4.00\t\t4.00\t2.22';
/** The 2021 fixture's row: budget 8.00 (车 4.00, 接待 4.00), actual 7.50 (车 3.00, 接待 4.50). */
const ROW_2021 = '8.00\t\t4.00\t\t4.00\t4.00\t7.50\t\t3.00\t\t3.00\t4.50';

let dom: Dom;
beforeAll(async () => {
  rmSync(WORK, { recursive: true, force: true });
  cpSync(join(ROOT, 'content'), CONTENT, { recursive: true });
  const text = readFileSync(join(CONTENT, 'reports/chenzhou-ybj/2022/部门决算.txt'), 'utf8');
  expect(text.split('\n')).toContain(ROW_2022);
  mkdirSync(join(CONTENT, 'reports/chenzhou-ybj/2021'));
  writeFileSync(join(CONTENT, 'reports/chenzhou-ybj/2021/部门决算.txt'), text.replaceAll('2022', '2021').replace(ROW_2022, ROW_2021));
  execFileSync(process.execPath, ['scripts/build.ts'], { cwd: ROOT, env: { ...process.env, MZ_BASE: '/', MZ_CONTENT: CONTENT, MZ_OUT: OUT }, stdio: ['ignore', 'ignore', 'inherit'] });
  dom = await openDom();
}, 180_000);
afterAll(async () => {
  await dom?.close();
  rmSync(WORK, { recursive: true, force: true });
});

const open = (path: string) => dom.load(readFileSync(join(OUT, path, 'index.html'), 'utf8'));

const row = (page: Page, label: string) => page.locator('#sangong-table tbody tr', { has: page.locator(`th:text-is("${label}")`) }).locator('td').allTextContents();

it('the 2022 report compares its 三公 actuals with the 2021 report, item by item', async () => {
  const page = await open('reports/chenzhou-ybj/2022/bumen-juesuan');
  expect(await page.locator('#sangong-table caption').textContent()).toContain('与上年比较');
  // 预算数, 决算数, 执行率 | 2021年度决算数 | 增减额, 增减率 (worked by hand: 6.22 − 7.50 = −1.28, −1.28 ÷ 7.50 = −17.1%).
  expect(await row(page, '合计')).toEqual(['9.00', '6.22', '69.1%', '7.50', '-1.28', '-17.1%']);
  expect(await row(page, '公务用车购置及运行维护费')).toEqual(['4.00', '4.00', '100.0%', '3.00', '+1.00', '+33.3%']);
  expect(await row(page, '公务接待费')).toEqual(['5.00', '2.22', '44.4%', '4.50', '-2.28', '-50.7%']);
  expect(await row(page, '因公出国（境）费')).toEqual(['0', '0', '—', '0', '0', '—']);
  // The earlier figures link to their line in the 2021 report.
  const href = await page.locator('#sangong-table tbody tr').first().locator('td').nth(3).locator('a').getAttribute('href');
  expect(href).toMatch(/^\/reports\/chenzhou-ybj\/2021\/bumen-juesuan\/#L\d+$/);
});

it('the 2021 report, with no earlier year, says it cannot compare', async () => {
  const page = await open('reports/chenzhou-ybj/2021/bumen-juesuan');
  expect(await page.locator('#sangong-table thead th').allTextContents()).toEqual(['项目', '预算数', '决算数', '执行率']);
  expect(await page.locator('#sangong ~ .source-note, .source-note').first().textContent()).toContain('无法与上年比较');
});

it('the bureau page lists both years and draws both in its trends; the 三公 page shows the change on the year', async () => {
  const bureau = await open('bureaus/chenzhou-ybj');
  expect(await bureau.locator('.year-list .year').allTextContents()).toEqual(['2022年度', '2021年度']);
  const spec = JSON.parse((await bureau.locator('#chart-sangong').getAttribute('data-chart'))!);
  expect(spec.labels).toEqual([['2021年', '预算数'], ['2021年', '决算数'], ['2022年', '预算数'], ['2022年', '决算数']]);
  expect(spec.series[2].data).toEqual(['4.00', '4.50', '5.00', '2.22']);
  expect(await bureau.locator('#chart-sangong-summary').textContent()).toContain('由 7.50 万元 变为 6.22 万元');
  const sangong = await open('sangong');
  const cells = await sangong.locator('#sangong-overview tbody tr', { has: sangong.locator('th a:text-is("2022")') }).filter({ hasText: '郴州' }).locator('td').allTextContents();
  expect(cells.slice(-2)).toEqual(['-1.28', '-17.1%']);
});
