// The 三公 tables: every amount cell names its row header and each of its column headers (id/headers), on the
// 三公 page (every bureau and year) and in each bureau's trend table.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { distFor } from '../support/site.ts';
import { headerRelationships, openDom, type Dom } from './dom.ts';

let dom: Dom;
beforeAll(async () => {
  dom = await openDom();
});
afterAll(() => dom?.close());

describe.each(['/', '/portal/'])('built at %s', (base) => {
  it('the 三公 page table: one row per report with 三公 figures, every amount under its row and column headers', async () => {
    const page = await dom.open(base, 'sangong/');
    const { checked, problems } = await page.evaluate(headerRelationships, 'sangong-overview');
    expect(problems).toEqual([]);
    const rows = await page.locator('#sangong-overview tbody tr').count();
    // Nine bundled reports, each stating 三公 figures (five final accounts, four budgets with 预算数 only): 9 rows of
    // 2 × 6 amounts, 执行率 and two change columns.
    expect(rows).toBe(9);
    expect(checked).toBe(rows * 15);
    // Three header levels: 预算数/决算数 › 公务用车购置及运行维护费 › 购置费.
    expect(await page.locator('#sangong-overview thead tr').count()).toBe(3);
    const purchase = page.locator('#sangong-overview tbody tr').first().locator('td').nth(3);
    const names = await page.evaluate((ids) => ids!.split(' ').map((id) => document.getElementById(id)!.textContent), await purchase.getAttribute('headers'));
    expect(names.slice(-3)).toEqual(['预算数', '公务用车购置及运行维护费', '购置费']);
  });

  it('the 三公 page ranks 执行率 within a year where two bureaus have one, as worked out from expected.json', async () => {
    const page = await dom.open(base, 'sangong/');
    // 2022: 醴陵 2.62 ÷ 6.00 = 43.67 %, 郴州 6.22 ÷ 9.00 = 69.11 %, in different 市州 (株洲市, 郴州市): one row. 2023:
    // 邵阳 8.21 ÷ 11.00, but 北塔's 预算 is 0 (no 执行率); 2024: 怀化 alone; budgets have no 决算: no other table.
    expect(await page.locator('#rankings ~ .table-scroll table').evaluateAll((ts) => ts.map((t) => t.id))).toEqual(['sangong-rankings-2022']);
    const cells = await page.locator('#sangong-rankings-2022 tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent!.trim())));
    // No bureau has its previous year in the bundled content: no increase or decrease.
    expect(cells).toEqual([['全部单位', '醴陵市医疗保障局 43.7%', '郴州市医疗保障局 69.1%', '—', '—']]);
    const href = await page.locator('#sangong-rankings-2022 tbody a').first().getAttribute('href');
    expect(href).toBe(`${base}reports/liling-ybj/2022/bumen-juesuan/#sangong`);
    const { problems } = await page.evaluate(headerRelationships, 'sangong-rankings-2022');
    expect(problems).toEqual([]);
  });

  it('each bureau page: the 三公 trend table', async () => {
    const bureaus = readdirSync(join(distFor(base), 'bureaus')).filter((n) => !n.endsWith('.html'));
    expect(bureaus.length).toBe(9);
    for (const id of bureaus) {
      const page = await dom.open(base, `bureaus/${id}/`);
      const { checked, problems } = await page.evaluate(headerRelationships, 'chart-sangong-table');
      expect(problems, id).toEqual([]);
      expect(checked, id).toBeGreaterThan(0);
    }
  });

  it('the 三公 page can be sorted and filtered, and says so only when a script is there to do it', async () => {
    const page = await dom.open(base, 'sangong/');
    // Leaf headers carry their column index for the sort buttons; the filter form is hidden until the script runs.
    expect(await page.locator('#sangong-overview thead th[data-col]').count()).toBe(17);
    expect(await page.locator('#sangong-filter').getAttribute('hidden')).not.toBeNull();
    expect(await page.locator('#sangong-overview tbody tr[data-level][data-city][data-year]').count()).toBe(9);
    // Areas are the 市 of each region (郴州市 is a 市, not a 州; 醴陵市 belongs to 株洲市; 普陀区 to 上海市); a
    // province's own bureaus are listed under the province.
    const areas = await page.locator('#sangong-filter select[name="city"] option').allTextContents();
    expect([...areas].sort()).toEqual(['全部', '湖南省怀化市', '湖南省株洲市', '湖南省邵阳市', '湖南省郴州市', '上海市', '江苏省'].sort());
  });
});
