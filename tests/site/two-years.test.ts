// A bureau with two years: the bundled content plus a 2021 郴州 report derived from the 2022 one with other 三公
// figures. The 2022 report page then compares with 2021, and the bureau page's trends span both years.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../support/browser.ts';
import { ROOT, serve } from '../support/site.ts';
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

it('the 2022 report compares its 三公 actuals with the 2021 report, item by item, and with what its own text says', async () => {
  const page = await open('reports/chenzhou-ybj/2022/bumen-juesuan');
  expect(await page.locator('#sangong-table caption').textContent()).toContain('与上年比较');
  // 预算数, 决算数, 执行率 | 2021年度决算数 | 增减额, 增减率 (worked by hand: 6.22 − 7.50 = −1.28, −1.28 ÷ 7.50 = −17.1%)
  // | 上年决算数 as the 2022 text states it: 车 4.00 − 1.06 = 2.94 (line 608), 接待 2.22 + 1.06 = 3.28 (line 606).
  expect(await row(page, '合计')).toEqual(['9.00', '6.22', '69.1%', '7.50', '-1.28', '-17.1%', '—']);
  expect(await row(page, '公务用车购置及运行维护费')).toEqual(['4.00', '4.00', '100.0%', '3.00', '+1.00', '+33.3%', '2.94']);
  expect(await row(page, '公务接待费')).toEqual(['5.00', '2.22', '44.4%', '4.50', '-2.28', '-50.7%', '3.28']);
  expect(await row(page, '因公出国（境）费')).toEqual(['0', '0', '—', '0', '0', '—', '—']);
  const stated = page.locator('#sangong-table tbody tr', { has: page.locator('th:text-is("公务接待费")') }).locator('td').nth(6).locator('a');
  expect(await stated.getAttribute('href')).toBe('original/#L606');
  // The earlier figures link to their line in the 2021 report.
  const href = await page.locator('#sangong-table tbody tr').first().locator('td').nth(3).locator('a').getAttribute('href');
  expect(href).toMatch(/^\/reports\/chenzhou-ybj\/2021\/bumen-juesuan\/original\/#L\d+$/);
});

it('the 2022 summary gives both previous-year figures, and the checks list where they disagree', async () => {
  const page = await open('reports/chenzhou-ybj/2022/bumen-juesuan');
  const sentences = (await page.locator('#summary ~ .answers li').allTextContents()).map((t) => t.trim());
  // 2.22 ÷ 6.22 = 35.7% of the 三公 total; 2.22 ÷ 5.00 = 44.4% of its budget, 5.00 − 2.22 = 2.78 short of it.
  expect(sentences).toContain('公务接待费决算 2.22 万元，占“三公”经费决算的 35.7%，预算 5.00 万元，为预算的 44.4%，比预算少 2.78 万元；上年（2021年度部门决算）为 4.50 万元，比上年减少 2.28 万元；据本报告文字说明，比上年减少 1.06 万元（-32.32%），即上年约为 3.28 万元，与上年报告不一致（见数据核对）。');
  const reception = page.locator('#summary ~ .answers li', { hasText: '公务接待费决算' }).locator('a');
  expect(await reception.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(['original/#L496', 'original/#L496', '/reports/chenzhou-ybj/2021/bumen-juesuan/original/#L496', 'original/#L606', 'original/#L606']);
  // 接待 3.28 against 4.50, 车 and its 运行维护费 2.94 against 3.00: three checks that do not hold.
  const checks = await page.locator('#checks ~ .findings .finding-mismatch .finding-head').allTextContents();
  expect(checks.filter((t) => t.includes('本报告所述上年数'))).toEqual([
    '不相符 公务用车购置及运行维护费：本报告所述上年数应与本站收录的2021年度部门决算所列决算数一致',
    '不相符 公务用车运行维护费：本报告所述上年数应与本站收录的2021年度部门决算所列决算数一致',
    '不相符 公务接待费：本报告所述上年数应与本站收录的2021年度部门决算所列决算数一致',
  ]);
});

it('the 2021 report, with no earlier year and a text whose figures are not its table\'s, says it cannot compare', async () => {
  const page = await open('reports/chenzhou-ybj/2021/bumen-juesuan');
  expect(await page.locator('#sangong-table thead th').allTextContents()).toEqual(['项目', '预算数', '决算数', '执行率']);
  expect(await page.locator('#sangong ~ .source-note').first().textContent()).toContain('无法与上年比较');
  expect(await page.locator('#summary ~ .answers').textContent()).toContain('本站未收录该单位2020年度的报告，本报告也没有说明“三公”经费合计与上年相比的增减，无法与上年比较。');
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

it('the 三公 page names 郴州 2022 as the largest decrease on the year: 6.22 − 7.50 = −1.28 万元', async () => {
  const page = await open('sangong');
  const cells = await page.locator('#sangong-rankings-2022 tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent!.trim())));
  expect(cells).toEqual([['全部单位', '醴陵市医疗保障局 43.7%', '郴州市医疗保障局 69.1%', '—', '郴州市医疗保障局 -1.28 万元']]);
  // 2021 has 郴州 alone (7.50 ÷ 8.00): nothing to rank.
  expect(await page.locator('#sangong-rankings-2021').count()).toBe(0);
});

it('the comparison page has a 2021 table with 郴州 alone, from its 2021 report; 2022 keeps both bureaus', async () => {
  const page = await open('compare');
  const rows = (year: number) => page.locator(`#compare-${year} tbody tr`).evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent!.trim())));
  // The 2021 fixture row: 预算 8.00 (车 4.00, 接待 4.00), 决算 7.50 (车 3.00, 接待 4.50): 7.50 ÷ 8.00 = 93.75 % → 93.8 %. Its
  // 本年支出 lines are the 2022 report's, copied with the year changed.
  expect(await rows(2021)).toEqual([['郴州市医疗保障局', '部门决算', '8.00', '0', '4.00', '4.00', '7.50', '0', '3.00', '4.50', '93.8%', '1,468.53', '971.50', '497.02']]);
  expect(await page.locator('#compare-2021 tbody a').first().getAttribute('href')).toBe('/bureaus/chenzhou-ybj/');
  expect(await page.locator('#compare-2021 tbody td a').first().getAttribute('href')).toMatch(/^\/reports\/chenzhou-ybj\/2021\/bumen-juesuan\/original\/#L\d+$/);
  expect((await rows(2022)).map((r) => [r[0], r[6]])).toEqual([['郴州市医疗保障局', '6.22'], ['醴陵市医疗保障局', '2.62']]);
});

it('choosing 郴州 and 醴陵 compares them in 2022 and says that 2021 has no 醴陵 report to compare with', async () => {
  const site = await serve(OUT);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    // The script fetches the list of bureaus, then shows the chosen ones in a table of their own per year.
    await page.goto(`${site.url}compare/?b=chenzhou-ybj&b=liling-ybj`, { waitUntil: 'networkidle' });
    const visible = (year: number) => page.locator(`#compare-${year}-chosen tbody tr:visible`).evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent!.trim())));
    // 2022: 6.22 − 2.62 = +3.60 of 三公 决算; 2021: 郴州 alone (7.50), no 差额, and a note instead of a row of zeros.
    expect((await visible(2022)).map((r) => r[6])).toEqual(['6.22', '2.62', '+3.60']);
    expect((await visible(2021)).map((r) => r[6])).toEqual(['7.50']);
    expect(await page.locator('[data-year="2021"] .compare-missing').textContent()).toBe('本站未收录醴陵市医疗保障局2021年度的报告，该年度无法与之比较。');
  } finally {
    await browser.close();
    await site.close();
  }
});

it("only the newest year's page carries the bureau's latest 三公 total for the search, so a new year leaves the older pages as they were", async () => {
  const meta = async (year: number) => (await open(`reports/chenzhou-ybj/${year}/bumen-juesuan`)).locator('[data-pagefind-meta]').evaluateAll((spans) => spans.map((s) => s.getAttribute('data-pagefind-meta')!));
  // 2022's 公开09表 决算 合计 as printed: 6.22 万元.
  expect((await meta(2022)).filter((m) => m.startsWith('latest'))).toEqual(['latest:“三公”经费决算 6.22 万元（2022年度部门决算）', 'latestUrl:/reports/chenzhou-ybj/2022/bumen-juesuan/#sangong']);
  const older = await meta(2021);
  expect(older.filter((m) => m.startsWith('latest'))).toEqual([]);
  expect(older).toContain('bureauUrl:/bureaus/chenzhou-ybj/');
});
