// The comparison page in the browser: a shared address (?b=…&b=…) shows only the chosen bureaus with their 差额,
// the form keeps the address in step, it all works by keyboard, and without JavaScript the table lists everyone.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { tab } from '../support/focus.ts';
import { COMPARE_CHOSEN, open, usePortal } from '../support/pages.ts';
import { installTableHeaders } from '../support/table-headers.ts';

const portal = usePortal();
const PATH = 'compare/';

let context: BrowserContext;
let page: Page;
beforeEach(async () => {
  context = await portal.browser.newContext({ reducedMotion: 'reduce' });
  page = await context.newPage();
});
afterEach(() => context.close());

/** Per year section shown, the rows shown: their row-header texts and cells. */
const shown = (p: Page) =>
  p.locator('.compare-year').evaluateAll((sections) => sections.filter((s) => s.checkVisibility()).map((s) => ({
    year: (s as HTMLElement).dataset.year,
    rows: [...s.querySelectorAll('tbody tr')].filter((r) => r.checkVisibility()).map((r) => [...r.children].map((c) => c.textContent!.trim())),
    note: s.querySelector('.compare-missing')?.textContent ?? null,
  })));

describe('a shared address with two bureaus', () => {
  test('shows only those two, in the one year both have, with their 差额 worked out by hand', async () => {
    await open(page, portal.site.url + COMPARE_CHOSEN);
    const years = await shown(page);
    // Only 2022 holds 郴州 and 醴陵; every other year has neither, so its table is not shown.
    expect(years.map((y) => y.year)).toEqual(['2022']);
    const [chenzhou, liling, difference] = years[0].rows;
    expect(chenzhou.slice(0, 2)).toEqual(['郴州市医疗保障局', '部门决算']);
    expect(liling.slice(0, 2)).toEqual(['醴陵市医疗保障局', '部门决算']);
    // 6.22 ÷ 9.00 = 69.1 %, 2.62 ÷ 6.00 = 43.7 % (公开09表 of each, lines 496 and 361).
    expect([chenzhou[10], liling[10]]).toEqual(['69.1%', '43.7%']);
    // 郴州 − 醴陵: 9.00 − 6.00, 0 − 0, 4.00 − 0, 5.00 − 6.00 | 6.22 − 2.62, 0 − 0, 4.00 − 0, 2.22 − 2.62 | no 执行率 |
    // 1468.53 − 51448.55, 971.50 − 593.27, 497.02 − 50855.28.
    expect(difference).toEqual(['差额：郴州市医疗保障局 − 醴陵市医疗保障局', '', '+3.00', '0', '+4.00', '-1.00', '+3.60', '0', '+4.00', '-0.40', '', '-49,980.02', '+378.23', '-50,358.26']);
    expect(years[0].rows).toHaveLength(3);
    expect(years[0].note).toBeNull();
    expect(await page.locator('#compare-status').textContent()).toBe('正在比较 2 个单位：郴州市医疗保障局、醴陵市医疗保障局。差额为 郴州市医疗保障局 减去其他单位。');
    expect(await page.locator('#compare-form input:checked').evaluateAll((bs) => bs.map((b) => (b as HTMLInputElement).value))).toEqual(['chenzhou-ybj', 'liling-ybj']);
  });

  test('the 差额 row names its headers like every other row', async () => {
    await open(page, portal.site.url + COMPARE_CHOSEN);
    await page.evaluate(installTableHeaders);
    const { cells, problems } = await page.evaluate(() => window.mzTableHeaders!.check());
    expect(problems).toEqual([]);
    expect(cells).toBeGreaterThan(0);
  });

  test('in the other order the 差额 is the other way round', async () => {
    await open(page, `${portal.site.url}${PATH}?b=liling-ybj&b=chenzhou-ybj`);
    const [year] = await shown(page);
    // 2.62 − 6.22 = −3.60.
    expect(year.rows[2][6]).toBe('-3.60');
    expect(year.rows[2][0]).toBe('差额：醴陵市医疗保障局 − 郴州市医疗保障局');
  });
});

test('a bureau with no report of a year is named as such, never shown as 0; a 0 budget gives no 执行率', async () => {
  await open(page, `${portal.site.url}${PATH}?b=shaoyang-ybj&b=shaoyang-beita-ybj&b=chenzhou-ybj`);
  const years = await shown(page);
  expect(years.map((y) => y.year)).toEqual(['2023', '2022']);
  const [shaoyang, beita, difference] = years[0].rows;
  expect(years[0].rows).toHaveLength(3);
  // 8.21 ÷ 11.00 = 74.6 %; 北塔's 三公 budget is 0 and it prints no 本年支出合计: dashes, and no 差额 of those.
  expect(shaoyang[10]).toBe('74.6%');
  expect(beita.slice(10)).toEqual(['—', '—', '—', '—']);
  expect(difference.slice(2, 10)).toEqual(['+11.00', '0', '+6.00', '+5.00', '+8.21', '0', '+5.99', '+2.22']);
  expect(difference.slice(11)).toEqual(['—', '—', '—']);
  expect(years[0].note).toBe('本站未收录郴州市医疗保障局2023年度的报告，该年度无法与之比较。');
  // 2022: 郴州 alone of the three, so nothing to take a 差额 from.
  expect(years[1].rows.map((r) => r[0])).toEqual(['郴州市医疗保障局']);
  expect(years[1].note).toBe('本站未收录邵阳市医疗保障局、邵阳市北塔区医疗保障局2022年度的报告，该年度无法与之比较。');
});

test('one bureau, or more than four, is not a comparison: every bureau stays listed and the status says why', async () => {
  await open(page, `${portal.site.url}${PATH}?b=chenzhou-ybj&b=no-such-bureau`);
  expect(await page.locator('#compare-status').textContent()).toBe('已选择 郴州市医疗保障局，请再选择至少 1 个单位；下表列出全部单位。');
  expect(await page.locator('tbody tr:visible').count()).toBe(9);
  const five = ['chenzhou-ybj', 'liling-ybj', 'shaoyang-ybj', 'huaihua-ybzx', 'js-jcy'].map((b) => `b=${b}`).join('&');
  await open(page, `${portal.site.url}${PATH}?${five}`);
  expect(await page.locator('#compare-status').textContent()).toBe('最多比较 4 个单位，现已选择 5 个；下表列出全部单位。');
  expect(await page.locator('tbody tr:visible').count()).toBe(9);
  expect(await page.locator('tr.difference').count()).toBe(0);
});

test('by keyboard alone: tick two bureaus, compare, and the address carries the choice; 清除选择 brings everyone back', async () => {
  await open(page, portal.site.url + PATH);
  const onBox = (id: string) => page.evaluate((v) => (document.activeElement as HTMLInputElement | null)?.value === v, id);
  for (const id of ['huaihua-ybzx', 'sh-putuo-wanli']) {
    for (let i = 0; !(await onBox(id)); i++) {
      if (i === 40) throw new Error(`Tab did not reach ${id}`);
      const state = await tab(page);
      expect(state.problem, state.element).toBeNull();
    }
    await page.keyboard.press('Space');
  }
  while (!(await page.evaluate(() => document.activeElement?.matches('button[type="submit"]')))) await tab(page);
  await page.keyboard.press('Enter');
  await expect.poll(() => new URL(page.url()).search).toBe('?b=huaihua-ybzx&b=sh-putuo-wanli');
  const [year] = await shown(page);
  expect(year.year).toBe('2024');
  // 怀化 0.71 ÷ 5.60 = 12.7 %; 万里's budget has no 决算数, so no 决算 差额; 三公 预算 5.60 − 47.91 = −42.31, 0.00 − 0 = 0.00,
  // 2.60 − 46.56 = −43.96, 3.00 − 1.35 = 1.65; 本年支出 616.91 − 15621.1123 (156,211,123 元) = −15004.2023.
  expect(year.rows[0][10]).toBe('12.7%');
  expect(year.rows[2].slice(2, 10)).toEqual(['-42.31', '0.00', '-43.96', '+1.65', '—', '—', '—', '—']);
  expect(year.rows[2][11]).toBe('-15,004.2023');

  await page.locator('#compare-form button[type="reset"]').focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => page.locator('tbody tr:visible').count()).toBe(9);
  expect(new URL(page.url()).search).toBe('');
  expect(await page.locator('#compare-form input:checked').count()).toBe(0);
});

test('without JavaScript the shared address shows every bureau of every year, and no form that could not work', async () => {
  const noJs = await portal.browser.newContext({ javaScriptEnabled: false });
  const p = await noJs.newPage();
  await open(p, portal.site.url + COMPARE_CHOSEN);
  const years = await shown(p);
  // 2026 司法局; 2024 怀化, 万里; 2023 邵阳, 北塔; 2022 郴州, 醴陵; 2019 人大办公厅, 检察院: the nine bundled reports.
  expect(years.map((y) => [y.year, y.rows.map((r) => r[0])])).toEqual([
    ['2026', ['上海市普陀区司法局']],
    ['2024', ['怀化市医疗保障事务中心', '上海市普陀区人民政府万里街道办事处']],
    ['2023', ['邵阳市医疗保障局', '邵阳市北塔区医疗保障局']],
    ['2022', ['郴州市医疗保障局', '醴陵市医疗保障局']],
    ['2019', ['江苏省人大常委会办公厅', '江苏省人民检察院']],
  ]);
  expect(await p.locator('#compare-form').isHidden()).toBe(true);
  await noJs.close();
});
