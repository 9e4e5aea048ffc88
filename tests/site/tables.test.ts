// Every table on every page: a caption, in its own labelled, keyboard-focusable scroll region, every header cell
// with a scope, and amounts as right-aligned figures.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { builtFiles, openDom, type Dom } from './dom.ts';

let dom: Dom;
beforeAll(async () => {
  dom = await openDom();
});
afterAll(() => dom?.close());

it('every table has a caption, a labelled scroll region, scoped headers, and headers ids that resolve', async () => {
  const pages = builtFiles('/').filter((f) => f.endsWith('.html'));
  let tables = 0;
  for (const path of pages) {
    const page = await dom.open('/', path);
    const problems = await page.$$eval('table', (list) => list.flatMap((t) => {
      const name = t.caption?.textContent?.trim() ?? '';
      const region = t.parentElement!;
      const out: string[] = [];
      if (!name) out.push(`${t.id}: no caption`);
      if (!region.matches('.table-scroll[role="region"][tabindex="0"]') || !region.getAttribute('aria-label')) out.push(`${t.id}: not in a labelled scroll region`);
      for (const th of t.querySelectorAll('th')) if (!th.getAttribute('scope')) out.push(`${t.id}: th "${th.textContent}" without scope`);
      for (const td of t.querySelectorAll('td[headers]')) for (const id of td.getAttribute('headers')!.split(' ')) if (!document.getElementById(id)) out.push(`${t.id}: headers ${id} unresolved`);
      return out;
    }));
    expect(problems, path).toEqual([]);
    tables += await page.locator('table').count();
  }
  expect(tables).toBeGreaterThan(70);
});

it('simple tables rely on scope; tables with grouped headers name them with id/headers', async () => {
  const tables = await dom.open('/', 'reports/chenzhou-ybj/2022/bumen-juesuan/tables/');
  // 公开05表 groups 本年支出 over 基本支出 | 项目支出; 公开09表 over 预算数 | 决算数.
  for (const id of ['tbl-table-5', 'tbl-table-9', 'tbl-table-1']) {
    expect(await tables.locator(`#${id} thead tr`).count(), id).toBeGreaterThan(1);
    expect(await tables.locator(`#${id} td.num:not([headers])`).count(), id).toBe(0);
  }
  const page = await dom.open('/', 'reports/chenzhou-ybj/2022/bumen-juesuan/');
  // The report's own 三公 table groups the previous year its text states under 据本报告文字说明: id/headers.
  expect(await page.locator('#sangong-table thead tr').count()).toBe(2);
  expect(await page.locator('#sangong-table td.num:not([headers])').count()).toBe(0);
  // 北塔's states no change on the year (no earlier year bundled either): one header row, scope only, no ids.
  const beita = await dom.open('/', 'reports/shaoyang-beita-ybj/2023/zhengti-jixiao-zipingjia/');
  expect(await beita.locator('#sangong-table thead tr').count()).toBe(1);
  expect(await beita.locator('#sangong-table td[headers], #sangong-table th[id]').count()).toBe(0);
  expect(await beita.locator('#sangong-table td.num').count()).toBe(18);
});
