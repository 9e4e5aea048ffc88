// The comparison page as built from the bundled content: one table per year of every bureau's figures in 万元,
// each worked out by hand from ../shared/seeds/expected.json and ../shared/samples/expected.json.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CompareIndex } from '../../src/views/compare.ts';
import { distFor } from '../support/site.ts';
import { headerRelationships, openDom, type Dom } from './dom.ts';

let dom: Dom;
beforeAll(async () => {
  dom = await openDom();
});
afterAll(() => dom?.close());

const rowsOf = (page: Awaited<ReturnType<Dom['open']>>, year: number) =>
  page.locator(`#compare-${year} tbody tr`).evaluateAll((trs) => trs.map((tr) => [(tr as HTMLElement).dataset.bureau, ...[...tr.children].map((c) => c.textContent!.trim())]));

describe.each(['/', '/portal/'])('built at %s', (base) => {
  it('has a table for each year that has a report, newest first, every amount under its row and column headers', async () => {
    const page = await dom.open(base, 'compare/');
    const ids = await page.locator('.compare-year table').evaluateAll((ts) => ts.map((t) => t.id));
    expect(ids).toEqual(['compare-2026', 'compare-2024', 'compare-2023', 'compare-2022', 'compare-2019']);
    for (const id of ids) {
      const { checked, problems } = await page.evaluate(headerRelationships, id);
      expect(problems, id).toEqual([]);
      // 12 amount columns (预算数 ×4, 决算数 ×4, 执行率, 本年支出 ×3) per row.
      expect(checked, id).toBe((await page.locator(`#${id} tbody tr`).count()) * 12);
    }
    // The nine bundled reports, one row each.
    expect(await page.locator('.compare-year tbody tr').count()).toBe(9);
  });

  it('final accounts: 三公 by item, 执行率 and 本年支出 as the reports print them', async () => {
    const page = await dom.open(base, 'compare/');
    // 郴州 6.22 ÷ 9.00 = 69.1 %, 醴陵 2.62 ÷ 6.00 = 43.7 %; 本年支出合计 = 基本 + 项目 as each 01/03表 prints them.
    expect(await rowsOf(page, 2022)).toEqual([
      ['chenzhou-ybj', '郴州市医疗保障局', '部门决算', '9.00', '0', '4.00', '5.00', '6.22', '0', '4.00', '2.22', '69.1%', '1,468.53', '971.50', '497.02'],
      ['liling-ybj', '醴陵市医疗保障局', '部门决算', '6.00', '0', '0', '6.00', '2.62', '0', '0', '2.62', '43.7%', '51,448.55', '593.27', '50,855.28'],
    ]);
    // 邵阳 8.21 ÷ 11.00 = 74.6 %; 北塔's 绩效自评 states 三公 of 0 (no 执行率 of a 0 budget) and no 本年支出.
    expect(await rowsOf(page, 2023)).toEqual([
      ['shaoyang-ybj', '邵阳市医疗保障局', '部门决算', '11.00', '0', '6.00', '5.00', '8.21', '0', '5.99', '2.22', '74.6%', '1,073.60', '639.17', '434.43'],
      ['shaoyang-beita-ybj', '邵阳市北塔区医疗保障局', '部门整体支出绩效自评报告（未列出本年支出）', '0', '0', '0', '0', '0', '0', '0', '0', '—', '—', '—', '—'],
    ]);
  });

  it('budgets: 预算数 only, 决算数 and 执行率 as dashes with the reason; 元 figures in 万元, exactly', async () => {
    const page = await dom.open(base, 'compare/');
    const rows = [...(await rowsOf(page, 2024)), ...(await rowsOf(page, 2026)), ...(await rowsOf(page, 2019))];
    const dashes = ['—', '—', '—', '—', '—'];
    expect(rows).toEqual([
      // 怀化 0.71 ÷ 5.60 = 12.7 %.
      ['huaihua-ybzx', '怀化市医疗保障事务中心', '部门决算', '5.60', '0.00', '2.60', '3.00', '0.71', '0.00', '0.00', '0.71', '12.7%', '616.91', '464.89', '152.01'],
      // 万里: 156,211,123 元 ÷ 10,000 = 15,621.1123 万元; 99,706,020 → 9,970.602; 56,505,103 → 5,650.5103.
      ['sh-putuo-wanli', '上海市普陀区人民政府万里街道办事处', '部门预算（无决算数）', '47.91', '0', '46.56', '1.35', ...dashes, '15,621.1123', '9,970.602', '5,650.5103'],
      // 司法局: 96,282,213.44 元 → 9,628.221344; 25,741,666.44 → 2,574.166644; 70,540,547.00 → 7,054.0547.
      ['sh-putuo-sfj', '上海市普陀区司法局', '部门预算（无决算数）', '10.81', '0', '9.98', '0.83', ...dashes, '9,628.221344', '2,574.166644', '7,054.0547'],
      // 人大办公厅: the narrative prints no 三公 合计, only its three items.
      ['js-rdcwh-bgt', '江苏省人大常委会办公厅', '部门预算（无决算数）', '—', '199.25', '183.6', '384.75', ...dashes, '18,330.37', '9,312.9', '6,459.58'],
      ['js-jcy', '江苏省人民检察院', '部门预算（无决算数）', '418.26', '80', '237', '101.26', ...dashes, '24,169.74', '15,844.04', '4,335.30'],
    ]);
  });

  it('links each figure to its line in its report, and a dash to nothing', async () => {
    const page = await dom.open(base, 'compare/');
    const links = await page.locator('#compare-2022 tbody tr[data-bureau="chenzhou-ybj"] > *').evaluateAll((cs) => cs.map((c) => c.querySelector('a')?.getAttribute('href') ?? null));
    const report = `${base}reports/chenzhou-ybj/2022/bumen-juesuan/`;
    // 公开09表 line 496; 01表 本年支出合计 line 157; 03表 合计 row line 232; the 执行率 is worked out, not printed.
    expect(links).toEqual([`${base}bureaus/chenzhou-ybj/`, report, ...Array(8).fill(`${report}original/#L496`), null, `${report}original/#L157`, `${report}original/#L232`, `${report}original/#L232`]);
    const beita = await page.locator('#compare-2023 tbody tr[data-bureau="shaoyang-beita-ybj"] td:has-text("—") a').count();
    expect(beita).toBe(0);
  });

  it('offers every bureau with a report, by 市州 in the registry’s order, with where its row of each year is', async () => {
    const page = await dom.open(base, 'compare/');
    const form = page.locator('#compare-form');
    expect(await form.getAttribute('action')).toBe(`${base}compare/`);
    // The choices need the script, which builds them from this index; without it the form stays hidden.
    expect(await form.isHidden()).toBe(true);
    expect(await form.getAttribute('data-index')).toBe(`${base}compare/bureaus.json`);
    const index = JSON.parse(readFileSync(join(distFor(base), 'compare/bureaus.json'), 'utf8')) as CompareIndex;
    expect(index.cities.map((c) => [c.city, c.bureaus.map((b) => b.id)])).toEqual([
      ['江苏省', ['js-rdcwh-bgt', 'js-jcy']],
      ['湖南省郴州市', ['chenzhou-ybj']],
      ['湖南省怀化市', ['huaihua-ybzx']],
      ['湖南省邵阳市', ['shaoyang-ybj', 'shaoyang-beita-ybj']],
      ['湖南省株洲市', ['liling-ybj']],
      ['上海市', ['sh-putuo-wanli', 'sh-putuo-sfj']],
    ]);
    // Nine reports fit on this page: every row is here.
    const chenzhou = index.cities[1].bureaus[0];
    expect(chenzhou).toEqual({ id: 'chenzhou-ybj', name: '郴州市医疗保障局', rows: { 2022: 0 } });
    expect(index.pages).toEqual(Object.fromEntries(['2026', '2024', '2023', '2022', '2019'].map((y) => [y, [`${base}compare/`]])));
  });

  it('the 三公 page and each bureau page link to it', async () => {
    const sangong = await dom.open(base, 'sangong/');
    expect(await sangong.locator(`#rankings ~ p a[href="${base}compare/"]`).count()).toBe(1);
    const bureau = await dom.open(base, 'bureaus/liling-ybj/');
    expect(await bureau.locator(`a[href="${base}compare/?b=liling-ybj"]`).count()).toBe(1);
  });
});
