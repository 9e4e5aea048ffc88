// Budget against final accounts. The bundled content has no bureau with both a budget and a final account for one
// year, so its pages say so. The fixture adds 2022 部门预算 for 郴州 and 醴陵 (tests/fixtures/budget-final/, written
// in the template of the Jiangsu 2019 budget narrative, figures chosen for the test) beside their bundled 2022
// 部门决算, and a 郴州 2023 部门预算 with no 决算 of its year.
//
// The fixture's budget: 收支预算总计, 本年收入预算合计, 本年支出预算合计 1420.00; 基本支出 960.00, 项目支出 460.00;
// 人员经费 860.00, 公用经费 100.00; 三公 8.00 = 出国 0 + 车 4.50 (购置 0, 运行 4.50) + 接待 3.50 (all 万元).
// The 决算 (../shared/seeds/expected.json, 郴州 2022): 本年收入合计 1467.89, 本年支出合计 1468.53, 总计 1468.53,
// 基本支出 971.50, 项目支出 497.02, 人员经费 872.14, 公用经费 97.99; 三公 决算数 6.22 (出国 0, 车 4.00 = 0 + 4.00,
// 接待 2.22) against the 预算数 its own 三公 table prints, 9.00 (出国 0, 车 4.00 = 0 + 4.00, 接待 5.00), line 496.
//
// 醴陵's budget states its 三公 in 元 and no headline figure: 三公 52000 元 = 5.2 万元, all of it 接待 (出国, 车 0).
// Its 决算 (expected.json, 醴陵 2022): 三公 决算数 2.62 (接待 2.62, the rest 0) against its table's 预算数 6.00 (接待
// 6.00), line 361; its headline figures (本年收入合计 51448.55, …) have nothing in the budget to compare with.
import { readFileSync, writeFileSync, cpSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { runAxe } from '../support/axe.ts';
import { servedInBrowser } from '../support/browser.ts';
import { preferLargeDisplay, showLargeDisplay } from '../support/display.ts';
import { buildContent, ROOT } from '../support/site.ts';
import { headerRelationships, openDom, type Dom } from './dom.ts';

const FIXTURE = join(ROOT, 'tests/fixtures/budget-final/chenzhou-ybj-2022-部门预算.txt');
const LILING_FIXTURE = join(ROOT, 'tests/fixtures/budget-final/liling-ybj-2022-部门预算.txt');
const WORK = join(ROOT, '.cache/test-budget-final');
const CONTENT = join(WORK, 'content');
const OUT = join(WORK, 'dist');

const FINAL = 'reports/chenzhou-ybj/2022/bumen-juesuan/';
const BUDGET = 'reports/chenzhou-ybj/2022/bumen-yusuan/';
const LILING = 'reports/liling-ybj/2022/bumen-juesuan/';
const LILING_BUDGET = 'reports/liling-ybj/2022/bumen-yusuan/';

/** The fixture's line (1-based, as the file numbers it) that holds `text`: where its links must land. */
function lineOf(text: string, file = FIXTURE): number {
  const at = readFileSync(file, 'utf8').split('\n').findIndex((l) => l.includes(text));
  if (at < 0) throw new Error(`not in the fixture: ${text}`);
  return at + 1;
}

/** Rows of a table: per row, its cells' text (header cell first). */
const rows = (page: Page, id: string) => page.locator(`#${id} tbody tr`).evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent!.trim())));
/** The link of the cell in row `label`, column `column` (0 = the row header). */
const linkIn = (page: Page, id: string, label: string, column: number) =>
  page.locator(`#${id} tbody tr`, { has: page.locator(`th:text-is("${label}")`) }).locator('th, td').nth(column).locator('a').getAttribute('href');

let dom: Dom;
beforeAll(async () => {
  dom = await openDom();
});
afterAll(() => dom?.close());

describe('the bundled content: no bureau has a budget and a final account of one year', () => {
  const open = (path: string) => dom.open('/', path);

  it.each(['shaoyang-ybj/2023', 'liling-ybj/2022', 'chenzhou-ybj/2022', 'huaihua-ybzx/2024'])('the 决算 of %s says there is no budget of its year, and compares nothing', async (report) => {
    const page = await open(`reports/${report}/bumen-juesuan/`);
    const year = report.split('/')[1];
    expect(await page.locator('#budget-final ~ *').allTextContents()).toEqual([`本站未收录该单位${year}年度的部门预算，无法把决算数与预算文件对照。`]);
    expect(await page.locator('#budget-final-headline, #budget-final-sangong').count()).toBe(0);
    expect(await page.locator('#summary ~ .answers').textContent()).not.toContain('与本站收录的');
  });

  it('a 绩效 report takes no part, nor does the page of a bureau that has only one: it is neither budget nor final account', async () => {
    const page = await open('reports/shaoyang-beita-ybj/2023/zhengti-jixiao-zipingjia/');
    expect(await page.locator('#budget-final').count()).toBe(0);
    const bureau = await open('bureaus/shaoyang-beita-ybj/');
    expect(await bureau.locator('#budget-final').count()).toBe(0);
  });

  it.each(['js-jcy/2019', 'js-rdcwh-bgt/2019', 'sh-putuo-sfj/2026', 'sh-putuo-wanli/2024'])('the budget of %s says there is no 决算 of its year', async (report) => {
    const page = await open(`reports/${report}/bumen-yusuan/`);
    const year = report.split('/')[1];
    expect(await page.locator('#sangong ~ .source-note').first().textContent()).toContain(`这是预算：只有预算数。本站未收录该单位${year}年度的部门决算，无法与实际支出对照。`);
  });

  it('a bureau page lists the years that cannot be compared; the 三公 page says there is no pair', async () => {
    const bureau = await open('bureaus/chenzhou-ybj/');
    expect(await bureau.locator('section:has(#budget-final) li').allTextContents()).toEqual(['2022年度：本站只收录了部门决算，未收录同年度的部门预算，无法对照。']);
    expect(await bureau.locator('section:has(#budget-final) table').count()).toBe(0);
    const budgetOnly = await open('bureaus/sh-putuo-wanli/');
    expect(await budgetOnly.locator('section:has(#budget-final) li').allTextContents()).toEqual(['2024年度：本站只收录了部门预算，未收录同年度的部门决算，无法对照。']);
    const sangong = await open('sangong/');
    expect(await sangong.locator('#budget-final ~ p').allTextContents()).toEqual(['本站收录的报告中，没有哪个单位同一年度既有预算又有决算，无法对照。']);
    expect(await sangong.locator('#sangong-budget-final').count()).toBe(0);
  });
});

describe('a bureau with the 部门预算 and the 部门决算 of 2022', () => {
  const open = (path: string) => dom.load(readFileSync(join(OUT, path, 'index.html'), 'utf8'));

  beforeAll(() => {
    rmSync(WORK, { recursive: true, force: true });
    cpSync(join(ROOT, 'content'), CONTENT, { recursive: true });
    const budget = readFileSync(FIXTURE, 'utf8');
    writeFileSync(join(CONTENT, 'reports/chenzhou-ybj/2022/部门预算.txt'), budget);
    mkdirSync(join(CONTENT, 'reports/chenzhou-ybj/2023'));
    writeFileSync(join(CONTENT, 'reports/chenzhou-ybj/2023/部门预算.txt'), budget.replaceAll('2022', '2023'));
    cpSync(LILING_FIXTURE, join(CONTENT, 'reports/liling-ybj/2022/部门预算.txt'));
    const built = buildContent(CONTENT, OUT);
    expect(built.stderr).not.toContain('构建失败');
    expect(built.status).toBe(0);
  }, 180_000);
  afterAll(() => rmSync(WORK, { recursive: true, force: true }));

  // 决算 − 预算 and 决算 ÷ 预算 (one decimal, half up), worked by hand:
  const HEADLINE = [
    ['本年收入合计', '1,420.00', '1,467.89', '+47.89', '103.4%'], // 1467.89 − 1420.00 = 47.89; 1467.89 ÷ 1420.00 = 1.03373
    ['本年支出合计', '1,420.00', '1,468.53', '+48.53', '103.4%'], // 1468.53 − 1420.00 = 48.53; ÷ = 1.03418
    ['收支总计', '1,420.00', '1,468.53', '+48.53', '103.4%'],
    ['基本支出', '960.00', '971.50', '+11.50', '101.2%'], // 971.50 − 960.00 = 11.50; 971.50 ÷ 960.00 = 1.01198
    ['项目支出', '460.00', '497.02', '+37.02', '108.0%'], // 497.02 − 460.00 = 37.02; 497.02 ÷ 460.00 = 1.08048
    ['人员经费', '860.00', '872.14', '+12.14', '101.4%'], // 872.14 − 860.00 = 12.14; 872.14 ÷ 860.00 = 1.01412
    ['公用经费', '100.00', '97.99', '-2.01', '98.0%'], // 97.99 − 100.00 = −2.01; 97.99 ÷ 100.00 = 0.9799
  ];
  // 预算 (budget document) | 预算数 the 决算's 三公 table prints | 决算数 | 决算 − 预算 | 决算 ÷ 预算:
  const SANGONG = [
    ['合计', '8.00', '9.00', '6.22', '-1.78', '77.8%'], // 6.22 − 8.00 = −1.78; 6.22 ÷ 8.00 = 0.7775
    ['因公出国（境）费', '0', '0', '0', '0', '—'], // budgeted 0: no rate
    ['公务用车购置及运行维护费', '4.50', '4.00', '4.00', '-0.50', '88.9%'], // 4.00 − 4.50 = −0.50; 4.00 ÷ 4.50 = 0.8889
    ['其中：公务用车购置费', '0', '0', '0', '0', '—'],
    ['其中：公务用车运行维护费', '4.50', '4.00', '4.00', '-0.50', '88.9%'],
    ['公务接待费', '3.50', '5.00', '2.22', '-1.28', '63.4%'], // 2.22 − 3.50 = −1.28; 2.22 ÷ 3.50 = 0.6343
  ];

  it('the 决算 page sets every headline figure and 三公 item beside the budget document, both 预算数 labelled', async () => {
    const page = await open(FINAL);
    expect(await rows(page, 'budget-final-headline')).toEqual(HEADLINE);
    expect(await rows(page, 'budget-final-sangong')).toEqual(SANGONG);
    expect(await page.locator('#budget-final-sangong thead th').allTextContents()).toEqual(['项目', '部门预算', '部门决算', '决算数与预算文件比较', '预算数', '三公表所列预算数', '决算数', '增减额', '决算 ÷ 预算']);
    expect(await page.locator('.toc a[href="#budget-final"]').count()).toBe(1);
  });

  it('each figure links to its line: the budget\'s on the budget\'s page, the 决算\'s on this page', async () => {
    const page = await open(FINAL);
    expect(lineOf('“三公”经费预算数为8.00万元')).toBe(40);
    expect(await linkIn(page, 'budget-final-sangong', '合计', 1)).toBe(`/${BUDGET}original/#L40`);
    expect(await linkIn(page, 'budget-final-sangong', '合计', 2)).toBe('original/#L496');
    expect(await linkIn(page, 'budget-final-sangong', '合计', 3)).toBe('original/#L496');
    expect(await linkIn(page, 'budget-final-sangong', '公务接待费', 1)).toBe(`/${BUDGET}original/#L${lineOf('公务接待费预算支出3.50万元')}`);
    expect(await linkIn(page, 'budget-final-sangong', '其中：公务用车购置费', 1)).toBe(`/${BUDGET}original/#L${lineOf('公务用车购置费预算支出0万元')}`);
    expect(await linkIn(page, 'budget-final-headline', '本年支出合计', 1)).toBe(`/${BUDGET}original/#L${lineOf('本年支出预算合计1420.00万元')}`);
    expect(await linkIn(page, 'budget-final-headline', '本年支出合计', 2)).toBe('original/#L157');
    expect(await linkIn(page, 'budget-final-headline', '人员经费', 1)).toBe(`/${BUDGET}original/#L${lineOf('人员经费860.00万元')}`);
    // Worked-out figures are not links: they are not printed anywhere.
    expect(await page.locator('#budget-final-sangong tbody td:nth-child(5) a, #budget-final-sangong tbody td:nth-child(6) a').count()).toBe(0);
  });

  it('the 决算\'s 概要 compares its spending and 三公 total with the budget document, and says its own 预算数 differs', async () => {
    const page = await open(FINAL);
    const sentence = page.locator('#summary ~ .answers li', { hasText: '与本站收录的' });
    // 1468.53 − 1420.00 = 48.53 over; 8.00 − 6.22 = 1.78 short; the 三公 table's 9.00 is not the budget's 8.00.
    expect((await sentence.textContent())!.trim()).toBe('与本站收录的2022年度部门预算相比：本年支出合计 1,468.53 万元，预算 1,420.00 万元，为预算的 103.4%，超出预算 48.53 万元；“三公”经费决算 6.22 万元，预算 8.00 万元，为预算的 77.8%，比预算少 1.78 万元；本报告“三公”经费表所列预算数为 9.00 万元，与部门预算所列不同（见预算与决算对照）。');
    const links = await sentence.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    // The 决算 prints 本年支出合计 1,468.53 in its 01 table's continuation, line 157.
    expect(links.slice(1)).toEqual(['original/#L157', `/${BUDGET}original/#L${lineOf('本年支出预算合计')}`, 'original/#L496', `/${BUDGET}original/#L40`, 'original/#L496', '#budget-final']);
    expect(links[0]).toBe(`/${BUDGET}`);
  });

  it('the budget page points to the comparison; the budget of 2023 has no 决算 to compare with', async () => {
    const budget = await open(BUDGET);
    const note = budget.locator('#sangong ~ .source-note').first();
    expect(await note.textContent()).toContain('实际支出见同年度的部门决算中的预算与决算对照。');
    expect(await note.locator('a', { hasText: '预算与决算对照' }).getAttribute('href')).toBe(`/${FINAL}#budget-final`);
    const later = await open('reports/chenzhou-ybj/2023/bumen-yusuan/');
    expect(await later.locator('#sangong ~ .source-note').first().textContent()).toContain('本站未收录该单位2023年度的部门决算，无法与实际支出对照。');
  });

  it('the bureau page shows the 2022 pair with links into both reports, and says 2023 cannot be compared', async () => {
    const page = await open('bureaus/chenzhou-ybj/');
    expect(await rows(page, 'budget-final-2022-headline')).toEqual(HEADLINE);
    expect(await rows(page, 'budget-final-2022-sangong')).toEqual(SANGONG);
    expect(await linkIn(page, 'budget-final-2022-sangong', '合计', 1)).toBe(`/${BUDGET}original/#L40`);
    expect(await linkIn(page, 'budget-final-2022-sangong', '合计', 3)).toBe(`/${FINAL}original/#L496`);
    expect(await page.locator('section:has(#budget-final) li').allTextContents()).toEqual(['2023年度：本站只收录了部门预算，未收录同年度的部门决算，无法对照。']);
  });

  it('a budget in 元 is converted exactly; headline figures it does not print are not compared', async () => {
    const page = await open(LILING);
    // 52000 元 = 5.2 万元; 2.62 − 5.2 = −2.58; 2.62 ÷ 5.2 = 0.50385.
    expect(await rows(page, 'budget-final-sangong')).toEqual([
      ['合计', '5.2', '6.00', '2.62', '-2.58', '50.4%'],
      ['因公出国（境）费', '0', '0', '0', '0', '—'],
      ['公务用车购置及运行维护费', '0', '0', '0', '0', '—'],
      ['其中：公务用车购置费', '0', '0', '0', '0', '—'],
      ['其中：公务用车运行维护费', '0', '0', '0', '0', '—'],
      ['公务接待费', '5.2', '6.00', '2.62', '-2.58', '50.4%'],
    ]);
    expect(await linkIn(page, 'budget-final-sangong', '合计', 1)).toBe(`/${LILING_BUDGET}original/#L${lineOf('经费预算数为52000元', LILING_FIXTURE)}`);
    expect(await linkIn(page, 'budget-final-sangong', '合计', 3)).toBe('original/#L361');
    expect(await page.locator('#budget-final ~ .source-note').textContent()).toContain('预算中以另一单位公布的数字已换算（1 万元 = 10000 元，未舍入）。');
    // The budget prints none of the 决算's headline figures (51448.55, 593.27, …): a sentence, not a column of dashes.
    expect(await page.locator('#budget-final-headline').count()).toBe(0);
    expect(await page.locator('#budget-final ~ p').allTextContents()).toContain('两份报告没有同时列出的主要数字（本年收支合计、基本支出、项目支出等），主要数字无法对照。');
    // No 本年支出合计 to compare: the sentence speaks of the 三公 total only (5.2 − 2.62 = 2.58 short).
    const sentence = page.locator('#summary ~ .answers li', { hasText: '与本站收录的' });
    expect((await sentence.textContent())!.trim()).toBe('与本站收录的2022年度部门预算相比：“三公”经费决算 2.62 万元，预算 5.2 万元，为预算的 50.4%，比预算少 2.58 万元；本报告“三公”经费表所列预算数为 6.00 万元，与部门预算所列不同（见预算与决算对照）。');
  });

  it('the 三公 page lists the two pairs, in 万元; a bureau with only a 决算 and a year with only a budget are not in it', async () => {
    const page = await open('sangong/');
    // In the site's bureau order: 市级 郴州 before 县级 醴陵.
    expect(await rows(page, 'sangong-budget-final')).toEqual([
      ['郴州市医疗保障局', '2022', '8.00', '9.00', '6.22', '-1.78', '77.8%'],
      ['醴陵市医疗保障局', '2022', '5.2', '6.00', '2.62', '-2.58', '50.4%'],
    ]);
    const chenzhou = page.locator('#sangong-budget-final tbody tr', { hasText: '郴州' });
    expect(await chenzhou.locator('td a').first().getAttribute('href')).toBe(`/${BUDGET}original/#L40`);
    expect(await chenzhou.locator('th a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(['/bureaus/chenzhou-ybj/#budget-final', `/${FINAL}#budget-final`]);
    const huaihua = await open('reports/huaihua-ybzx/2024/bumen-juesuan/');
    expect(await huaihua.locator('#budget-final ~ *').allTextContents()).toEqual(['本站未收录该单位2024年度的部门预算，无法把决算数与预算文件对照。']);
  });

  describe('in the browser', () => {
    const site = servedInBrowser(OUT);

    it.each([FINAL, 'bureaus/chenzhou-ybj/', 'sangong/'])('/%s: axe in both display modes, every figure under its headers, no sideways scroll at 320 px', async (path) => {
      for (const large of [false, true]) {
        const context = await site.browser.newContext({ reducedMotion: 'reduce', viewport: { width: 320, height: 640 } });
        if (large) await preferLargeDisplay(context);
        const page = await context.newPage();
        await page.goto(site.url + path, { waitUntil: 'load' });
        if (large) await showLargeDisplay(page);
        expect((await runAxe(page, `/${path}`)).violations).toEqual([]);
        for (const id of await page.locator('section:has(#budget-final) table').evaluateAll((ts) => ts.map((t) => t.id))) {
          const report = await page.evaluate(headerRelationships, id);
          expect(report.checked).toBeGreaterThan(0);
          expect(report.problems).toEqual([]);
        }
        expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
        await context.close();
      }
    }, 60_000);
  });
});
