// What the parser could not read is still published: as the original lines, in place, with a note in Chinese.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ROOT } from '../support/site.ts';
import { openDom, type Dom } from './dom.ts';

let dom: Dom;
beforeAll(async () => {
  dom = await openDom();
});
afterAll(() => dom?.close());

const file = (path: string) => readFileSync(join(ROOT, 'content/reports', path), 'utf8').split(/\r?\n/);

it('怀化 2024: the 部门整体支出绩效自评表 the parser could not lay out is shown as its original lines, where it stands', async () => {
  const lines = file('huaihua-ybzx/2024/部门决算.txt');
  // On the report's 报表 page, after the 绩效评价基础数据表, its title as printed.
  const page = await dom.open('/', 'reports/huaihua-ybzx/2024/bumen-juesuan/tables/');
  const block = page.locator('.report-table', { has: page.locator('.table-title', { hasText: '部门整体支出绩效自评表' }) });
  expect(await block.count()).toBe(1);
  expect(await block.evaluate((b) => b.previousElementSibling?.querySelector('caption')?.textContent)).toContain('部门整体支出绩效评价基础数据表');
  const note = await block.locator('.original-note').textContent();
  expect(note).toContain('未能识别');
  expect(note).toContain('第 2001–2006 行');
  const shown = await block.locator('.original-text .line-text').allTextContents();
  expect(shown).toEqual(lines.slice(2000, 2006));
  expect(shown).toContain('\t怀化市医疗保障事务中心');
  const links = await block.locator('.original-text a.line-no').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(links).toEqual([2001, 2002, 2003, 2004, 2005, 2006].map((n) => `../original/#L${n}`));
});

it('北塔 2023: every row left unread inside a table is shown after that table with a reason in Chinese', async () => {
  const lines = file('shaoyang-beita-ybj/2023/部门整体支出绩效自评报告.txt');
  const page = await dom.open('/', 'reports/shaoyang-beita-ybj/2023/zhengti-jixiao-zipingjia/tables/');
  const blocks = await page.$$eval('.report-table .original-text', (divs) => divs.map((d) => ({
    table: d.closest('.report-table')!.id,
    note: d.querySelector('.original-note')!.textContent!,
    lines: [...d.querySelectorAll('li')].map((li) => ({ n: Number(li.querySelector('a')!.textContent), text: li.querySelector('.line-text')!.textContent })),
  })));
  // Lines 240–242 (整体支出绩效自评表, 年度资金总额 rows) are among the unread rows of table-2.
  const rows = blocks.find((b) => b.lines.some((l) => l.n === 240));
  expect(rows?.table).toBe('table-2');
  for (const b of blocks) {
    for (const l of b.lines) expect(l.text, `line ${l.n}`).toBe(lines[l.n - 1]);
    expect(b.note).toMatch(/栏目数与表头对不上|不属于任何一行/);
    expect(b.note).not.toMatch(/\b(row|stray)\b/);
  }
});
